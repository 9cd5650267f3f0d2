import type { Id } from './apiTypes.ts'

import { apiPaths } from './apiPaths.ts'
import { formatCount } from './vietnameseNumbers.ts'

/** What is rated: a post, a procedure, or the one-stop service (Bộ phận một cửa) as a whole. */
export type RatingTarget = { kind: 'post'; id: Id } | { kind: 'procedure'; id: Id } | { kind: 'service' }

/** The API's path for a target's rating (POST a score, GET the summary). */
export const ratingPath = (target: RatingTarget): string =>
  target.kind === 'post' ? apiPaths.postRating(target.id) : target.kind === 'procedure' ? apiPaths.procedureRating(target.id) : apiPaths.serviceRating

/** The scores as the reader picks them, best first (Nghị định 224/2026/NĐ-CP Điều 10.3). */
export const ratingChoices = [
  { score: 5, label: 'Rất hài lòng' },
  { score: 4, label: 'Hài lòng' },
  { score: 3, label: 'Bình thường' },
  { score: 2, label: 'Chưa hài lòng' },
  { score: 1, label: 'Không hài lòng' },
] as const

export const ratingCommentMaxLength = 1000

/** GET …/rating: how many rated and the mean (null with none). */
export type RatingSummary = { count: number; mean: number | null }

export type RatingOutcome = 'thanks' | 'repeated' | 'throttled' | 'invalid' | 'unavailable'

/** What the reader is told after sending a rating, in Vietnamese. */
export const ratingMessages: Record<RatingOutcome, string> = {
  thanks: 'Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp chúng tôi phục vụ tốt hơn.',
  repeated: 'Bạn đã đánh giá nội dung này hôm nay. Mỗi người được đánh giá một lần mỗi ngày.',
  throttled: 'Bạn đã gửi nhiều đánh giá trong thời gian ngắn. Xin vui lòng thử lại sau ít phút.',
  invalid: 'Xin vui lòng chọn một mức đánh giá trước khi gửi.',
  unavailable: 'Chưa gửi được đánh giá. Xin vui lòng thử lại sau.',
}

/** The outcome of the API's answer to a rating. */
export const ratingOutcomeOf = (status: number): RatingOutcome =>
  status === 201 || status === 200 ? 'thanks' : status === 409 ? 'repeated' : status === 429 ? 'throttled' : status === 400 ? 'invalid' : 'unavailable'

/**
 * A rating as the form sends it: a whole score 1–5 and an optional comment (trimmed, at most
 * 1000 characters); null when no score was picked, so nothing is sent.
 */
export const readRatingForm = (form: { get: (name: string) => unknown }): { score: number; comment?: string } | null => {
  const raw = form.get('score')
  const score = typeof raw === 'string' && /^[1-5]$/.test(raw) ? Number(raw) : null
  if (score === null) return null
  const text = form.get('comment')
  const comment = typeof text === 'string' ? [...text.trim()].slice(0, ratingCommentMaxLength).join('') : ''
  return comment ? { score, comment } : { score }
}

/** A target named by the form's hidden fields; null for anything else. */
export const readRatingTarget = (form: { get: (name: string) => unknown }): RatingTarget | null => {
  const kind = form.get('kind')
  if (kind === 'service') return { kind }
  const id = form.get('id')
  if ((kind === 'post' || kind === 'procedure') && typeof id === 'string' && /^[1-9]\d{0,9}$/.test(id)) return { kind, id: Number(id) }
  return null
}

/** The mean as a reader reads it: "4,5 / 5 (12 lượt đánh giá)", or that nobody has rated yet. */
export const describeSummary = (summary: RatingSummary | null): string =>
  !summary || summary.count === 0 || summary.mean === null
    ? 'Chưa có lượt đánh giá nào.'
    : `Điểm trung bình ${summary.mean.toFixed(1).replace('.', ',')} / 5 (${formatCount(summary.count)} lượt đánh giá).`
