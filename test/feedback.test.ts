/**
 * Citizens' feedback with a tracking code: sent by anyone, followed by its code, routed to a
 * unit, answered by it, published by an editor; the citizen's words and contact details readable
 * only by the assigned unit's staff, editors and administrators, through REST, GraphQL and the
 * Local API; a rate limit that holds across two app instances on one database.
 */
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { feedbackUpkeep } from '../src/jobs/feedbackUpkeep.ts'
import { resolveOptions } from '../src/options.ts'
import { type Actor, makeActor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { vietnameseLetters } from './helpers/languages.ts'
import { allPaths } from './helpers/paths.ts'
import { rowCounts } from './helpers/rowCounts.ts'
import { createLocalReq } from 'payload'

let app: TestApp
let actors: Awaited<ReturnType<typeof makeActors>>
let sameUnit: Actor
let otherUnit: Actor
let clientNumber = 0
/** Each submission from its own address, so that the rate limit stays out of the way unless tested. */
const freshClient = () => ({ 'X-Forwarded-For': `198.51.100.${++clientNumber}`, 'User-Agent': 'Mozilla/5.0 Firefox/130.0' })

const citizen = {
  category: 'question',
  subject: 'Hỏi về thủ tục đăng ký khai sinh',
  content: 'Con tôi sinh ở bệnh viện tỉnh, tôi đăng ký khai sinh ở xã được không? Nguyễn Văn Bình, thôn Đông.',
  contactName: 'Nguyễn Văn Bình',
  contactPhone: '0912345678',
  contactEmail: 'binh.nguyen@example.vn',
}
const personal = ['subject', 'content', 'contactName', 'contactPhone', 'contactEmail']
const graphqlFields = 'id trackingCode state answer publicQuestion subject content contactName contactPhone contactEmail'

const send = (body: unknown, headers: Record<string, string> = freshClient()) => app.rest('POST', '/cchc-feedback', { body, headers })

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  sameUnit = actors.contributor // MTTQ
  otherUnit = await makeActor(app, 'contributor', { unit: 'kinh-te' })
})
afterAll(() => app?.close())

const leaksNothingPersonal = (value: unknown) => {
  const text = JSON.stringify(value)
  for (const secret of ['Nguyễn Văn Bình', '0912345678', 'binh.nguyen', 'bệnh viện tỉnh']) expect(text).not.toContain(secret)
}

