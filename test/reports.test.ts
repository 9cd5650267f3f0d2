/**
 * Each unit's periodic report: the rights table (own unit, other unit, coordinator, editor,
 * administrator, anonymous) through REST, GraphQL and the Local API with overrideAccess: false;
 * figures pre-filled from the unit's data; the late flag; the coordinator's overview and its CSV;
 * the overdue job. Times are fixed through the request context, never the real clock.
 */
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { actingAt } from '../src/requestContext.ts'
import { type Actor, makeOwnerAndOthers, unitIdByCode } from './helpers/actors.ts'
import { overviewCsv } from '../src/services/reportsOverview.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { makeImage, postInState } from './helpers/posts.ts'
import { allPaths, type Path } from './helpers/paths.ts'
import { vietnameseLetters } from './helpers/languages.ts'

type Who = 'anonymous' | 'owner' | 'otherContributor' | 'coordinator' | 'editor' | 'administrator'
const everyone: Who[] = ['anonymous', 'owner', 'otherContributor', 'coordinator', 'editor', 'administrator']

let app: TestApp
let actors: Record<Who, Actor>
let paths: Path[]
let ownerUnit: number | string

beforeAll(async () => {
  app = await bootApp()
  actors = await makeOwnerAndOthers(app)
  ownerUnit = actors.owner.unitId!
  paths = allPaths(app, { 'cchc-reports': 'id reportState periodKey unit { id }' })
})
afterAll(() => app?.close())

const report = (id: number | string) =>
  app.payload.findByID({ collection: 'cchc-reports', id, depth: 0, disableErrors: true }) as Promise<Record<string, any> | null>

let serial = 0
/** A report of the owner's unit for a month of its own, walked by the system to `state`. */
const reportIn = async (state: string, unit: number | string = ownerUnit) => {
  serial++
  const period = { periodKind: 'month', year: 2000 + Math.floor(serial / 12), periodNumber: (serial % 12) + 1 }
  let doc = await app.payload.create({ collection: 'cchc-reports', data: { unit, ...period } as never })
  const steps: Record<string, Record<string, unknown>[]> = {
    draft: [],
    submitted: [{ reportState: 'submitted' }],
    accepted: [{ reportState: 'submitted' }, { reportState: 'accepted' }],
    returned: [{ reportState: 'submitted' }, { reportState: 'returned', returnReason: 'Bổ sung số liệu.' }],
  }
  for (const step of steps[state]!) doc = await app.payload.update({ collection: 'cchc-reports', id: doc.id, data: step as never })
  return doc as Record<string, any>
}

type Case = { from: string; data: Record<string, unknown>; allowed: Who[]; landed: (doc: Record<string, any>) => boolean }
const table: Record<string, Case> = {
  'edit a draft': { from: 'draft', data: { figures: { articlesOverride: 7 } }, allowed: ['owner', 'administrator'], landed: (d) => d.figures?.articlesOverride === 7 },
  'edit a returned report': { from: 'returned', data: { figures: { articlesOverride: 7 } }, allowed: ['owner', 'administrator'], landed: (d) => d.figures?.articlesOverride === 7 },
  'submit': { from: 'draft', data: { reportState: 'submitted' }, allowed: ['owner', 'administrator'], landed: (d) => d.reportState === 'submitted' && Boolean(d.submittedAt) },
  'resubmit': { from: 'returned', data: { reportState: 'submitted' }, allowed: ['owner', 'administrator'], landed: (d) => d.reportState === 'submitted' },
  'edit a submitted report': { from: 'submitted', data: { figures: { articlesOverride: 7 } }, allowed: [], landed: (d) => d.figures?.articlesOverride === 7 },
  'accept': { from: 'submitted', data: { reportState: 'accepted' }, allowed: ['coordinator', 'administrator'], landed: (d) => d.reportState === 'accepted' },
  'return with a reason': {
    from: 'submitted',
    data: { reportState: 'returned', returnReason: 'Thiếu phần mô hình điển hình.' },
    allowed: ['coordinator', 'administrator'],
    landed: (d) => d.reportState === 'returned' && d.returnReason === 'Thiếu phần mô hình điển hình.',
  },
  'change the due date': {
    from: 'draft',
    data: { dueDate: '2099-01-20T10:00:00.000Z' },
    allowed: ['coordinator', 'administrator'],
    // Kept as a whole local day: 00:00 in Vietnam.
    landed: (d) => d.dueDate === '2099-01-19T17:00:00.000Z',
  },
}

