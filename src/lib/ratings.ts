/** Satisfaction scores (Nghị định 224/2026, Điều 10.3), best first as the portal shows them. */
export const ratingScores = [5, 4, 3, 2, 1] as const
export type RatingScore = (typeof ratingScores)[number]

export const ratingScoreLabels: Record<RatingScore, { vi: string; en: string }> = {
  5: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  4: { vi: 'Hài lòng', en: 'Satisfied' },
  3: { vi: 'Bình thường', en: 'Neutral' },
  2: { vi: 'Chưa hài lòng', en: 'Not quite satisfied' },
  1: { vi: 'Không hài lòng', en: 'Dissatisfied' },
}

/** Longest comment a rating may carry, in characters. */
export const ratingCommentMaxLength = 1000

export type RatingSummary = {
  count: number
  /** Rounded to two decimals; null with no rating. */
  mean: null | number
  /** How many ratings gave each score. */
  distribution: Record<RatingScore, number>
}

/** The public summary of an item's ratings from the count of each score. */
export const summarizeRatings = (counts: Partial<Record<RatingScore, number>>): RatingSummary => {
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<RatingScore, number>
  let count = 0
  let total = 0
  for (const score of ratingScores) {
    const n = counts[score] ?? 0
    distribution[score] = n
    count += n
    total += n * score
  }
  return { count, mean: count === 0 ? null : Math.round((total / count) * 100) / 100, distribution }
}
