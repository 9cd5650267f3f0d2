/**
 * The editorial workflow of a post, as data. Anchors: WordPress's Contributor/Editor roles and
 * Drupal LocalGov's editorial workflow. Payload's `_status` stays the truth about what the public
 * sees; `workflowState` says where the post is on its way there.
 */
export const workflowStates = ['draft', 'in_review', 'changes_requested', 'published', 'archived'] as const
export type WorkflowState = (typeof workflowStates)[number]

/** What editors call each state. */
export const workflowStateLabels: Record<WorkflowState, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  in_review: { vi: 'Chờ duyệt', en: 'In review' },
  changes_requested: { vi: 'Yêu cầu sửa', en: 'Changes requested' },
  published: { vi: 'Đã đăng', en: 'Published' },
  archived: { vi: 'Lưu trữ', en: 'Archived' },
}

/** States in which the owning unit's contributors may still change or delete a post. */
export const writableStates = ['draft', 'in_review', 'changes_requested'] as const satisfies readonly WorkflowState[]

/** Who may take a transition: any writer of the post (its unit's contributors, editors), or editors only. */
export type Taker = 'writer' | 'editor'

/** from -> to -> who. A pair that is not listed is not a transition. */
export const transitions: Record<WorkflowState, Partial<Record<WorkflowState, Taker>>> = {
  draft: { in_review: 'writer', published: 'editor', archived: 'editor' },
  in_review: {
    draft: 'writer', // withdraw (rút lại)
    changes_requested: 'editor', // reject with a reason (yêu cầu sửa)
    published: 'editor', // approve (duyệt đăng)
    archived: 'editor',
  },
  changes_requested: { in_review: 'writer', draft: 'writer', published: 'editor', archived: 'editor' },
  published: { draft: 'editor', archived: 'editor' }, // unpublish (gỡ bài), archive (lưu trữ)
  archived: { draft: 'editor' },
}

export type TransitionCheck = { ok: true } | { ok: false; reason: 'not-a-transition' | 'editors-only' }

/** Whether a writer (or an editor, if `isEditor`) may move a post from one state to another. */
export const checkTransition = (from: WorkflowState, to: WorkflowState, isEditor: boolean): TransitionCheck => {
  if (from === to) return { ok: true }
  const taker = transitions[from][to]
  if (!taker) return { ok: false, reason: 'not-a-transition' }
  if (taker === 'editor' && !isEditor) return { ok: false, reason: 'editors-only' }
  return { ok: true }
}

export const isWorkflowState = (value: unknown): value is WorkflowState =>
  typeof value === 'string' && (workflowStates as readonly string[]).includes(value)

/** The buttons of the edit view, in the words of the trade; each moves a post to one state. */
export type WorkflowAction = 'submit' | 'withdraw' | 'approve' | 'requestChanges' | 'unpublish' | 'archive' | 'restore'

const actionFor = (from: WorkflowState, to: WorkflowState): WorkflowAction => {
  if (to === 'in_review') return 'submit' // gửi duyệt
  if (to === 'published') return 'approve' // duyệt và đăng
  if (to === 'changes_requested') return 'requestChanges' // yêu cầu chỉnh sửa
  if (to === 'archived') return 'archive' // lưu trữ
  if (from === 'published') return 'unpublish' // gỡ bài
  return from === 'archived' ? 'restore' : 'withdraw' // rút lại
}

/** The actions a writer (or an editor) may take on a post in state `from`, from the transitions table. */
export const workflowActions = (from: WorkflowState, isEditor: boolean): { action: WorkflowAction; to: WorkflowState }[] =>
  (Object.keys(transitions[from]) as WorkflowState[])
    .filter((to) => checkTransition(from, to, isEditor).ok)
    .map((to) => ({ action: actionFor(from, to), to }))
