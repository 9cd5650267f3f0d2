import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, Config, PayloadRequest } from 'payload'

import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { APIError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { contextSlots, type LoginAttempt } from '../../../requestContext.ts'
import { accountTitleOf, recordAudit } from '../../../services/auditLog.ts'
import { countAttempt, forgetSuccessfulAttempt, loginCounters, setRetryAfter } from '../../../services/signInThrottle.ts'
import { t } from '../../../translations/translate.ts'

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

// The sign-ins of this request (a GraphQL document may hold several), for the hooks after them.
const attemptsOf = (req: PayloadRequest): LoginAttempt[] => {
  const list = contextSlots.loginAttempts.get(req.context)
  if (list) return list
  const fresh: LoginAttempt[] = []
  contextSlots.loginAttempts.set(req.context, fresh)
  return fresh
}

const accountOf = (data: unknown): null | string => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() ? email.toLowerCase().trim() : null
}

// Payload 3.90's password hash (generatePasswordSaltHash.ts): checking a wrong password costs this.
const pbkdf2Async = promisify(pbkdf2)
const hashIterations = 600_000
const hashKeyLength = 32

/** The work of checking a password, spent on an address with no account so that both take as long. */
const hashDummyPassword = async (password: string) => {
  await pbkdf2Async(password, randomBytes(32).toString('hex'), hashIterations, hashKeyLength, 'sha256')
}

/**
 * Before a sign-in (REST, GraphQL, Local API): counts it against the limits of its account and
 * client and of its client (services/signInThrottle.ts) and answers 429 with Retry-After when one
 * is over, the same whether the account exists or not; an address with no account costs a
 * password hash like a wrong password does, so the answer takes as long.
 */
export const throttleLogin =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'login') return args
    const data = (args as { data?: Record<string, unknown> }).data
    const account = accountOf(data)
    const password = data?.password
    // Payload answers a missing address or password itself (400).
    if (!account || typeof password !== 'string' || password.trim() === '') return args

    const counters = loginCounters(req, options, account)
    const count = await countAttempt(req, options, counters)
    if (!count.allowed) {
      if (count.tripped.length > 0) {
        const user = await req.payload.db.findOne<{ id: number | string } & Record<string, unknown>>({ collection: collection.slug, req, where: { email: { equals: account } } })
        await recordAudit(req, options, {
          action: 'lockout',
          collection: user ? collection.slug : undefined,
          documentId: user?.id ?? null,
          documentTitle: accountTitleOf(req, options, user),
          details: { scope: count.tripped },
          actor: null,
        })
      }
      setRetryAfter(req, count.retryAfterSeconds)
      throw new APIError(t(req, 'loginThrottled', { count: Math.ceil(count.retryAfterSeconds / 60) }), 429, null, true)
    }

    const user = await req.payload.db.findOne<{ id: number | string } & Record<string, unknown>>({ collection: collection.slug, req, where: { email: { equals: account } } })
    if (!user) await hashDummyPassword(password)
    attemptsOf(req).push({
      counters,
      userId: user?.id ?? null,
      title: accountTitleOf(req, options, user),
      outcome: 'pending',
    })
    return args
  }

/** After a sign-in: its failures are forgotten and the log says who signed in (in the sign-in's transaction). */
export const recordLogin =
  (options: ResolvedOptions): CollectionAfterLoginHook =>
  async ({ collection, req, user }) => {
    const attempt = attemptsOf(req).find((item) => item.outcome === 'pending' && String(item.userId) === String(user.id))
    if (attempt) {
      attempt.outcome = 'succeeded'
      await forgetSuccessfulAttempt(req, options, attempt.counters)
    }
    await recordAudit(req, options, {
      action: 'login',
      collection: collection.slug,
      documentId: user.id,
      documentTitle: accountTitleOf(req, options, user),
      actor: user,
    })
    return user
  }

/**
 * After a request that failed (REST or GraphQL): each of its sign-ins to an existing account that
 * did not succeed is logged as a failed sign-in. (A throttled one was refused before it was tried.)
 */
export const recordFailedLogins =
  (options: ResolvedOptions): AfterErrorHook =>
  async ({ req }) => {
    const attempts = contextSlots.loginAttempts.get(req?.context)
    if (!attempts) return
    for (const attempt of attempts) {
      if (attempt.outcome !== 'pending') continue
      attempt.outcome = 'done'
      if (attempt.userId === null) continue
      await recordAudit(req, options, {
        action: 'login_failed',
        collection: options.authCollection,
        documentId: attempt.userId,
        documentTitle: attempt.title,
        actor: null,
      })
    }
  }
