/**
 * Interest statistics for editors and the coordinator, and the units' reports' views: summed from
 * the daily figures the view and rating endpoints keep, over a date range.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderToStaticMarkup } from 'react-dom/server'

import { InterestPanel } from '../src/components/InterestPanel.tsx'
import { resolveOptions } from '../src/options.ts'
import { countView, recordRating } from '../src/services/interest.ts'
import { makeActor, makeActors, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { i18nIn } from './helpers/languages.ts'
import { postInState, topicId } from './helpers/posts.ts'

let app: TestApp
let actors: Awaited<ReturnType<typeof makeActors>>
let mttq: number | string
let kinhTe: number | string
const options = resolveOptions()
const posts: Record<string, Record<string, any>> = {}

/** `n` distinct visitors view a post on `day`, through the service the view endpoint uses. */
const views = async (post: Record<string, any>, day: string, n: number) => {
  for (let i = 0; i < n; i++) {
    const result = await countView(app.payload, options, { kind: 'post', id: Number(post.id), day, visitor: `${day}-${i}-`.padEnd(64, '0') })
    expect(result.counted).toBe(true)
  }
}

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  mttq = await unitIdByCode(app, 'mttq')
  kinhTe = await unitIdByCode(app, 'kinh-te')
  // Published before Q3; viewed before, during and after it.
  posts.old = await postInState(app, mttq, 'published', { topics: [await topicId(app)] })
  posts.video = await postInState(app, mttq, 'published')
  // A video needs its file or link and a transcript to publish; the format alone matters here.
  await app.payload.db.updateOne({ collection: 'cchc-posts', id: posts.video.id, data: { format: 'video' } })
  posts.other = await postInState(app, kinhTe, 'published')
  await views(posts.old, '2026-06-30', 4) // Q2
  await views(posts.old, '2026-07-01', 3) // first day of Q3
  await views(posts.old, '2026-09-30', 2) // last day of Q3
  await views(posts.old, '2026-10-01', 9) // Q4
  await views(posts.video, '2026-08-15', 5)
  await views(posts.other, '2026-08-15', 11) // another unit
  await recordRating(app.payload, options, { kind: 'post', id: Number(posts.old.id), day: '2026-08-15', visitor: 'r1'.padEnd(64, '0'), score: 5, comment: null })
  await recordRating(app.payload, options, { kind: 'post', id: Number(posts.old.id), day: '2026-08-15', visitor: 'r2'.padEnd(64, '0'), score: 2, comment: 'Khó hiểu' })
})
afterAll(() => app?.close())