describe.each(['rest', 'graphql', 'local'] as const)('rights through %s', (name) => {
  const path = () => paths.find((p) => p.name === name)!

  describe.each(Object.entries(table))('%s', (_action, { from, data, allowed, landed }) => {
    it.each(everyone)('as %s', async (who) => {
      const doc = await reportIn(from)
      const outcome = await path().update('cchc-reports', actors[who], doc.id, data)
      const after = (await report(doc.id))!
      if (allowed.includes(who)) {
        expect(outcome.ok, outcome.error).toBe(true)
        expect(landed(after)).toBe(true)
      } else {
        expect(landed(after)).toBe(false)
        expect(after.reportState).toBe(from)
      }
    })
  })

  it.each(everyone)('read as %s: own unit, or every unit for the coordinator, editors and administrators; the public none', async (who) => {
    const own = await reportIn('submitted')
    const other = await reportIn('draft', await unitIdByCode(app, 'vp-hdnd-ubnd'))
    const outcome = await path().find('cchc-reports', actors[who], { id: { greater_than_equal: own.id } })
    const ids = (outcome.docs ?? []).map((d) => Number(d.id)).filter((id) => id === own.id || id === other.id).sort()
    if (who !== 'anonymous') expect(outcome.ok, outcome.error).toBe(true)
    const expected: Record<Who, number[]> = {
      anonymous: [],
      owner: [own.id],
      otherContributor: [],
      coordinator: [own.id, other.id],
      editor: [own.id, other.id],
      administrator: [own.id, other.id],
    }
    expect(ids).toEqual(expected[who].sort())
    if (who === 'anonymous') expect(outcome.ok).toBe(false)
  })

  it.each(everyone)('create as %s: signed-in members, for their own unit only', async (who) => {
    serial++
    const data = { periodKind: 'month', year: 2000 + Math.floor(serial / 12), periodNumber: (serial % 12) + 1, unit: ownerUnit }
    const outcome = await path().create('cchc-reports', actors[who], data)
    expect(outcome.ok, outcome.error).toBe(who !== 'anonymous')
    const stored = await app.payload.find({ collection: 'cchc-reports', where: { periodKey: { equals: `${data.year}-M${String(data.periodNumber).padStart(2, '0')}` } }, depth: 0 })
    if (who === 'anonymous') return expect(stored.totalDocs).toBe(0)
    const unit = stored.docs[0]!.unit
    // Contributors and editors always report for themselves; the coordinator and administrators may name the unit.
    const expectedUnit = ['coordinator', 'administrator'].includes(who) ? ownerUnit : (actors[who].unitId ?? ownerUnit)
    expect(unit).toBe(expectedUnit)
    expect(stored.docs[0]!.reportState).toBe('draft')
  })

  it('delete: the unit its own draft; nobody but an administrator a submitted report', async () => {
    const draft = await reportIn('draft')
    expect((await path().remove('cchc-reports', actors.otherContributor, draft.id)).ok).toBe(false)
    expect((await path().remove('cchc-reports', actors.owner, draft.id)).ok).toBe(true)
    expect(await report(draft.id)).toBeNull()
    const sent = await reportIn('submitted')
    expect((await path().remove('cchc-reports', actors.owner, sent.id)).ok).toBe(false)
    expect((await path().remove('cchc-reports', actors.coordinator, sent.id)).ok).toBe(false)
    expect(await report(sent.id)).not.toBeNull()
  })
})

