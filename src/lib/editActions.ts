/**
 * The workflow buttons of an edit view, for each kind of document that has a way to go: which
 * steps the person may take from the saved state, read off the state machines (workflow.ts,
 * reportWorkflow.ts) so that the buttons never offer what the server would refuse. The server
 * checks every step again.
 */
import { checkReportTransition, isReportState, reportTransitions, type ReportState } from './reportWorkflow.ts'
import { isWorkflowState, type WorkflowAction, workflowActions } from './workflow.ts'

/** Which document's way: a post (editorial states), a unit's report, an announcement decision. */
export type EditWorkflow = 'post' | 'report' | 'decision'

/** Who looks at the edit view, worked out on the server from the rights table. */
export type Actor = {
  /** May publish documents of this collection (posts, decisions). */
  editor: boolean
  /** May accept or return reports (the coordinator unit, administrators). */
  coordinator: boolean
  administrator: boolean
  /** The person's unit, to know whether a report is its own. */
  unit: null | number | string
}

/** The saved values the steps depend on (the form's initial values). */
export type SavedState = { workflowState?: unknown; reportState?: unknown; unit?: unknown; _status?: unknown }

export type EditActionKey = WorkflowAction | 'schedule' | 'reportSubmit' | 'reportAccept' | 'reportReturn' | 'decisionPublish'

export type EditAction = {
  key: EditActionKey
  /** The values the save sends along with the form. */
  set: Record<string, string>
  primary: boolean
  /** The step needs a reason, written in a box into this field before it is taken. */
  reasonField?: string
  /** The step asks for a time in a box and goes through the schedule endpoint, not the form. */
  schedule?: true
}

const reportActionOf: Record<ReportState, EditActionKey | undefined> = {
  draft: undefined,
  submitted: 'reportSubmit', // gửi báo cáo (again after a return)
  accepted: 'reportAccept', // tiếp nhận
  returned: 'reportReturn', // trả lại, with a reason
}

const idText = (value: unknown): null | string => {
  if (value == null || value === '') return null
  if (typeof value === 'object') return idText((value as { id?: unknown }).id)
  return String(value)
}

/** The steps `actor` may take on a document of `workflow` whose saved values are `saved`. */
export const editActions = (workflow: EditWorkflow, saved: SavedState, actor: Actor): EditAction[] => {
  if (workflow === 'post') {
    if (!isWorkflowState(saved.workflowState)) return []
    // Whoever may approve a post may instead have it published later ("Lên lịch đăng").
    return workflowActions(saved.workflowState, actor.editor).flatMap(({ action, to }): EditAction[] => {
      const step: EditAction = {
        key: action,
        set: { workflowState: to, _status: to === 'published' ? 'published' : 'draft' },
        primary: action === 'approve' || action === 'submit',
        ...(action === 'requestChanges' ? { reasonField: 'reviewNote' } : {}),
      }
      return action === 'approve' ? [step, { key: 'schedule', set: {}, primary: false, schedule: true }] : [step]
    })
  }
  if (workflow === 'report') {
    const from = saved.reportState ?? 'draft'
    if (!isReportState(from)) return []
    const unit = idText(saved.unit)
    const who = { member: actor.administrator || (unit !== null && unit === idText(actor.unit)), coordinator: actor.coordinator }
    return (Object.keys(reportTransitions[from]) as ReportState[])
      .filter((to) => checkReportTransition(from, to, who).ok && reportActionOf[to])
      .map((to) => ({
        key: reportActionOf[to] as EditActionKey,
        set: { reportState: to },
        primary: to !== 'returned',
        ...(to === 'returned' ? { reasonField: 'returnReason' } : {}),
      }))
  }
  // A decision: publishing it applies its items; only publishers publish, once.
  return actor.editor && saved._status !== 'published' ? [{ key: 'decisionPublish', set: { _status: 'published' }, primary: true }] : []
}