describe('a citizen’s question, end to end', () => {
  let id: number
  let code: string

  it('is sent by anyone and answered with a tracking code, showing back nothing personal', async () => {
    const reply = await send(citizen)
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    code = reply.body.doc.trackingCode
    id = reply.body.doc.id
    expect(code).toMatch(/^PA-20\d\d-\d{6}$/)
    expect(reply.body.doc.state).toBe('received')
    leaksNothingPersonal(reply.body)
    const second = await send({ ...citizen, subject: 'Câu hỏi khác' })
    expect(Number(second.body.doc.trackingCode.slice(-6))).toBe(Number(code.slice(-6)) + 1)
  })

  it('is followed anonymously with the code only: status, never its words or contact', async () => {
    const reply = await app.rest('GET', `/cchc-feedback/track/${code.toLowerCase()}`)
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ trackingCode: code, status: 'received', statusLabel: 'Đã tiếp nhận', answer: null, question: null })
    expect(reply.body.dueDate).toBeTruthy()
    leaksNothingPersonal(reply.body)
    expect((await app.rest('GET', '/cchc-feedback/track/PA-2026-999999')).status).toBe(404)
    const bad = await app.rest('GET', '/cchc-feedback/track/nonsense')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('code')
  })

  it('before routing: the public and every contributor see nothing of it, through every path', async () => {
    for (const path of allPaths(app, { 'cchc-feedback': graphqlFields })) {
      for (const actor of [actors.anonymous, sameUnit, otherUnit]) {
        const found = await path.find('cchc-feedback', actor, { id: { equals: id } })
        expect(found.docs ?? [], `${path.name} ${actor.role}`).toEqual([])
      }
      const editor = await path.find('cchc-feedback', actors.editor, { id: { equals: id } })
      expect(editor.docs?.[0]?.contactPhone, path.name).toBe('0912345678')
    }
  })

  it('is routed by an editor only', async () => {
    const refused = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: sameUnit.token, body: { state: 'routed', unit: sameUnit.unitId } })
    expect(refused.status).toBe(403)
    const unrouted = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: actors.editor.token, body: { state: 'routed' } })
    expect(unrouted.status).toBe(400)
    expect(unrouted.body.errors[0].data.errors[0].path).toBe('unit')
    const routed = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: actors.editor.token, body: { state: 'routed', unit: sameUnit.unitId } })
    expect(routed.status, JSON.stringify(routed.body)).toBe(200)
  })

  it('once routed: the unit’s staff read the contact details, another unit and the public nothing, through every path', async () => {
    for (const path of allPaths(app, { 'cchc-feedback': graphqlFields })) {
      const mine = await path.find('cchc-feedback', sameUnit, { id: { equals: id } })
      expect(mine.docs?.[0], path.name).toMatchObject({ contactPhone: '0912345678', contactEmail: 'binh.nguyen@example.vn', subject: citizen.subject })
      for (const actor of [actors.anonymous, otherUnit, actors.coordinator]) {
        const found = await path.find('cchc-feedback', actor, { id: { equals: id } })
        expect(found.docs ?? [], `${path.name} ${actor.role}`).toEqual([])
      }
    }
  })

  it('is answered by the unit; only an editor publishes it', async () => {
    const elsewhere = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: otherUnit.token, body: { answer: 'Không phải việc của tôi.' } })
    expect(elsewhere.status).toBe(403)
    const empty = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: sameUnit.token, body: { state: 'answered' } })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].data.errors[0].path).toBe('answer')
    const answer = 'Được. Theo Luật Hộ tịch, ông đăng ký khai sinh tại UBND xã nơi cư trú của cha hoặc mẹ.'
    const drafted = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: sameUnit.token, body: { answer, state: 'answered' } })
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(200)
    const publish = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: sameUnit.token, body: { state: 'published' } })
    expect(publish.status).toBe(403)
    expect(publish.body.errors[0].message).toMatch(vietnameseLetters)
    const noQuestion = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: actors.editor.token, body: { state: 'published' } })
    expect(noQuestion.body.errors[0].data.errors[0].path).toBe('publicQuestion')
    const published = await app.rest('PATCH', `/cchc-feedback/${id}`, {
      token: actors.editor.token,
      body: { state: 'published', publicQuestion: 'Con sinh ở bệnh viện ngoài xã có đăng ký khai sinh tại xã được không?' },
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
  })

  it('once published: the citizen and the public read the answer without any contact detail, through every path', async () => {
    const tracked = await app.rest('GET', `/cchc-feedback/track/${code}`)
    expect(tracked.body).toMatchObject({ status: 'answered', answer: expect.stringContaining('Luật Hộ tịch'), question: expect.stringContaining('đăng ký khai sinh') })
    leaksNothingPersonal(tracked.body)
    for (const path of allPaths(app, { 'cchc-feedback': graphqlFields })) {
      for (const actor of [actors.anonymous, otherUnit]) {
        const found = await path.find('cchc-feedback', actor, { id: { equals: id } })
        expect(found.docs?.[0]?.answer, `${path.name} ${actor.role}`).toContain('Luật Hộ tịch')
        for (const field of personal) expect(found.docs?.[0]?.[field] ?? null, `${path.name} ${actor.role} ${field}`).toBeNull()
        leaksNothingPersonal(found.docs)
      }
    }
    // Its way is in the audit log for editors, without the citizen's words or contact.
    const audit = await app.rest('GET', `/cchc-audit-log?where[collection][equals]=cchc-feedback&where[documentId][equals]=${id}&limit=50`, { token: actors.editor.token })
    expect(audit.body.docs.map((entry: { action: string }) => entry.action)).toEqual(expect.arrayContaining(['create']))
    expect(audit.body.docs.length).toBeGreaterThanOrEqual(4)
    leaksNothingPersonal(audit.body)
    // Nor may the public filter on what it cannot read.
    const probing = await app.rest('GET', `/cchc-feedback?where[contactPhone][equals]=0912345678`)
    expect(probing.body.docs ?? []).toEqual([])
  })
})