describe('rules of the way', () => {
  it('returning needs a reason: a 400 naming the field, and the report stays submitted', async () => {
    const doc = await reportIn('submitted')
    const returning = (language: string) =>
      app.rest('PATCH', `/cchc-reports/${doc.id}`, { token: actors.coordinator.token, body: { reportState: 'returned' }, headers: { 'Accept-Language': language } })
    const reply = await returning('vi')
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toBe('returnReason')
    expect(reply.body.errors[0].data.errors[0].message).toBe('Cần ghi lý do khi trả lại báo cáo.')
    expect((await returning('en')).body.errors[0].data.errors[0].message).toBe('A reason is required to return a report.')
    expect((await report(doc.id))!.reportState).toBe('submitted')
  })

  it('a unit cannot accept its own report: 403 with the reason', async () => {
    const doc = await reportIn('draft')
    const reply = await app.rest('PATCH', `/cchc-reports/${doc.id}`, { token: actors.owner.token, body: { reportState: 'accepted' } })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0]).toMatchObject({ path: 'reportState' })
    expect((await report(doc.id))!.reportState).toBe('draft')
  })

  it('the server sets submitted-at and the late flag, whatever the request says', async () => {
    const doc = await reportIn('draft')
    const reply = await app.rest('PATCH', `/cchc-reports/${doc.id}`, {
      token: actors.owner.token,
      body: { submittedAt: '2000-01-01T00:00:00.000Z', late: false, overdue: false, figures: { articles: 999 } },
    })
    expect(reply.status).toBe(200)
    const stored = (await report(doc.id))!
    expect(stored.submittedAt).toBeNull()
    expect(stored.figures.articles).toBe(0)
    // Its month is long past: overdue while still a draft.
    expect(stored.overdue).toBe(true)
  })

  it('one report per unit and period', async () => {
    const data = { periodKind: 'quarter', year: 2031, periodNumber: 2 }
    expect((await app.rest('POST', '/cchc-reports', { token: actors.owner.token, body: data })).status).toBe(201)
    const again = await app.rest('POST', '/cchc-reports', { token: actors.owner.token, body: data, headers: { 'Accept-Language': 'en' } })
    expect(again.status).toBe(400)
    expect(again.body.errors[0].data.errors[0].message).toContain('already has a report for this period')
    expect((await app.rest('POST', '/cchc-reports', { token: actors.otherContributor.token, body: data })).status).toBe(201)
  })

  it('period dates come from the rule; the unit cannot move its due date', async () => {
    const reply = await app.rest('POST', '/cchc-reports', {
      token: actors.owner.token,
      body: { periodKind: 'half_year', year: 2032, periodNumber: 1, dueDate: '2032-12-31T00:00:00.000Z', periodStart: '2032-05-01T00:00:00.000Z' },
    })
    expect(reply.status).toBe(201)
    expect(reply.body.doc).toMatchObject({
      periodStart: '2031-12-31T17:00:00.000Z',
      periodEnd: '2032-06-30T16:59:59.999Z',
      dueDate: '2032-06-04T17:00:00.000Z',
      periodKey: '2032-H1',
    })
  })

  it('attachments must be internal files: a public one is a 400 naming the field', async () => {
    const publicFile = await makeImage(app, 'Ảnh công khai', ownerUnit)
    const internalFile = await app.payload.update({ collection: 'cchc-media', id: (await makeImage(app, 'Biên bản', ownerUnit)).id, data: { internal: true } as never })
    const doc = await reportIn('draft')
    const refused = await app.rest('PATCH', `/cchc-reports/${doc.id}`, { token: actors.owner.token, body: { attachments: [internalFile.id, publicFile.id] } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0]).toMatchObject({ path: 'attachments' })
    expect(refused.body.errors[0].data.errors[0].message).toContain(`${publicFile.id}`)
    expect((await report(doc.id))!.attachments ?? []).toEqual([])
    const accepted = await app.rest('PATCH', `/cchc-reports/${doc.id}`, { token: actors.owner.token, body: { attachments: [internalFile.id] } })
    expect(accepted.status).toBe(200)
    expect((await report(doc.id))!.attachments).toEqual([internalFile.id])
  })
})

describe('late or on time, by Vietnam time', () => {
  it('submitted at 23:59 on 4 March is on time; at 00:00 on 5 March, late', async () => {
    const make = async (code: string) =>
      app.payload.create({ collection: 'cchc-reports', data: { unit: await unitIdByCode(app, code), periodKind: 'quarter', year: 2026, periodNumber: 1 } as never })
    const onTime = await make('mttq')
    const late = await make('kinh-te')
    const submit = (id: number | string, at: string) =>
      app.payload.update({ collection: 'cchc-reports', id, data: { reportState: 'submitted' } as never, context: actingAt(new Date(at)) })
    await submit(onTime.id, '2026-03-04T16:59:00Z')
    await submit(late.id, '2026-03-04T17:00:00Z')
    expect(await report(onTime.id)).toMatchObject({ dueDate: '2026-03-04T17:00:00.000Z', submittedAt: '2026-03-04T16:59:00.000Z', late: false })
    expect(await report(late.id)).toMatchObject({ submittedAt: '2026-03-04T17:00:00.000Z', late: true })
  })
})

