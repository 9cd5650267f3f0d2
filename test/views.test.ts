/**
 * Readers' views and satisfaction ratings: counted once per visitor a day, atomically in
 * PostgreSQL, of published items only, refusing robots and bad input with nothing written, and
 * never storing an address or user agent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLocalReq } from 'payload'

import { purgeExpiredRecords } from '../src/jobs/purgeExpiredRecords.ts'
import { resolveOptions } from '../src/options.ts'
import { countView } from '../src/services/interest.ts'
import { type Actor, makeActor, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { vietnameseLetters } from './helpers/languages.ts'
import { postInState, storedPost } from './helpers/posts.ts'
import { rowCounts } from './helpers/rowCounts.ts'

let app: TestApp
let editor: Actor
let unit: number | string
let published: Record<string, any>
let draft: Record<string, any>
let procedure: Record<string, any>

const browser = 'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36'
const addressOf = (n: number) => `203.0.${Math.floor(n / 250)}.${(n % 250) + 1}`
const asVisitor = (n: number, extra: Record<string, string> = {}) => ({ 'X-Forwarded-For': addressOf(n), 'User-Agent': browser, ...extra })

type Pool = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }
const pool = () => (app.payload.db as unknown as { pool: Pool }).pool

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  unit = await unitIdByCode(app, 'mttq')
  published = await postInState(app, unit, 'published')
  draft = await postInState(app, unit, 'in_review')
  procedure = await app.payload.create({
    collection: 'procedures' as 'units',
    data: { code: '1.009101', name: 'Đăng ký khai sinh', sector: 'Hộ tịch', unit, _status: 'published' } as never,
  })
})
afterAll(() => app?.close())

describe('views', () => {
  it('counts 200 distinct visitors viewing at once exactly 200 times', async () => {
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, n) => app.rest('POST', `/cchc-posts/${published.id}/view`, { headers: asVisitor(n) })),
    )
    expect(replies.map((reply) => reply.status)).toEqual(Array(200).fill(200))
    expect(replies.every((reply) => reply.body.counted === true)).toBe(true)
    expect((await storedPost(app, published.id))!.viewCount).toBe(200)
    const { rows } = await pool().query(`select sum(views)::integer as views from cchc_interest_days where item_kind = 'post' and item_id = $1`, [published.id])
    expect(rows[0]!.views).toBe(200)
  })

  it('counts the same visitor 20 times at once as one view', async () => {
    const before = (await storedPost(app, published.id))!.viewCount
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => app.rest('POST', `/cchc-posts/${published.id}/view`, { headers: asVisitor(999) })),
    )
    expect(replies.filter((reply) => reply.body.counted === true)).toHaveLength(1)
    expect(replies.every((reply) => reply.status === 200)).toBe(true)
    expect((await storedPost(app, published.id))!.viewCount).toBe(before + 1)
    // Another browser at the same address is another visitor.
    const other = await app.rest('POST', `/cchc-posts/${published.id}/view`, { headers: asVisitor(999, { 'User-Agent': `${browser} Edg/130.0` }) })
    expect(other.body).toEqual({ counted: true, viewCount: before + 2 })
  })

  it('counts a published procedure’s views too', async () => {
    const first = await app.rest('POST', `/procedures/${procedure.id}/view`, { headers: asVisitor(1) })
    const again = await app.rest('POST', `/procedures/${procedure.id}/view`, { headers: asVisitor(1) })
    expect(first).toMatchObject({ status: 200, body: { counted: true, viewCount: 1 } })
    expect(again).toMatchObject({ status: 200, body: { counted: false, viewCount: 1 } })
  })

  it('refuses robots and unknown or unpublished items, writing nothing', async () => {
    const before = await rowCounts(app)
    const robots = ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.5.0', 'python-requests/2.31', 'facebookexternalhit/1.1', '']
    for (const agent of robots) {
      const reply = await app.rest('POST', `/cchc-posts/${published.id}/view`, { headers: asVisitor(7, { 'User-Agent': agent }) })
      expect(reply.status, agent).toBe(403)
      expect(reply.body.errors[0].message).toMatch(vietnameseLetters)
    }
    for (const path of [`/cchc-posts/${draft.id}/view`, '/cchc-posts/987654/view', '/cchc-posts/abc/view', '/cchc-posts/-1/view', '/procedures/987654/view']) {
      const reply = await app.rest('POST', path, { headers: asVisitor(7) })
      expect(reply.status, path).toBe(404)
      expect(reply.body.errors[0].message).toBeTruthy()
    }
    expect(await rowCounts(app)).toEqual(before)
  })

  it('is not writable through the API: a request cannot set viewCount', async () => {
    await app.rest('PATCH', `/cchc-posts/${published.id}`, { token: editor.token, body: { viewCount: 5, ratingCount: 9 } })
    const stored = (await storedPost(app, published.id))!
    expect(stored.viewCount).toBeGreaterThanOrEqual(200)
    expect(stored.ratingCount).toBe(0)
  })
})

describe('ratings', () => {
  const rate = (path: string, body: unknown, n = 42, headers: Record<string, string> = {}) =>
    app.rest('POST', path, { body, headers: asVisitor(n, headers) })

  it('refuses every bad input with a 400 or 404 naming the field, in the request’s language, writing nothing', async () => {
    const before = await rowCounts(app)
    const post = `/cchc-posts/${published.id}/rating`
    const cases: [string, unknown, number, string | null][] = [
      [post, { score: 0 }, 400, 'score'],
      [post, { score: 6 }, 400, 'score'],
      [post, { score: 2.5 }, 400, 'score'],
      [post, { score: '5' }, 400, 'score'],
      [post, {}, 400, 'score'],
      [post, 'not json', 400, 'score'],
      [post, { score: 4, comment: 'x'.repeat(10_000) }, 400, 'comment'],
      [post, { score: 4, comment: 12 }, 400, 'comment'],
      ['/cchc-posts/987654/rating', { score: 4 }, 404, null],
      [`/cchc-posts/${draft.id}/rating`, { score: 4 }, 404, null],
      ['/procedures/987654/rating', { score: 4 }, 404, null],
    ]
    for (const [path, body, status, field] of cases) {
      const reply = await rate(path, body)
      expect(reply.status, `${path} ${JSON.stringify(body).slice(0, 40)}`).toBe(status)
      if (field) {
        expect(reply.body.errors[0].data.errors[0].path).toBe(field)
        expect(reply.body.errors[0].message).toMatch(vietnameseLetters)
        const english = await rate(path, body, 42, { 'Accept-Language': 'en' })
        expect(english.body.errors[0].data.errors[0].path).toBe(field)
        expect(english.body.errors[0].message).not.toMatch(vietnameseLetters)
      }
    }
    expect(await rowCounts(app)).toEqual(before)
  })

  it('takes one rating per visitor a day and fills the counters and the public summary', async () => {
    const first = await rate(`/cchc-posts/${published.id}/rating`, { score: 5, comment: 'Bài rất dễ hiểu, cảm ơn cán bộ xã.' }, 1)
    expect(first.status).toBe(201)
    expect(first.body.rating).toMatchObject({ count: 1, mean: 5, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 } })
    expect(first.body.rating.labels).toMatchObject({ 5: 'Rất hài lòng', 1: 'Không hài lòng' })
    const again = await rate(`/cchc-posts/${published.id}/rating`, { score: 1 }, 1)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(vietnameseLetters)
    expect((await rate(`/cchc-posts/${published.id}/rating`, { score: 2 }, 2)).status).toBe(201)
    const stored = (await storedPost(app, published.id))!
    expect(stored).toMatchObject({ ratingCount: 2, ratingTotal: 7 })
    const summary = await app.rest('GET', `/cchc-posts/${published.id}/rating`)
    expect(summary.body).toEqual({ count: 2, mean: 3.5, distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 }, labels: expect.objectContaining({ 5: 'Rất hài lòng' }) })
    const english = await app.rest('GET', `/cchc-posts/${published.id}/rating`, { headers: { 'Accept-Language': 'en' } })
    expect(english.body.labels[5]).toBe('Very satisfied')
    expect(JSON.stringify(summary.body)).not.toContain('dễ hiểu')
    expect((await app.rest('GET', `/cchc-posts/${draft.id}/rating`)).status).toBe(404)
  })

  it('counts 60 different raters of the service at once exactly', async () => {
    const before = (await app.rest('GET', '/cchc/service-rating')).body.count
    const replies = await Promise.all(Array.from({ length: 60 }, (_, n) => rate('/cchc/service-rating', { score: (n % 5) + 1 }, 1000 + n)))
    expect(replies.map((reply) => reply.status)).toEqual(Array(60).fill(201))
    const summary = (await app.rest('GET', '/cchc/service-rating')).body
    expect(summary.count).toBe(before + 60)
    expect(Object.values(summary.distribution as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(before + 60)
  })

  it('rates procedures and the one-stop service as a whole', async () => {
    expect((await rate(`/procedures/${procedure.id}/rating`, { score: 4 }, 3)).status).toBe(201)
    const before = (await app.rest('GET', '/cchc/service-rating')).body.count
    expect((await rate('/cchc/service-rating', { score: 3, comment: 'Phải chờ lâu.' }, 3)).status).toBe(201)
    expect((await rate('/cchc/service-rating', { score: 3 }, 3)).status).toBe(409)
    expect((await rate('/cchc/service-rating', { score: 5 }, 4)).status).toBe(201)
    expect((await app.rest('GET', '/cchc/service-rating')).body).toMatchObject({ count: before + 2 })
    const stored = await app.payload.findByID({ collection: 'procedures' as 'units', id: procedure.id, depth: 0 })
    expect(stored).toMatchObject({ ratingCount: 1, ratingTotal: 4 })
  })

  it('caps one address’s ratings whatever user agent it sends, with 429 and Retry-After', async () => {
    const { limit } = resolveOptions().ratings.rateLimit
    const from = (n: number) => rate('/cchc/service-rating', { score: 1 }, 2000, { 'User-Agent': `${browser} rotating/${n}` })
    for (let n = 0; n < limit; n++) expect((await from(n)).status, String(n)).toBe(201)
    const refused = await from(limit)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(vietnameseLetters)
  })

  it('keeps comments from the public: only editors read them', async () => {
    expect((await app.rest('GET', '/cchc-ratings')).status).toBe(403)
    const contributor = await makeActor(app, 'contributor', { unit: 'mttq' })
    expect((await app.rest('GET', '/cchc-ratings', { token: contributor.token })).status).toBe(403)
    const graphql = await app.graphql('{ CchcRatings { docs { comment } } }')
    expect(graphql.body.data?.CchcRatings ?? null).toBeNull()
    const read = await app.rest('GET', '/cchc-ratings?limit=100', { token: editor.token })
    expect(read.status).toBe(200)
    expect(read.body.docs.map((doc: { comment: string }) => doc.comment)).toContain('Phải chờ lâu.')
    expect((await app.rest('GET', '/cchc-visitor-marks')).status).toBe(403)
    expect((await app.rest('GET', '/cchc-interest-days', { token: editor.token })).status).toBe(403)
  })
})

it('stores no address or user agent: every column of every table the feature writes', async () => {
  const tables = ['cchc_visitor_marks', 'cchc_interest_days', 'cchc_ratings', 'cchc_posts', 'procedures']
  const { rows: columns } = await pool().query(
    `select table_name, column_name from information_schema.columns where table_schema = current_schema() and table_name = any($1) order by table_name, ordinal_position`,
    [tables],
  )
  const names = columns.map((column) => `${column.table_name}.${column.column_name}`)
  expect(names.filter((name) => /cchc_visitor_marks|cchc_interest_days|cchc_ratings/.test(name))).toEqual([
    'cchc_interest_days.id',
    'cchc_interest_days.item_kind',
    'cchc_interest_days.item_id',
    'cchc_interest_days.day',
    'cchc_interest_days.views',
    'cchc_interest_days.ratings',
    'cchc_interest_days.rating_total',
    'cchc_interest_days.score1',
    'cchc_interest_days.score2',
    'cchc_interest_days.score3',
    'cchc_interest_days.score4',
    'cchc_interest_days.score5',
    'cchc_interest_days.updated_at',
    'cchc_interest_days.created_at',
    'cchc_ratings.id',
    'cchc_ratings.item_kind',
    'cchc_ratings.item_id',
    'cchc_ratings.day',
    'cchc_ratings.score',
    'cchc_ratings.comment',
    'cchc_ratings.updated_at',
    'cchc_ratings.created_at',
    'cchc_visitor_marks.id',
    'cchc_visitor_marks.action',
    'cchc_visitor_marks.item_kind',
    'cchc_visitor_marks.item_id',
    'cchc_visitor_marks.day',
    'cchc_visitor_marks.visitor',
    'cchc_visitor_marks.updated_at',
    'cchc_visitor_marks.created_at',
  ])
  for (const table of tables) {
    const { rows } = await pool().query(`select count(*)::integer as n from "${table}"`)
    expect(rows[0]!.n, table).toBeGreaterThan(0)
  }
  // Every stored value of every column of every table of the database (rate limits and audit log included).
  const { rows: everyTable } = await pool().query(`select tablename from pg_tables where schemaname = current_schema()`)
  const stored: string[] = []
  for (const { tablename } of everyTable) {
    const { rows } = await pool().query(`select * from "${tablename}"`)
    stored.push(JSON.stringify(rows))
  }
  const all = stored.join('\n')
  for (let n = 0; n < 200; n++) expect(all.includes(addressOf(n)), addressOf(n)).toBe(false)
  expect(all).not.toContain('Mozilla')
  expect(all).not.toContain('Android')
  const { rows: marks } = await pool().query('select visitor from cchc_visitor_marks')
  expect(marks.every((mark) => /^[0-9a-f]{64}$/.test(mark.visitor))).toBe(true)
})

it('forgets past days’ visitor marks (the hourly purge) and keeps the daily figures', async () => {
  const options = resolveOptions()
  const old = await countView(app.payload, options, { kind: 'post', id: Number(published.id), day: '2026-08-15', visitor: 'f'.repeat(64) })
  expect(old).toMatchObject({ found: true, counted: true })
  const req = await createLocalReq({}, app.payload)
  const purged = await purgeExpiredRecords(req, resolveOptions(), new Date('2026-08-17T12:00:00+07:00'))
  expect(purged.visitorMarks).toBe(1)
  const { rows } = await pool().query(`select count(*)::integer as n from cchc_visitor_marks where day = '2026-08-15'`)
  expect(rows[0]!.n).toBe(0)
  const { rows: days } = await pool().query(`select item_kind, views from cchc_interest_days where day = '2026-08-15' order by item_kind`)
  // The post's views stay; the day's distinct visitors move from the marks to the section's row.
  expect(days.map((row) => [row.item_kind, Number(row.views)])).toEqual([
    ['post', 1],
    ['site', 1],
  ])
})
