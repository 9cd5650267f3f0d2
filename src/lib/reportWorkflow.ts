/**
 * The way of a unit's periodic report to Phòng VH-XH, as data: the unit drafts and submits it;
 * the coordinator accepts it or returns it with a reason; a returned report is corrected and
 * submitted again.
 */
import { isLate, isOverdue } from './periods.ts'

export const reportStates = ['draft', 'submitted', 'accepted', 'returned'] as const
export type ReportState = (typeof reportStates)[number]

type Label = { vi: string; en: string }

/** What people call each state; `missing` is the overview's word for a report not yet opened. */
export const reportStateLabels: Record<ReportState | 'missing', Label> = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  missing: { vi: 'Chưa có', en: 'Missing' },
}

/** States in which the report's unit may still change it. */
export const reportWritableStates = ['draft', 'returned'] as const satisfies readonly ReportState[]

/** member: a member of the report's unit; coordinator: the coordinator unit (and administrators). */
export type ReportTaker = 'member' | 'coordinator'

/** from -> to -> who. A pair that is not listed is not a transition. */
export const reportTransitions: Record<ReportState, Partial<Record<ReportState, ReportTaker>>> = {
  draft: { submitted: 'member' }, // gửi báo cáo
  returned: { submitted: 'member' }, // gửi lại sau khi sửa
  submitted: { accepted: 'coordinator', returned: 'coordinator' }, // tiếp nhận; trả lại kèm lý do
  accepted: {},
}

export type ReportTransitionCheck = { ok: true } | { ok: false; reason: 'not-a-transition' | 'not-yours' }

/** Whether someone who is (or is not) a member of the report's unit, or the coordinator, may take a transition. */
export const checkReportTransition = (
  from: ReportState,
  to: ReportState,
  who: { member: boolean; coordinator: boolean },
): ReportTransitionCheck => {
  if (from === to) return { ok: true }
  const taker = reportTransitions[from][to]
  if (!taker) return { ok: false, reason: 'not-a-transition' }
  return who[taker] ? { ok: true } : { ok: false, reason: 'not-yours' }
}

export const isReportState = (value: unknown): value is ReportState =>
  typeof value === 'string' && (reportStates as readonly string[]).includes(value)

/** Where a unit stands for a period in the coordinator's overview. */
const timelinessValues = ['on_time', 'late', 'overdue', 'not_yet_due', 'missing_overdue', 'missing_not_yet_due'] as const
export type Timeliness = (typeof timelinessValues)[number]

export const timelinessLabels: Record<Timeliness, Label> = {
  on_time: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Nộp muộn', en: 'Late' },
  overdue: { vi: 'Quá hạn, chưa gửi', en: 'Overdue, not sent' },
  not_yet_due: { vi: 'Chưa đến hạn, chưa gửi', en: 'Not yet due, not sent' },
  missing_overdue: { vi: 'Chưa có báo cáo, quá hạn', en: 'Missing, overdue' },
  missing_not_yet_due: { vi: 'Chưa có báo cáo, chưa đến hạn', en: 'Missing, not yet due' },
}

/** on_time / late once submitted; otherwise overdue or not yet due, and "missing" when there is no report at all. */
export const timelinessOf = (
  report: { submittedAt?: Date | null; dueDate: Date } | null,
  dueDate: Date,
  now: Date,
): Timeliness => {
  if (!report) return isOverdue(null, dueDate, now) ? 'missing_overdue' : 'missing_not_yet_due'
  if (report.submittedAt) return isLate(report.submittedAt, report.dueDate) ? 'late' : 'on_time'
  return isOverdue(null, report.dueDate, now) ? 'overdue' : 'not_yet_due'
}
