import type { CollectionBeforeChangeHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { rights } from '../../../access/rights.ts'
import { resolveRole } from '../../../access/roles.ts'
import { checkFeedbackTransition, type FeedbackState, feedbackStateLabels, isFeedbackState } from '../../../lib/feedbackWorkflow.ts'
import { formatTrackingCode } from '../../../lib/trackingCode.ts'
import { idOf } from '../../../lib/relationId.ts'
import { storedBefore } from '../../../lib/storedBefore.ts'
import { dayInVietnam, startOfVietnamDay } from '../../../lib/vietnamTime.ts'
import { addWorkingDays } from '../../../lib/workingDays.ts'
import { nowOf } from '../../../requestContext.ts'
import { nextTrackingNumber } from '../../../services/feedbackTracking.ts'
import { t } from '../../../translations/translate.ts'

/** Midday of a calendar day in the commune: how the plugin stores a date that is a day. */
const middayOf = (day: string, timeZone: string) => new Date(startOfVietnamDay(day, timeZone).getTime() + 12 * 60 * 60 * 1000)

/**
 * A feedback's way, on every write path. A new one gets its tracking code (from a PostgreSQL
 * sequence, in the write's transaction), its due date in working days and the state "received",
 * whatever was sent. A change of state is checked against feedbackWorkflow.ts; routing needs a
 * unit, publishing an answer and the question as published; the server sets the dates.
 */
export const applyFeedbackWorkflow =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, context, data, operation, originalDoc, req }) => {
    const invalid = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }], req }, req.t)
    const at = nowOf(context)
    const { timeZone } = options.reporting
    const stored = storedBefore({ operation, originalDoc })

    if (!stored) {
      const received = dayInVietnam(at, timeZone)
      const sequence = await nextTrackingNumber(req, options)
      data.trackingCode = formatTrackingCode(options.feedback.trackingPrefix, Number(received.slice(0, 4)), sequence)
      data.dueDate = middayOf(addWorkingDays(received, options.feedback.answerWorkingDays, options.feedback.holidays), timeZone).toISOString()
      data.state = 'received'
      data.overdue = false
      return data
    }

    const role = await resolveRole(req, options)
    const routers: Partial<Record<string, boolean>> = rights['cchc-feedback'].route
    const editor = !req.user || routers[role] === true
    const from: FeedbackState = isFeedbackState(stored.state) ? stored.state : 'received'
    const to: FeedbackState = isFeedbackState(data.state) ? data.state : from
    const check = checkFeedbackTransition(from, to, editor)
    if (!check.ok) {
      const label = (state: FeedbackState) => feedbackStateLabels[state][req.i18n?.language === 'en' ? 'en' : 'vi']
      if (check.reason === 'editors-only') throw new APIError(t(req, 'feedbackEditorsOnly', { to: label(to) }), 403, null, true)
      throw invalid('state', t(req, 'feedbackNotATransition', { from: label(from), to: label(to) }))
    }
    if (from !== to) {
      if (to === 'routed' && idOf(data.unit ?? stored.unit) == null) throw invalid('unit', t(req, 'feedbackUnitRequired'))
      if ((to === 'answered' || to === 'published') && !String(data.answer ?? stored.answer ?? '').trim()) throw invalid('answer', t(req, 'feedbackAnswerRequired'))
      if (to === 'published' && !String(data.publicQuestion ?? stored.publicQuestion ?? '').trim()) {
        throw invalid('publicQuestion', t(req, 'feedbackQuestionRequired'))
      }
    }
    data.state = to
    data.trackingCode = stored.trackingCode
    data.dueDate = stored.dueDate
    data.publishedAt = to === 'published' && from !== to ? at.toISOString() : to === 'published' ? stored.publishedAt : null
    data.finishedAt = (to === 'published' || to === 'closed') ? (from === to ? stored.finishedAt : at.toISOString()) : null
    return data
  }
