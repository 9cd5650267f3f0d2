/**
 * View ingestion (POST /api/cchc-posts/:id/view): `connections` clients sending views as fast as
 * the app answers, in process through Payload's own request handler, from distinct simulated
 * visitors with a share of repeats. Afterwards every post's `viewCount` and daily figure are
 * compared with the distinct (post, visitor) pairs sent: lost and double counts must be 0.
 */
import type { Payload, SanitizedConfig } from 'payload'

import { performance } from 'node:perf_hooks'
import { handleEndpoints } from 'payload'

export type ViewIngestion = {
  connections: number
  requests: number
  counted: number
  seconds: number
  viewsPerSecond: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non200: number
  expected: number
  stored: number
  storedDaily: number
  lost: number
  doubled: number
}

const browser = 'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36'

export const measureViewIngestion = async ({
  config,
  payload,
  postIds,
  connections = 50,
  requests = 5000,
  repeatShare = 0.2,
}: {
  config: SanitizedConfig
  payload: Payload
  postIds: (number | string)[]
  connections?: number
  requests?: number
  /** Share of requests that repeat a visitor already sent for that post (counted once a day). */
  repeatShare?: number
}): Promise<ViewIngestion> => {
  type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const sumOf = async () => {
    const { rows } = await pool.query(`select coalesce(sum(view_count), 0)::bigint as n from cchc_posts where id = any($1)`, [postIds])
    const { rows: daily } = await pool.query(`select coalesce(sum(views), 0)::bigint as n from cchc_interest_days where item_kind = 'post' and item_id = any($1)`, [postIds])
    return { posts: Number(rows[0]!.n), daily: Number(daily[0]!.n) }
  }
  const before = await sumOf()
  const pairs = new Set<string>()
  const sent: { post: number | string; visitor: number }[] = []
  // The plan is fixed before the run: which post, which visitor (addresses in 198.18.0.0/15, kept for benchmarks).
  for (let i = 0; i < requests; i++) {
    const repeat = sent.length > 0 && (i * 7919) % 100 < repeatShare * 100
    const pick = repeat ? sent[(i * 104729) % sent.length]! : { post: postIds[i % postIds.length]!, visitor: i }
    sent.push(pick)
    pairs.add(`${pick.post}/${pick.visitor}`)
  }
  const times: number[] = []
  let next = 0
  let counted = 0
  let non200 = 0
  const worker = async () => {
    while (next < sent.length) {
      const { post, visitor } = sent[next++]!
      const address = `198.${18 + Math.floor(visitor / 65536)}.${Math.floor(visitor / 256) % 256}.${visitor % 256}`
      const start = performance.now()
      const response = await handleEndpoints({
        config,
        request: new Request(`http://localhost:3000/api/cchc-posts/${post}/view`, {
          method: 'POST',
          headers: { 'X-Forwarded-For': address, 'User-Agent': browser },
        }),
      })
      const body = (await response.json()) as { counted?: boolean }
      times.push(performance.now() - start)
      if (response.status !== 200) non200++
      else if (body.counted) counted++
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: connections }, worker))
  const seconds = (performance.now() - start) / 1000
  const after = await sumOf()
  const sorted = [...times].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
  const stored = after.posts - before.posts
  const storedDaily = after.daily - before.daily
  const expected = pairs.size
  return {
    connections,
    requests,
    counted,
    seconds,
    viewsPerSecond: counted / seconds,
    requestsPerSecond: requests / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    non200,
    expected,
    stored,
    storedDaily,
    lost: Math.max(0, expected - Math.min(stored, storedDaily)),
    doubled: Math.max(0, Math.max(stored, storedDaily) - expected),
  }
}

export const describeViewIngestion = (r: ViewIngestion): string =>
  `View ingestion, ${r.connections} connections, ${r.requests} requests (${r.expected} distinct visitor-post pairs, the rest repeats): ` +
  `${r.viewsPerSecond.toFixed(0)} views/s counted (${r.requestsPerSecond.toFixed(0)} requests/s), p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, ` +
  `non-200 ${r.non200}; stored ${r.stored} on the posts and ${r.storedDaily} in the daily figures: lost ${r.lost}, double ${r.doubled}`