/** `views` views of a post on a day, as the view endpoint's daily figures hold them. */
const viewsOn = async (post: number | string, day: string, views: number) => {
  const pool = (app.payload.db as unknown as { pool: { query: (sql: string, values: unknown[]) => Promise<unknown> } }).pool
  await pool.query(
    `insert into cchc_interest_days (item_kind, item_id, day, views, ratings, rating_total, score1, score2, score3, score4, score5, updated_at, created_at)
     values ('post', $1, $2, $3, 0, 0, 0, 0, 0, 0, 0, now(), now())`,
    [post, day, views],
  )
}

describe('figures pre-filled from the unit’s data', () => {
  let reportId: number | string
  const inQ1 = '2030-02-10T03:00:00.000Z'

  beforeAll(async () => {
    // Views are the interest statistics' daily figures of the unit's posts in the period, whenever the posts were published.
    const published = async (unit: number | string, format: string, publishedAt: string, views: number, viewedOn = '2030-02-15') => {
      // Published as an article, then given its format directly (a photo story needs a gallery to publish).
      const post = await postInState(app, unit, 'published')
      await app.payload.db.updateOne({ collection: 'cchc-posts', id: post.id, data: { format, publishedAt } })
      await viewsOn(post.id, viewedOn, views)
      return post
    }
    await published(ownerUnit, 'article', inQ1, 10)
    await published(ownerUnit, 'article', '2030-03-31T16:00:00.000Z', 5, '2030-03-31') // 23:00 on 31 March in Vietnam: still Q1
    await published(ownerUnit, 'photo', inQ1, 7)
    await published(ownerUnit, 'article', '2030-03-31T17:00:00.000Z', 100, '2030-04-01') // 1 April in Vietnam: Q2, viewed in Q2
    await published(await unitIdByCode(app, 'kinh-te'), 'article', inQ1, 100) // another unit
    // Published before the period: not counted as a post of the period, but its views in the period are.
    const older = await published(ownerUnit, 'article', '2029-11-10T03:00:00.000Z', 50, '2029-12-31')
    await viewsOn(older.id, '2030-01-01', 3)
    await postInState(app, ownerUnit, 'in_review') // not published
    // Announcement decisions the unit posted: one in Q1, one after it, one by another unit.
    const decision = async (unit: number | string, publishedAt: string) => {
      const doc = await app.payload.create({
        collection: 'procedure-announcements' as never,
        data: { number: '12/QĐ-UBND', issuer: 'UBND', signedAt: inQ1, effectiveDate: inQ1, summary: 'Công bố', unit, _status: 'published' } as never,
      })
      await app.payload.db.updateOne({ collection: 'procedure-announcements', id: doc.id, data: { publishedAt } })
    }
    await decision(ownerUnit, inQ1)
    await decision(ownerUnit, '2030-03-31T17:00:00.000Z')
    await decision(await unitIdByCode(app, 'kinh-te'), inQ1)

    const reply = await app.rest('POST', '/cchc-reports', {
      token: actors.owner.token,
      body: { periodKind: 'quarter', year: 2030, periodNumber: 1, figures: { articles: 50, articlesOverride: 3 } },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    reportId = reply.body.doc.id
  })

  it('counts the unit’s posts published in the period, by format, and their views, beside the unit’s own figure', async () => {
    const { figures } = (await report(reportId))!
    expect(figures).toMatchObject({ articles: 2, photoStories: 1, videos: 0, audios: 0, postsTotal: 3, views: 25, radioItems: 0, radioMinutes: 0, articlesOverride: 3 })
    expect(figures.announcements).toBe(1)
  })

  it('follows new posts until submitted, then stays as sent', async () => {
    const post = await postInState(app, ownerUnit, 'published')
    await app.payload.db.updateOne({ collection: 'cchc-posts', id: post.id, data: { format: 'video', publishedAt: inQ1 } })
    await viewsOn(post.id, '2030-03-01', 1)
    await app.rest('PATCH', `/cchc-reports/${reportId}`, { token: actors.owner.token, body: { reportState: 'submitted' } })
    expect((await report(reportId))!.figures).toMatchObject({ videos: 1, postsTotal: 4, views: 26 })

    const another = await postInState(app, ownerUnit, 'published')
    await app.payload.db.updateOne({ collection: 'cchc-posts', id: another.id, data: { format: 'video', publishedAt: inQ1 } })
    const accepted = await app.rest('PATCH', `/cchc-reports/${reportId}`, { token: actors.coordinator.token, body: { reportState: 'accepted' } })
    expect(accepted.status).toBe(200)
    expect(await report(reportId)).toMatchObject({ reportState: 'accepted', figures: { videos: 1, postsTotal: 4 } })
  })
})

describe('the coordinator’s overview: GET /api/cchc-reports/overview', () => {
  const url = '/cchc-reports/overview?year=2020&periodKind=quarter&periodNumber=1'

  beforeAll(async () => {
    const make = async (code: string, state: string, submittedAt?: string) => {
      const doc = await app.payload.create({
        collection: 'cchc-reports',
        data: { unit: await unitIdByCode(app, code), periodKind: 'quarter', year: 2020, periodNumber: 1 } as never,
      })
      if (state !== 'draft') {
        await app.payload.update({ collection: 'cchc-reports', id: doc.id, data: { reportState: 'submitted' } as never, context: actingAt(new Date(submittedAt!)) })
      }
      if (state === 'accepted') await app.payload.update({ collection: 'cchc-reports', id: doc.id, data: { reportState: 'accepted' } as never })
    }
    await make('mttq', 'accepted', '2020-03-04T16:59:00Z') // on time
    await make('kinh-te', 'submitted', '2020-03-04T17:00:00Z') // late
    await make('vhxh', 'draft') // still a draft, overdue
  })

  it('every active unit: state, submitted-at, on time, late, overdue, or missing', async () => {
    const reply = await app.rest('GET', url, { token: actors.coordinator.token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.period).toMatchObject({ key: '2020-Q1', label: 'Quý 1/2020', dueDate: '2020-03-04T17:00:00.000Z' })
    const byCode = Object.fromEntries(reply.body.units.map((row: { unit: { code: string } }) => [row.unit.code, row]))
    expect(Object.keys(byCode).sort()).toEqual(['kinh-te', 'mttq', 'ttdvsnc', 'ttpvhcc', 'vhxh', 'vp-hdnd-ubnd'])
    expect(byCode.mttq).toMatchObject({ state: 'accepted', submittedAt: '2020-03-04T16:59:00.000Z', timeliness: 'on_time' })
    expect(byCode['kinh-te']).toMatchObject({ state: 'submitted', timeliness: 'late' })
    expect(byCode.vhxh).toMatchObject({ state: 'draft', submittedAt: null, timeliness: 'overdue' })
    expect(byCode.ttpvhcc).toMatchObject({ state: 'missing', reportId: null, timeliness: 'missing_overdue' })
  })

  it('a period not yet due shows missing reports as not yet due', async () => {
    const reply = await app.rest('GET', '/cchc-reports/overview?year=2099&periodKind=year', { token: actors.editor.token })
    expect(reply.status).toBe(200)
    expect(new Set(reply.body.units.map((row: { timeliness: string }) => row.timeliness))).toEqual(new Set(['missing_not_yet_due']))
    expect(reply.body.period.dueDate).toBe('2099-12-04T17:00:00.000Z')
  })

  it('leaves out inactive units', async () => {
    const unit = await app.payload.create({
      collection: 'units',
      data: { code: 'tam-nghi', name: 'Đơn vị tạm nghỉ', shortName: 'TN', kind: 'office', accessLevel: 'contributor', active: false } as never,
    })
    const reply = await app.rest('GET', url, { token: actors.administrator.token })
    expect(reply.body.units.map((row: { unit: { code: string } }) => row.unit.code)).not.toContain('tam-nghi')
    await app.payload.delete({ collection: 'units', id: unit.id })
  })

  it('as CSV that Excel opens with its Vietnamese intact', async () => {
    // Read as bytes: a text decoder would swallow the byte-order mark.
    const request = new Request(`http://localhost:3000/api${url}&format=csv`, { headers: { Authorization: `JWT ${actors.coordinator.token}` } })
    const reply = await handleEndpoints({ config: app.config, request })
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toContain('text/csv')
    expect(reply.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-cchc-2020-Q1.csv"')
    const bytes = new Uint8Array(await reply.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(lines[0]).toBe('"Mã đơn vị","Đơn vị","Kỳ","Trạng thái","Hạn nộp","Gửi lúc","Tình hình nộp"')
    expect(lines).toHaveLength(7)
    expect(lines.find((line) => line.startsWith('"mttq"'))).toBe(
      '"mttq","Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã","Quý 1/2020","Đã tiếp nhận","05/03/2020 00:00","04/03/2020 23:59","Đúng hạn"',
    )
    expect(lines.find((line) => line.startsWith('"ttpvhcc"'))).toContain('"Chưa có báo cáo, quá hạn"')
  })

  it('keeps a unit name a spreadsheet would take for a formula as text', () => {
    const row = { unit: { id: 1, code: 'x', name: '=HYPERLINK("http://evil.example")' }, reportId: null, state: 'missing', dueDate: '2020-03-04T17:00:00.000Z', submittedAt: null, timeliness: 'missing_overdue' as const }
    const csv = overviewCsv({ period: { key: '2020-Q1', label: 'Quý 1/2020', kind: 'quarter', year: 2020, periodNumber: 1, dueDate: row.dueDate }, units: [row] }, 'Asia/Ho_Chi_Minh')
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`)
  })

  it.each([
    ['anonymous', 401],
    ['owner', 403],
    ['otherContributor', 403],
    ['coordinator', 200],
    ['editor', 200],
    ['administrator', 200],
  ] as const)('as %s: %i', async (who, status) => {
    const reply = await app.rest('GET', url, { token: actors[who].token })
    expect(reply.status).toBe(status)
    if (status !== 200) expect(reply.body.errors[0].message).toMatch(vietnameseLetters)
  })

  it.each([
    ['year=2020&periodKind=quarter', 'periodNumber'],
    ['year=2020&periodKind=quarter&periodNumber=5', 'periodNumber'],
    ['year=20&periodKind=quarter&periodNumber=1', 'year'],
    ['year=2020&periodKind=week', 'periodKind'],
  ])('refuses ?%s with a 400 naming `%s`', async (query, field) => {
    const reply = await app.rest('GET', `/cchc-reports/overview?${query}`, { token: actors.coordinator.token })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toBe(field)
  })
})

describe('the overdue job', () => {
  it('marks drafts and returned reports past their due date, once, leaving the rest', async () => {
    const make = async (code: string, periodNumber: number) =>
      app.payload.create({
        collection: 'cchc-reports',
        data: { unit: await unitIdByCode(app, code), periodKind: 'quarter', year: 2098, periodNumber } as never,
      })
    const pastDue = await make('mttq', 1) // due 5 March 2098
    const returned = await make('kinh-te', 1)
    await app.payload.update({ collection: 'cchc-reports', id: returned.id, data: { reportState: 'submitted' } as never, context: actingAt(new Date('2098-03-01T00:00:00Z')) })
    await app.payload.update({ collection: 'cchc-reports', id: returned.id, data: { reportState: 'returned', returnReason: 'Thiếu số liệu.' } as never })
    const submitted = await make('vhxh', 1)
    await app.payload.update({ collection: 'cchc-reports', id: submitted.id, data: { reportState: 'submitted' } as never, context: actingAt(new Date('2098-03-01T00:00:00Z')) })
    const notYetDue = await make('mttq', 2) // due 5 June 2098
    for (const doc of [pastDue, returned, submitted, notYetDue]) expect((await report(doc.id))!.overdue).toBe(false)

    const run = async (now: string) => {
      const job = (await app.payload.jobs.queue({ task: 'cchcMarkOverdueReports' as never, input: { now } as never })) as { id: number }
      await app.payload.jobs.runByID({ id: job.id })
      // A finished job is deleted; one that failed stays.
      expect(await app.payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).toEqual({ totalDocs: 0 })
    }
    // 23:59 on 4 March in Vietnam: nothing is due yet.
    await run('2098-03-04T16:59:00Z')
    expect((await report(pastDue.id))!.overdue).toBe(false)
    await run('2098-03-04T17:00:00Z')
    expect((await report(pastDue.id))!.overdue).toBe(true)
    expect((await report(returned.id))!.overdue).toBe(true)
    expect((await report(submitted.id))!.overdue).toBe(false)
    expect((await report(notYetDue.id))!.overdue).toBe(false)

    const updatedAt = (await report(pastDue.id))!.updatedAt
    await run('2098-03-06T00:00:00Z')
    expect((await report(pastDue.id))!.updatedAt).toBe(updatedAt)
    expect((await report(notYetDue.id))!.overdue).toBe(false)
  })
})
