'use server'

import { headers } from 'next/headers'

import type { Id } from './apiTypes.ts'

import { fieldErrorsOf, messageOf, sendApi } from './apiClient.ts'
import { apiPaths } from './apiPaths.ts'
import { type FeedbackState, feedbackErrorsOf, readFeedbackForm } from './feedbackForm.ts'
import { type RatingOutcome, type RatingSummary, ratingMessages, ratingOutcomeOf, ratingPath, readRatingForm, readRatingTarget } from './ratingForm.ts'
import { visitorHeaders } from './visitorHeaders.ts'

/**
 * The site's writes on a citizen's behalf, as server functions: a form that posts to one works
 * without JavaScript (the page is rendered again with the answer), and with it without a reload.
 * Each forwards to the public API with the citizen's address chain and user agent.
 */

export type RatingState = { outcome: RatingOutcome | null; message: string | null; summary: RatingSummary | null }

export const sendRating = async (_previous: RatingState, form: FormData): Promise<RatingState> => {
  const target = readRatingTarget(form)
  const rating = readRatingForm(form)
  if (!target) return { outcome: 'unavailable', message: ratingMessages.unavailable, summary: null }
  if (!rating) return { outcome: 'invalid', message: ratingMessages.invalid, summary: null }
  const reply = await sendApi(ratingPath(target), rating, visitorHeaders(await headers()))
  const outcome = ratingOutcomeOf(reply.status)
  const summary = reply.body?.rating && typeof reply.body.rating.count === 'number' ? { count: reply.body.rating.count, mean: reply.body.rating.mean ?? null } : null
  return { outcome, message: ratingMessages[outcome], summary }
}

/** One view of a published post, sent once its page has been shown (robots and prefetches never run it). */
export const countPostView = async (id: Id): Promise<void> => {
  if (!/^[1-9]\d{0,9}$/.test(String(id))) return
  await sendApi(apiPaths.postView(id), {}, visitorHeaders(await headers()))
}

export const sendFeedback = async (_previous: FeedbackState, form: FormData): Promise<FeedbackState> => {
  const { values, body } = readFeedbackForm(form)
  const reply = await sendApi(apiPaths.feedback, body, visitorHeaders(await headers()))
  const code = reply.body?.doc?.trackingCode
  if (reply.status === 201 && typeof code === 'string') return { values: {}, errors: {}, trackingCode: code }
  return { values, errors: feedbackErrorsOf(reply.status, fieldErrorsOf(reply.body), messageOf(reply.body)) }
}
