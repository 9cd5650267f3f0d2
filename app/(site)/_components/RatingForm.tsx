'use client'

import { useActionState } from 'react'

import type { RatingSummary, RatingTarget } from '../_lib/ratingForm.ts'

import { type RatingState, sendRating } from '../_lib/actions.ts'
import { describeSummary, ratingChoices, ratingCommentMaxLength } from '../_lib/ratingForm.ts'

/** The rating's form: a radio group of the five scores, a comment, a send button; then the thanks or the reason. */
export const RatingForm = ({ target, title, summary }: { target: RatingTarget; title: string; summary: RatingSummary | null }) => {
  const [state, action, pending] = useActionState<RatingState, FormData>(sendRating, { outcome: null, message: null, summary: null })
  const shown = state.summary ?? summary
  const done = state.outcome === 'thanks' || state.outcome === 'repeated'
  return (
    <>
      <p className="rating__summary">{describeSummary(shown)}</p>
      {state.message ? (
        <p className={`notice ${done ? 'notice--success' : 'notice--error'}`} role={done ? 'status' : 'alert'}>
          {state.message}
        </p>
      ) : null}
      {done ? null : (
        <form action={action} className="rating__form">
          <input type="hidden" name="kind" value={target.kind} />
          {target.kind === 'service' ? null : <input type="hidden" name="id" value={String(target.id)} />}
          <fieldset>
            <legend>Bạn có hài lòng với {target.kind === 'service' ? 'Bộ phận một cửa' : `“${title}”`} không?</legend>
            <div className="rating__choices">
              {ratingChoices.map((choice) => (
                <label key={choice.score} className="choice">
                  <input type="radio" name="score" value={choice.score} required />
                  <span>{choice.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="field">
            <span className="field__label">Góp ý thêm (không bắt buộc, không ghi thông tin cá nhân)</span>
            <textarea name="comment" rows={3} maxLength={ratingCommentMaxLength} />
          </label>
          <button type="submit" className="button" disabled={pending}>
            {pending ? 'Đang gửi…' : 'Gửi đánh giá'}
          </button>
        </form>
      )}
    </>
  )
}
