/** Rate limits counted in PostgreSQL: exact under concurrency, per window, never storing the key itself. */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { resolveOptions } from '../src/options.ts'
import { clearRateLimit, hitRateLimit, purgeRateLimits, rateLimitKey } from '../src/services/rateLimit.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
const options = resolveOptions()
const rule = { limit: 10, windowSeconds: 60 }

beforeAll(async () => {
  app = await bootApp()
})
afterAll(() => app?.close())

it('lets exactly `limit` of 50 simultaneous hits through', async () => {
  const key = rateLimitKey(app.payload, 'login', 'bientap@thanhmien.example', '203.0.113.7')
  const now = new Date('2026-11-30T08:00:00Z')
  const results = await Promise.all(Array.from({ length: 50 }, () => hitRateLimit(app.payload, options, key, rule, now)))
  expect(results.filter((result) => result.allowed)).toHaveLength(10)
  expect(results.map((result) => result.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  expect(Math.max(...results.map((result) => result.retryAfterSeconds))).toBeLessThanOrEqual(60)
})

it('starts a new window once the old one has passed, and forgets a cleared key', async () => {
  const key = rateLimitKey(app.payload, 'window-test')
  const start = new Date('2026-11-30T09:00:00Z')
  for (let i = 0; i < 10; i++) await hitRateLimit(app.payload, options, key, rule, start)
  expect((await hitRateLimit(app.payload, options, key, rule, new Date(start.getTime() + 59_000))).allowed).toBe(false)
  const later = await hitRateLimit(app.payload, options, key, rule, new Date(start.getTime() + 60_000))
  expect(later).toMatchObject({ allowed: true, hits: 1 })
  await clearRateLimit(app.payload, options, key)
  expect((await hitRateLimit(app.payload, options, key, rule, new Date(start.getTime() + 61_000))).hits).toBe(1)
})

it('stores keyed hashes, never the e-mail or address, and purges old windows', async () => {
  const key = rateLimitKey(app.payload, 'login', 'vanphong@thanhmien.example', '198.51.100.4')
  await hitRateLimit(app.payload, options, key, rule, new Date('2020-01-01T00:00:00Z'))
  const pool = (app.payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).pool
  const { rows } = await pool.query('select * from cchc_rate_limits')
  const stored = JSON.stringify(rows)
  expect(stored).not.toContain('thanhmien')
  expect(stored).not.toContain('198.51.100.4')
  expect(rows.every((row) => /^[0-9a-f]{64}$/.test(String(row.key)))).toBe(true)
  expect(await purgeRateLimits(app.payload, options, new Date('2021-01-01T00:00:00Z'))).toBe(1)
})

it('is not reachable through the API', async () => {
  expect((await app.rest('GET', '/cchc-rate-limits')).status).toBe(403)
})
