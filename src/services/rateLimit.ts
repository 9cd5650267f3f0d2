import type { Payload } from 'payload'

import { createHmac } from 'node:crypto'

import type { ResolvedOptions } from '../options.ts'

import { postgresAdapter } from '../db/postgresAdapter.ts'

/** At most `limit` hits per `windowSeconds` (a fixed window). */
export type RateLimitRule = { limit: number; windowSeconds: number }

export type RateLimitResult = {
  allowed: boolean
  /** Hits in the current window, this one included. */
  hits: number
  /** Seconds until the window ends; what a 429 puts in `Retry-After`. */
  retryAfterSeconds: number
}

type Pool = { query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[]; rowCount?: null | number }> }

/** The counters' table and the pool that reaches it outside any transaction. */
const counters = (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>) => {
  const db = postgresAdapter<{ pool: Pool; tableNameMap: Map<string, string> }>(payload)
  const slug = options.slugs.rateLimits.replace(/-/g, '_')
  return { pool: db.pool, table: db.tableNameMap?.get(slug) ?? slug }
}

/** A keyed hash of the key: the table never holds the e-mail address or IP address it counts. */
export const rateLimitKey = (payload: Payload, ...parts: string[]): string =>
  createHmac('sha256', payload.secret).update(parts.join('\u0000')).digest('hex')

/**
 * Counts one hit against `key` and says whether it is within `rule`, for every instance of the
 * app at once: one atomic `insert … on conflict do update` in PostgreSQL.
 *
 * It runs on the pool, outside any transaction the request holds, on purpose: a hit must count
 * even when the request then fails and rolls back (a wrong password, say). It is one short
 * statement, and the transaction gate keeps connections in reserve for exactly such statements.
 */
export const hitRateLimit = async (
  payload: Payload,
  options: Pick<ResolvedOptions, 'slugs'>,
  key: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitResult> => {
  const { pool, table } = counters(payload, options)
  if (!pool) throw new Error('cchc: rate limits need the PostgreSQL adapter')
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000)
  const { rows } = await pool.query(
    `insert into "${table}" ("key", "window_start", "hits", "updated_at", "created_at")
     values ($1, $2, 1, $2, $2)
     on conflict ("key") do update set
       "hits" = case when "${table}"."window_start" <= $3 then 1 else "${table}"."hits" + 1 end,
       "window_start" = case when "${table}"."window_start" <= $3 then $2 else "${table}"."window_start" end,
       "updated_at" = $2
     returning "hits", "window_start"`,
    [key, now.toISOString(), windowStart.toISOString()],
  )
  const hits = Number(rows[0]!.hits)
  const started = new Date(rows[0]!.window_start as string).getTime()
  const retryAfterSeconds = Math.max(1, Math.ceil((started + rule.windowSeconds * 1000 - now.getTime()) / 1000))
  return { allowed: hits <= rule.limit, hits, retryAfterSeconds }
}

/** Forgets a key (a successful login clears its failures). */
export const clearRateLimit = async (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>, key: string): Promise<void> => {
  const { pool, table } = counters(payload, options)
  await pool?.query(`delete from "${table}" where "key" = $1`, [key])
}

/** Takes one hit back (a sign-in that succeeded was counted, like every attempt, before it was checked). */
export const refundRateLimit = async (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>, key: string): Promise<void> => {
  const { pool, table } = counters(payload, options)
  await pool?.query(`update "${table}" set "hits" = greatest("hits" - 1, 0) where "key" = $1`, [key])
}

/** Removes counters whose window ended long ago; run by a job. */
export const purgeRateLimits = async (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>, olderThan: Date): Promise<number> => {
  const { pool, table } = counters(payload, options)
  const result = await pool?.query(`delete from "${table}" where "window_start" < $1`, [olderThan.toISOString()])
  return result?.rowCount ?? 0
}