describe('a unit’s report of Q3 2026', () => {
  it('shows the views its posts had in Q3, and only those', async () => {
    const reply = await app.rest('POST', '/cchc-reports', { token: actors.contributor.token, body: { periodKind: 'quarter', year: 2026, periodNumber: 3 } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const stored = await app.payload.findByID({ collection: 'cchc-reports', id: reply.body.doc.id, depth: 0 })
    expect((stored as Record<string, any>).figures.views).toBe(3 + 2 + 5)
  })
})

describe('GET /api/cchc/interest', () => {
  const url = (query: string) => `/cchc/interest?from=2026-07-01&to=2026-09-30&${query}`

  it('is for editors, the coordinator and administrators', async () => {
    expect((await app.rest('GET', url('groupBy=day'))).status).toBe(401)
    const contributor = await app.rest('GET', url('groupBy=day'), { token: actors.contributor.token })
    expect(contributor.status).toBe(403)
    expect(contributor.body.errors[0].message).toMatch(/Chỉ biên tập viên/)
    for (const actor of [actors.editor, actors.coordinator, actors.administrator]) {
      expect((await app.rest('GET', url('groupBy=day'), { token: actor.token })).status, actor.role).toBe(200)
    }
  })

  it('groups views, ratings and feedback by day, post, topic, unit and format', async () => {
    const get = async (groupBy: string) => (await app.rest('GET', url(`groupBy=${groupBy}`), { token: actors.editor.token })).body
    const byDay = await get('day')
    expect(byDay.rows.map((row: any) => [row.key, row.views])).toEqual([
      ['2026-07-01', 3],
      ['2026-08-15', 16],
      ['2026-09-30', 2],
    ])
    expect(byDay.totals).toMatchObject({ views: 21, ratings: 2, ratingMean: 3.5, feedback: 0 })
    // On 15 August the same eleven simulated visitors viewed two posts: 16 views, 11 visitors.
    expect(byDay.rows.map((row: any) => [row.key, row.visitors])).toEqual([
      ['2026-07-01', 3],
      ['2026-08-15', 11],
      ['2026-09-30', 2],
    ])
    expect(byDay.totals.visitors).toBe(16)
    const byPost = await get('post')
    expect(byPost.rows.map((row: any) => [row.key, row.views])).toEqual([
      [String(posts.other.id), 11],
      [String(posts.old.id), 5],
      [String(posts.video.id), 5],
    ])
    expect(byPost.rows[1]).toMatchObject({ label: posts.old.title, ratings: 2, ratingMean: 3.5 })
    const byUnit = await get('unit')
    expect(byUnit.rows.map((row: any) => [row.key, row.views])).toEqual([
      ['kinh-te', 11],
      ['mttq', 10],
    ])
    const byFormat = await get('format')
    expect(Object.fromEntries(byFormat.rows.map((row: any) => [row.key, row.views]))).toEqual({ article: 16, video: 5 })
    const byTopic = await get('topic')
    expect(byTopic.rows.find((row: any) => row.key === 'chuyen-doi-so')?.views).toBeGreaterThanOrEqual(5)
    const procedure = await app.payload.create({
      collection: 'procedures' as 'units',
      data: { code: '1.009301', name: 'Chứng thực bản sao', sector: 'Chứng thực', unit: kinhTe, _status: 'published' } as never,
    })
    await countView(app.payload, options, { kind: 'procedure', id: Number(procedure.id), day: '2026-08-20', visitor: 'p'.repeat(64) })
    expect((await get('procedure')).rows).toEqual([expect.objectContaining({ key: String(procedure.id), label: '1.009301 Chứng thực bản sao', views: 1 })])
    const top = await app.rest('GET', url('groupBy=post&limit=1'), { token: actors.editor.token })
    expect(top.body.rows).toHaveLength(1)
  })

  it('counts feedback by day and by the unit it was routed to', async () => {
    const sent = await app.rest('POST', '/cchc-feedback', {
      body: { category: 'feedback', subject: 'Đèn đường hỏng', content: 'Đèn đường thôn Đông hỏng ba ngày.', contactPhone: '0912000111' },
      headers: { 'X-Forwarded-For': '198.51.100.200' },
    })
    expect(sent.status).toBe(201)
    await app.rest('PATCH', `/cchc-feedback/${sent.body.doc.id}`, { token: actors.editor.token, body: { state: 'routed', unit: kinhTe } })
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
    const byUnit = await app.rest('GET', `/cchc/interest?from=${today}&to=${today}&groupBy=unit`, { token: actors.editor.token })
    expect(byUnit.body.totals.feedback).toBe(1)
    const byDay = await app.rest('GET', `/cchc/interest?from=${today}&to=${today}&groupBy=day`, { token: actors.editor.token })
    expect(byDay.body.rows).toEqual([expect.objectContaining({ key: today, feedback: 1 })])
  })

  it('gives a CSV that Excel opens, and refuses a bad range naming the parameter', async () => {
    const csv = await app.rest('GET', url('groupBy=unit&format=csv'), { token: actors.coordinator.token })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(String(csv.body)).toContain('"mttq"')
    for (const [query, path] of [
      ['from=2026-09-30&to=2026-07-01', 'from'],
      ['from=2026-07-01&to=2026-13-01', 'to'],
      ['from=2026-07-01&to=2026-09-30&groupBy=visitor', 'groupBy'],
      ['to=2026-09-30', 'from'],
    ]) {
      const reply = await app.rest('GET', `/cchc/interest?${query}`, { token: actors.editor.token })
      expect(reply.status, query).toBe(400)
      expect(reply.body.errors[0].data.errors[0].path, query).toBe(path)
    }
  })
})

it('a contributor of another unit is refused the statistics', async () => {
  const other = await makeActor(app, 'contributor', { unit: 'kinh-te' })
  expect((await app.rest('GET', '/cchc/interest?from=2026-07-01&to=2026-09-30', { token: other.token })).status).toBe(403)
})

describe('the dashboard panel', () => {
  const render = async (user: Record<string, any> | undefined) => {
    const { i18n } = await i18nIn('vi')
    const element = await InterestPanel({ i18n, options, payload: app.payload, user } as never)
    return element ? renderToStaticMarkup(element) : null
  }

  it('draws the last 30 days’ views as an SVG on the server for editors and the coordinator, and nothing for others', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
    await views(posts.video, today, 3)
    const html = (await render(actors.editor.user))!
    expect(html).toContain('<svg')
    expect(html).toContain('Mức độ quan tâm của người dân, 30 ngày qua')
    expect(html.match(/<rect /g)).toHaveLength(30)
    expect(html).toContain(`${today.slice(8, 10)}/${today.slice(5, 7)}: 3`)
    expect(html).toContain(posts.video.title)
    expect(await render(actors.coordinator.user)).toContain('<svg')
    expect(await render(actors.contributor.user)).toBeNull()
    expect(await render(undefined)).toBeNull()
  })
})
