import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { clientAddressOf } from '../lib/clientAddress.ts'
import { clearRateLimit, hitRateLimit, type RateLimitRule, rateLimitKey, refundRateLimit } from './rateLimit.ts'

/** Who a counter counts: one account from one client, one account from anywhere, or one client. */
export type CounterScope = 'account-client' | 'account' | 'client'
export type Counter = { scope: CounterScope; rule: RateLimitRule; key: string }

export type AttemptCount = {
  allowed: boolean
  /** The longest wait among the counters over their limit. */
  retryAfterSeconds: number
  /** Scopes whose limit this very attempt went over (the moment to record a lockout). */
  tripped: CounterScope[]
}

/** The caller's address as the trusted proxies give it (lib/clientAddress.ts). */
const clientOf = (req: PayloadRequest, options: ResolvedOptions): string =>
  clientAddressOf(req.headers?.get('x-forwarded-for'), options.trustedProxies)

const counters = (req: PayloadRequest, purpose: string, scope: CounterScope, rules: RateLimitRule[], ...parts: string[]): Counter[] =>
  rules.map((rule, tier) => ({ scope, rule, key: rateLimitKey(req.payload, purpose, scope, String(tier), String(rule.windowSeconds), ...parts) }))

/** The counters of a sign-in to `account` from this request's client. */
export const loginCounters = (req: PayloadRequest, options: ResolvedOptions, account: string): Counter[] => {
  const client = clientOf(req, options)
  const { perAccountAndClient, perClient } = options.accounts.login
  return [...counters(req, 'login', 'account-client', perAccountAndClient, account, client), ...counters(req, 'login', 'client', perClient, client)]
}

/** The counters of a password-reset request for `account` from this request's client. */
export const passwordResetCounters = (req: PayloadRequest, options: ResolvedOptions, account: string): Counter[] => {
  const { perAccount, perClient } = options.accounts.forgotPassword
  return [
    ...counters(req, 'forgot-password', 'account', perAccount, account),
    ...counters(req, 'forgot-password', 'client', perClient, clientOf(req, options)),
  ]
}

/**
 * Counts one attempt against every counter (before it is checked, so parallel attempts cannot
 * slip past) and says whether it may go on. One short statement each, one after another.
 */
export const countAttempt = async (req: PayloadRequest, options: ResolvedOptions, list: Counter[]): Promise<AttemptCount> => {
  const result: AttemptCount = { allowed: true, retryAfterSeconds: 0, tripped: [] }
  for (const counter of list) {
    const hit = await hitRateLimit(req.payload, options, counter.key, counter.rule)
    if (hit.allowed) continue
    result.allowed = false
    result.retryAfterSeconds = Math.max(result.retryAfterSeconds, hit.retryAfterSeconds)
    if (hit.hits === counter.rule.limit + 1 && !result.tripped.includes(counter.scope)) result.tripped.push(counter.scope)
  }
  return result
}

/**
 * A sign-in succeeded: its account-and-client failures are forgotten, and the client's count
 * takes this attempt back (what is left there are failures only).
 */
export const forgetSuccessfulAttempt = async (req: PayloadRequest, options: ResolvedOptions, list: Counter[]): Promise<void> => {
  for (const counter of list) {
    if (counter.scope === 'client') await refundRateLimit(req.payload, options, counter.key)
    else await clearRateLimit(req.payload, options, counter.key)
  }
}

/** Tells the client how long to wait (REST and GraphQL both send `req.responseHeaders`). */
export const setRetryAfter = (req: PayloadRequest, seconds: number): void => {
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(seconds))
  req.responseHeaders = headers
}
