import type { RatingTarget, RatingSummary } from '../_lib/ratingForm.ts'

import { readApi } from '../_lib/apiClient.ts'
import { ratingPath } from '../_lib/ratingForm.ts'
import { RatingForm } from './RatingForm.tsx'

/**
 * The satisfaction rating (Nghị định 224/2026/NĐ-CP Điều 10.3) of a post, a procedure or the
 * one-stop service: how many rated and the mean, and a form of five choices with an optional
 * comment. The form works without JavaScript (a server function renders the page again with the
 * thanks); with it, the answer shows in place.
 */
export const RatingWidget = async ({ target, title }: { target: RatingTarget; title: string }) => {
  // The summary is a side panel: the page still opens when it cannot be read.
  const summary = await readApi<RatingSummary>(ratingPath(target)).catch(() => null)
  return (
    <section className="rating panel" id="danh-gia" aria-labelledby="rating-heading">
      <h2 id="rating-heading">Đánh giá mức độ hài lòng</h2>
      <RatingForm target={target} title={title} summary={summary ? { count: summary.count, mean: summary.mean } : null} />
    </section>
  )
}