describe('sent through every path', () => {
  it('REST, GraphQL and the Local API alike: a tracking code back, nothing personal shown to the sender', async () => {
    const graphql = await app.graphql(
      `mutation($data: mutationCchcFeedbackInput!) { createCchcFeedback(data: $data) { trackingCode state contactPhone subject } }`,
      { data: citizen },
      undefined,
      freshClient(),
    )
    expect(graphql.body.errors, JSON.stringify(graphql.body.errors)).toBeUndefined()
    expect(graphql.body.data.createCchcFeedback).toMatchObject({ trackingCode: expect.stringMatching(/^PA-/), state: 'received', contactPhone: null, subject: null })
    const local = await app.payload.create({
      collection: 'cchc-feedback' as 'units',
      data: citizen as never,
      overrideAccess: false,
      req: { headers: new Headers(freshClient()) },
    })
    expect((local as Record<string, any>).trackingCode).toMatch(/^PA-/)
    expect((local as Record<string, any>).contactPhone ?? null).toBeNull()
    const badGraphql = await app.graphql(
      `mutation($data: mutationCchcFeedbackInput!) { createCchcFeedback(data: $data) { trackingCode } }`,
      { data: { ...citizen, contactPhone: null, contactEmail: null } },
      undefined,
      freshClient(),
    )
    expect(JSON.stringify(badGraphql.body.errors)).toContain('contactPhone')
  })
})

