import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { countAttempt, passwordResetCounters, setRetryAfter } from '../../../services/signInThrottle.ts'
import { t } from '../../../translations/translate.ts'

/**
 * A password-reset e-mail (REST, GraphQL `forgotPasswordUser`, Local API) counts against its
 * address and its client; over a limit it is refused with 429 and Retry-After, the same whether
 * the address has an account or not.
 */
export const throttlePasswordReset =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'forgotPassword') return args
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (typeof email !== 'string' || !email.trim()) return args
    const count = await countAttempt(req, options, passwordResetCounters(req, options, email.toLowerCase().trim()))
    if (!count.allowed) {
      setRetryAfter(req, count.retryAfterSeconds)
      throw new APIError(t(req, 'forgotPasswordThrottled', { count: Math.ceil(count.retryAfterSeconds / 60) }), 429, null, true)
    }
    return args
  }
