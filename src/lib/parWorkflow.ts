/**
 * The ways of a PAR self-assessment, as data. The assessment: `open` while units score, then
 * `submitted` to the province, then `appraised` once the province's scores (thẩm định) are in.
 * Each criterion's self-score: the assigned unit drafts and submits it; the coordinator accepts it
 * or returns it with a reason; a returned score is corrected and submitted again.
 */

type Label = { vi: string; en: string }

export const assessmentStates = ['open', 'submitted', 'appraised'] as const
export type AssessmentState = (typeof assessmentStates)[number]

export const assessmentStateLabels: Record<AssessmentState, Label> = {
  open: { vi: 'Đang tự đánh giá', en: 'Open' },
  submitted: { vi: 'Đã gửi tỉnh', en: 'Submitted to the province' },
  appraised: { vi: 'Đã thẩm định', en: 'Appraised' },
}

/** from -> allowed next states; the coordinator takes every one (the rights table says who that is). */
export const assessmentTransitions: Record<AssessmentState, readonly AssessmentState[]> = {
  open: ['submitted'],
  submitted: ['open', 'appraised'], // back to open: the province sends it back before appraising
  appraised: [],
}

export const isAssessmentTransition = (from: AssessmentState, to: AssessmentState): boolean =>
  from === to || assessmentTransitions[from].includes(to)

export const scoreStates = ['draft', 'submitted', 'accepted', 'returned'] as const
export type ScoreState = (typeof scoreStates)[number]

export const scoreStateLabels: Record<ScoreState, Label> = {
  draft: { vi: 'Đang chấm', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
}

/** States in which the assigned unit may still change its score. */
export const scoreWritableStates = ['draft', 'returned'] as const satisfies readonly ScoreState[]

/** member: the assigned unit (and administrators); reviewer: the coordinator, editors, administrators. */
export type ScoreTaker = 'member' | 'reviewer'

/** from -> to -> who. A pair that is not listed is not a transition. */
export const scoreTransitions: Record<ScoreState, Partial<Record<ScoreState, ScoreTaker>>> = {
  draft: { submitted: 'member' },
  returned: { submitted: 'member' },
  submitted: { accepted: 'reviewer', returned: 'reviewer' }, // tiếp nhận; trả lại kèm lý do
  accepted: { returned: 'reviewer' }, // reopened by the coordinator before the assessment is sent
}

export type ScoreTransitionCheck = { ok: true } | { ok: false; reason: 'not-a-transition' | 'not-yours' }

export const checkScoreTransition = (from: ScoreState, to: ScoreState, who: Record<ScoreTaker, boolean>): ScoreTransitionCheck => {
  if (from === to) return { ok: true }
  const taker = scoreTransitions[from][to]
  if (!taker) return { ok: false, reason: 'not-a-transition' }
  return who[taker] ? { ok: true } : { ok: false, reason: 'not-yours' }
}

export const isScoreState = (value: unknown): value is ScoreState =>
  typeof value === 'string' && (scoreStates as readonly string[]).includes(value)

export const isAssessmentState = (value: unknown): value is AssessmentState =>
  typeof value === 'string' && (assessmentStates as readonly string[]).includes(value)
