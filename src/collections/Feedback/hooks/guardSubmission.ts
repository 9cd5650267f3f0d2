import type { CollectionBeforeOperationHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { clientAddressOf } from '../../../lib/clientAddress.ts'
import { hitRateLimit, rateLimitKey } from '../../../services/rateLimit.ts'
import { setRetryAfter } from '../../../services/signInThrottle.ts'
import { t } from '../../../translations/translate.ts'

/** The honeypot: a field people never see in the portal's form, that robots fill in. */
export const honeypotField = 'website'

/**
 * Feedback sent by the public (REST, GraphQL, Local API without a user): a filled honeypot is
 * refused, and each client (by address) may send `feedback.rateLimit` per window, counted in
 * PostgreSQL for every instance at once; over it, 429 with Retry-After. Staff entering feedback
 * received by phone are not counted. Runs before anything is written.
 */
export const guardSubmission =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create') return args
    const data = (args as { data?: Record<string, unknown> }).data
    const trap = data?.[honeypotField]
    if (typeof trap === 'string' ? trap.trim() !== '' : trap != null) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: honeypotField, message: t(req, 'feedbackHoneypot') }], req }, req.t)
    }
    if (req.user) return args
    const client = clientAddressOf(req.headers?.get('x-forwarded-for'), options.trustedProxies)
    const hit = await hitRateLimit(req.payload, options, rateLimitKey(req.payload, 'feedback', client), options.feedback.rateLimit)
    if (!hit.allowed) {
      setRetryAfter(req, hit.retryAfterSeconds)
      throw new APIError(t(req, 'feedbackThrottled', { minutes: Math.ceil(hit.retryAfterSeconds / 60) }), 429, null, true)
    }
    return args
  }