describe('bad input', () => {
  it('is refused with a 400 naming the field, in the request’s language, writing nothing', async () => {
    const draftProcedure = await app.payload.create({ collection: 'procedures' as 'units', data: { code: '1.009201', name: 'Thủ tục nháp', sector: 'Hộ tịch' } as never, draft: true })
    const before = await rowCounts(app)
    const cases: [Record<string, unknown>, string][] = [
      [{ ...citizen, content: undefined }, 'content'],
      [{ ...citizen, subject: '' }, 'subject'],
      [{ ...citizen, content: 'x'.repeat(10_000) }, 'content'],
      [{ ...citizen, contactPhone: undefined, contactEmail: undefined }, 'contactPhone'],
      [{ ...citizen, contactPhone: 'gọi tôi' }, 'contactPhone'],
      [{ ...citizen, contactEmail: 'not-an-address' }, 'contactEmail'],
      [{ ...citizen, website: 'http://spam.example' }, 'website'],
      [{ ...citizen, procedure: 987654 }, 'procedure'],
      [{ ...citizen, procedure: draftProcedure.id }, 'procedure'],
      [{ ...citizen, category: 'complaint' }, 'category'],
    ]
    for (const [body, field] of cases) {
      const reply = await send(body)
      expect(reply.status, `${field}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(400)
      expect(reply.body.errors[0].data.errors.map((error: { path: string }) => error.path), field).toContain(field)
      expect(JSON.stringify(reply.body.errors)).toMatch(vietnameseLetters)
      const english = await send(body, { ...freshClient(), 'Accept-Language': 'en' })
      expect(english.status).toBe(400)
      expect(english.body.errors[0].message).not.toMatch(vietnameseLetters)
    }
    expect(await rowCounts(app)).toEqual(before)
  })

  it('keeps the public from setting what the server sets', async () => {
    const reply = await send({ ...citizen, state: 'published', answer: 'Tự trả lời', overdue: true, trackingCode: 'PA-1999-000001', unit: sameUnit.unitId })
    expect(reply.status).toBe(201)
    expect(reply.body.doc).toMatchObject({ state: 'received', overdue: false })
    expect(reply.body.doc.trackingCode).not.toBe('PA-1999-000001')
    const stored = await app.payload.findByID({ collection: 'cchc-feedback' as 'units', id: reply.body.doc.id, depth: 0 })
    expect(stored).toMatchObject({ answer: null, unit: null })
  })
})

describe('the rate limit', () => {
  let second: Payload
  beforeAll(async () => {
    // A second instance of the app: its own Payload, its own pool, the same database.
    second = await getPayload({ config: app.config, key: 'second-instance' })
  })
  afterAll(() => second?.destroy())

  it('holds across two instances sharing the database, and answers 429 with Retry-After', async () => {
    const options = resolveOptions()
    const headers = { 'x-forwarded-for': '192.0.2.77', 'user-agent': 'Mozilla/5.0' }
    const outcomes: string[] = []
    for (let n = 0; n < 8; n++) {
      const instance = n % 2 === 0 ? app.payload : second
      try {
        await instance.create({ collection: 'cchc-feedback' as 'units', data: citizen as never, overrideAccess: false, req: { headers: new Headers(headers) } })
        outcomes.push('created')
      } catch (error) {
        outcomes.push(String((error as { status?: number }).status))
      }
    }
    expect(outcomes.filter((outcome) => outcome === 'created')).toHaveLength(options.feedback.rateLimit.limit)
    expect(outcomes.slice(options.feedback.rateLimit.limit)).toEqual(Array(8 - options.feedback.rateLimit.limit).fill('429'))
    const rest = await send(citizen, { 'X-Forwarded-For': '192.0.2.77' })
    expect(rest.status).toBe(429)
    expect(Number(rest.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(rest.body.errors[0].message).toMatch(vietnameseLetters)
    // Staff entering feedback received by phone are not counted.
    const staff = await app.rest('POST', '/cchc-feedback', { token: actors.editor.token, body: citizen, headers: { 'X-Forwarded-For': '192.0.2.77' } })
    expect(staff.status).toBe(201)
  })
})

describe('the hourly upkeep', () => {
  it('flags open feedback past its due day, and erases contact details after the retention period', async () => {
    const options = resolveOptions()
    const open = await send(citizen)
    const req = await createLocalReq({}, app.payload)
    const notYet = await feedbackUpkeep(req, options, new Date())
    expect(notYet.markedOverdue).toBe(0)
    const later = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000)
    const marked = await feedbackUpkeep(req, options, later)
    expect(marked.markedOverdue).toBeGreaterThan(0)
    const stored = await app.payload.findByID({ collection: 'cchc-feedback' as 'units', id: open.body.doc.id, depth: 0 })
    expect(stored).toMatchObject({ overdue: true })
    expect((await feedbackUpkeep(req, options, later)).markedOverdue).toBe(0)
    const tracked = await app.rest('GET', `/cchc-feedback/track/${open.body.doc.trackingCode}`)
    expect(tracked.body.overdue).toBe(true)

    const published = (await app.payload.find({ collection: 'cchc-feedback' as 'units', where: { state: { equals: 'published' } }, depth: 0 })).docs[0]!
    expect(published).toMatchObject({ contactPhone: '0912345678' })
    const erased = await feedbackUpkeep(req, options, new Date(Date.now() + (options.feedback.contactRetentionDays + 1) * 24 * 60 * 60 * 1000))
    expect(erased.contactsErased).toBe(1)
    const after = await app.payload.findByID({ collection: 'cchc-feedback' as 'units', id: published.id, depth: 0 })
    expect(after).toMatchObject({ contactName: null, contactPhone: null, contactEmail: null, answer: expect.stringContaining('Luật Hộ tịch') })
    expect(after.contactErasedAt).toBeTruthy()
  })
})

it('stores no address or user agent of the senders in any table', async () => {
  type Pool = { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  const pool = (app.payload.db as unknown as { pool: Pool }).pool
  const { rows: tables } = await pool.query(`select tablename from pg_tables where schemaname = current_schema()`)
  const stored: string[] = []
  for (const { tablename } of tables) stored.push(JSON.stringify((await pool.query(`select * from "${tablename}"`)).rows))
  const all = stored.join('\n')
  expect(all).toContain('PA-') // the feedback is there
  expect(clientNumber).toBeGreaterThan(10)
  expect(all).not.toContain('198.51.100.')
  expect(all).not.toContain('192.0.2.77')
  expect(all).not.toContain('Firefox/130.0')
})
