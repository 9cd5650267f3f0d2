/**
 * The way of a citizen's feedback or question (phản ánh, kiến nghị, hỏi đáp), as data: editors
 * route it to a unit, the unit's members draft the answer, an editor publishes the answer (with
 * the question stripped of personal data) or closes it as not for publication.
 */
export const feedbackStates = ['received', 'routed', 'answered', 'published', 'closed'] as const
export type FeedbackState = (typeof feedbackStates)[number]

export const feedbackStateLabels: Record<FeedbackState, { vi: string; en: string }> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  routed: { vi: 'Đã chuyển đơn vị xử lý', en: 'Routed to a unit' },
  answered: { vi: 'Đã có dự thảo trả lời', en: 'Answer drafted' },
  published: { vi: 'Đã trả lời công khai', en: 'Answered publicly' },
  closed: { vi: 'Đã đóng, không công khai', en: 'Closed, not published' },
}

/** States in which the answer is still being worked on: a due date passes only here. */
export const openFeedbackStates = ['received', 'routed', 'answered'] as const satisfies readonly FeedbackState[]
/** States a unit's members may change (the answer, and the move to "answered" and back). */
export const unitFeedbackStates = ['routed', 'answered'] as const satisfies readonly FeedbackState[]

/** What the citizen reads of the state by the tracking code. */
export const publicFeedbackStatus: Record<FeedbackState, 'received' | 'in_progress' | 'answered' | 'closed'> = {
  received: 'received',
  routed: 'in_progress',
  answered: 'in_progress',
  published: 'answered',
  closed: 'closed',
}

export const publicFeedbackStatusLabels = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  in_progress: { vi: 'Đang xử lý', en: 'Being handled' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
} as const

export const feedbackCategories = ['feedback', 'recommendation', 'question'] as const
export type FeedbackCategory = (typeof feedbackCategories)[number]
export const feedbackCategoryLabels: Record<FeedbackCategory, { vi: string; en: string }> = {
  feedback: { vi: 'Phản ánh', en: 'Feedback' },
  recommendation: { vi: 'Kiến nghị', en: 'Recommendation' },
  question: { vi: 'Hỏi đáp', en: 'Question' },
}

/** Who may take a transition: editors only, or the assigned unit's members (editors too). */
export type FeedbackTaker = 'editor' | 'unit'

/** from -> to -> who. A pair that is not listed is not a transition. */
export const feedbackTransitions: Record<FeedbackState, Partial<Record<FeedbackState, FeedbackTaker>>> = {
  received: { routed: 'editor', closed: 'editor' },
  routed: { answered: 'unit', received: 'editor', closed: 'editor' },
  answered: {
    routed: 'unit', // withdrawn by the unit, or sent back by an editor
    published: 'editor',
    closed: 'editor',
  },
  published: { closed: 'editor' }, // taken down
  closed: { routed: 'editor' }, // reopened
}

export type FeedbackTransitionCheck = { ok: true } | { ok: false; reason: 'not-a-transition' | 'editors-only' }

export const checkFeedbackTransition = (from: FeedbackState, to: FeedbackState, isEditor: boolean): FeedbackTransitionCheck => {
  if (from === to) return { ok: true }
  const taker = feedbackTransitions[from][to]
  if (!taker) return { ok: false, reason: 'not-a-transition' }
  if (taker === 'editor' && !isEditor) return { ok: false, reason: 'editors-only' }
  return { ok: true }
}

export const isFeedbackState = (value: unknown): value is FeedbackState =>
  typeof value === 'string' && (feedbackStates as readonly string[]).includes(value)
