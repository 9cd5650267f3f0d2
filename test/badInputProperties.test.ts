/**
 * Generated bad input to every write endpoint of the plugin: REST create and update of every
 * collection (drafts too, where Payload's own validation does not run), GraphQL mutations, the
 * annex import, the searches and whole bodies that are not JSON objects. Whatever is sent, the
 * answer is a 4xx, never a 5xx, and no table gains or loses a row. Some 330 runs in all.
 */
import type { FlattenedField } from 'payload'

import fc from 'fast-check'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isWholeNumberField } from '../src/fields/wholeNumber.ts'
import { dateProblem, maxSerialId, numberOf } from '../src/lib/inputValues.ts'
import { type Actor, makeActors, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type Reply, type TestApp } from './helpers/boot.ts'
import { makeImage } from './helpers/posts.ts'
import { rowCounts } from './helpers/rowCounts.ts'

let app: TestApp
let editor: Actor
let administrator: Actor

/** A collection as the suite writes it: who writes, a create body that is right but for the bad field, a document to update. */
type Target = { slug: string; graphql?: string; writer: () => Actor; create?: () => Record<string, unknown>; id?: number | string; drafts: boolean }

let serial = 0
const next = () => ++serial
const targets: Target[] = [
  { slug: 'units', graphql: 'Unit', writer: () => administrator, create: () => ({ code: `thu-${next()}`, name: 'Đơn vị thử', shortName: 'ĐVT' }), drafts: false },
  { slug: 'users', graphql: 'User', writer: () => administrator, create: () => ({ email: `thu${next()}@thanhmien.example`, password: 'Mot-mat-khau-du-dai-2026', name: 'Người thử' }), drafts: false },
  { slug: 'cchc-topics', graphql: 'CchcTopic', writer: () => editor, create: () => ({ name: `Chuyên mục ${next()}` }), drafts: false },
  { slug: 'cchc-media', graphql: 'CchcMedia', writer: () => editor, drafts: false },
  { slug: 'cchc-posts', graphql: 'CchcPost', writer: () => editor, create: () => ({ title: `Bài ${next()}`, format: 'article', workflowState: 'draft' }), drafts: true },
  { slug: 'procedures', graphql: 'Procedure', writer: () => editor, create: () => ({ code: `1.${String(800000 + next())}`, name: 'Thủ tục thử', sector: 'Hộ tịch' }), drafts: true },
  {
    slug: 'procedure-announcements',
    graphql: 'ProcedureAnnouncement',
    writer: () => editor,
    create: () => ({ number: `${next()}/QĐ-UBND`, issuer: 'UBND', signedAt: '2026-06-01', effectiveDate: '2026-06-15', summary: 'Công bố' }),
    drafts: true,
  },
  {
    slug: 'procedure-results',
    graphql: 'ProcedureResult',
    writer: () => editor,
    create: () => ({
      periodKind: 'quarter',
      year: 2030 + (next() % 50),
      periodNumber: 1,
      carriedOver: 0,
      received: 10,
      receivedOnline: 5,
      resolvedBeforeDeadline: 5,
      resolvedOnTime: 5,
      resolvedLate: 0,
      inProgressWithinDeadline: 0,
      inProgressOverdue: 0,
    }),
    drafts: true,
  },
  { slug: 'cchc-reports', graphql: 'CchcReport', writer: () => editor, create: () => ({ periodKind: 'quarter', year: 2030 + (next() % 50), periodNumber: 2 }), drafts: false },
  // A minute of its own for each slot, a day of its own for each programme: only the wrong value refuses them.
  { slug: 'broadcast-slots', graphql: 'BroadcastSlot', writer: () => editor, create: () => slotAt(next() % 1380), drafts: false },
  {
    slug: 'broadcast-schedules',
    graphql: 'BroadcastSchedule',
    writer: () => editor,
    create: () => ({ slot: targets.find((target) => target.slug === 'broadcast-slots')!.id, date: new Date(Date.UTC(2026, 0, next(), 5)).toISOString().slice(0, 10) }),
    drafts: false,
  },
]

function slotAt(minute: number) {
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  return { name: `Khung ${minute}`, startTime: clock(minute), endTime: clock(minute + 1) }
}

// Payload drops these of an upload before anything runs: the server owns a file's identity.
const serverOwned = new Set(['filename', 'sizes', 'url'])
const writable = (fields: readonly FlattenedField[]) =>
  fields.filter(
    (field) => 'name' in field && !serverOwned.has(field.name) && field.type !== 'join' && field.type !== 'point' && !(field as { virtual?: unknown }).virtual,
  )

const tooLong = 'x'.repeat(100_001)
const someObject = fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { minKeys: 1, maxKeys: 3 })
const withNul = fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`)
const notNumeral = fc.string({ maxLength: 12 }).filter((text) => text.trim() !== '' && numberOf(text) === undefined)
const deep = (levels: number): unknown => Array.from({ length: levels }).reduce<unknown>((inner) => ({ a: inner }), 1)

/**
 * How a request reaches the fields. GraphQL coerces a lone value given for a list into a list of
 * one (the spec's input coercion of lists), so `topics: 1` is a right value there, not a wrong one.
 */
type Api = 'rest' | 'graphql'

/** A value the field must refuse, whatever else the request holds. */
const badFor = (field: FlattenedField, api: Api): fc.Arbitrary<unknown> => {
  const many = (item: fc.Arbitrary<unknown>) =>
    'hasMany' in field && field.hasMany
      ? fc.oneof(item.map((bad) => [bad]), someObject, ...(api === 'rest' ? [fc.integer({ min: 1 })] : []))
      : item
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
    case 'email':
      return many(fc.oneof(withNul, fc.constant(tooLong), fc.integer(), fc.boolean(), someObject))
    case 'number': {
      const wrong: fc.Arbitrary<unknown>[] = [notNumeral, someObject, fc.boolean(), fc.constantFrom(1e20, -1e300, Number.MAX_SAFE_INTEGER + 2)]
      if (isWholeNumberField(field)) wrong.push(fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)))
      return many(fc.oneof(...wrong))
    }
    case 'date':
      return fc.oneof(
        fc.integer(),
        fc.string({ maxLength: 30 }).filter((text) => dateProblem(text) !== null),
        fc.constantFrom('2026-02-30', '2026-13-01', '99999-01-01', '+099999-01-01T00:00:00.000Z', '1899-12-31', '2101-01-01', '2026-W05-1'),
        someObject,
        fc.boolean(),
      )
    case 'checkbox':
      return fc.oneof(fc.integer(), fc.string({ maxLength: 8 }).filter((text) => !['true', 'false', ''].includes(text)), someObject)
    case 'select':
    case 'radio': {
      const allowed = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      return many(fc.oneof(fc.string({ maxLength: 12 }).filter((text) => !allowed.includes(text)), fc.integer(), someObject))
    }
    case 'relationship':
    case 'upload':
      return many(
        fc.oneof(
          fc.integer({ min: 1_000_000, max: maxSerialId }),
          fc.integer({ min: -1000, max: 0 }),
          fc.constantFrom(maxSerialId + 1, 1e20, 1.5),
          notNumeral.filter((text) => !['none', 'null'].includes(text)),
          fc.constant({ x: 1 }),
          fc.boolean(),
        ),
      )
    case 'richText':
      return fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.integer(),
        someObject,
        withNul.map((text) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })),
        fc.constant({ root: deep(80) }),
      )
    case 'json':
      return fc.oneof(withNul.map((text) => ({ text })), fc.constant(deep(80)))
    case 'group':
    case 'tab':
      return fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.array(fc.integer(), { minLength: 1, maxLength: 2 }), badRow(field.flattenedFields, api))
    case 'array':
      return fc.oneof(
        fc.string({ minLength: 2, maxLength: 5 }),
        fc.integer({ min: 1 }),
        someObject,
        fc.constant([1, 'x']),
        badRow(field.flattenedFields, api).map((row) => [row]),
        fc.constant(Array.from({ length: (field.maxRows ?? 1000) + 1 }, () => ({}))),
      )
    default:
      return fc.constant(deep(80))
  }
}

/** An object of the given fields with one of them wrong. */
const badRow = (fields: readonly FlattenedField[], api: Api): fc.Arbitrary<Record<string, unknown>> =>
  fc.constantFrom(...writable(fields)).chain((field) => badFor(field, api).map((bad) => ({ [(field as { name: string }).name]: bad })))

const badData = (target: Target, api: Api) => badRow(app.payload.collections[target.slug as 'units'].config.flattenedFields, api)

/** Asserts the property: a 4xx, and no table gained or lost a row. */
const refusedAndUnchanged = async (send: () => Promise<Reply>, allowSuccess = false) => {
  const before = await rowCounts(app)
  const reply = await send()
  const body = JSON.stringify(reply.body).slice(0, 800)
  expect(reply.status, body).toBeLessThan(500)
  if (!allowSuccess) expect(reply.status, body).toBeGreaterThanOrEqual(400)
  expect(await rowCounts(app), body).toEqual(before)
  return reply
}

const raw = async (method: string, path: string, body: BodyInit | undefined, headers: Record<string, string>, token?: string): Promise<Reply> => {
  const request = new Request(`http://localhost:3000/api${path}`, { method, body, headers: { ...headers, ...(token ? { Authorization: `JWT ${token}` } : {}) } })
  const response = await handleEndpoints({ config: app.config, request })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

let decisionId: number | string

beforeAll(async () => {
  app = await bootApp()
  const actors = await makeActors(app)
  editor = actors.editor
  administrator = actors.administrator
  const unit = await unitIdByCode(app, 'ttdvsnc')
  // One document of each collection to update, made through REST as its writer would.
  for (const target of targets) {
    if (target.slug === 'cchc-media') {
      target.id = (await makeImage(app, 'Ảnh thử', unit)).id
      continue
    }
    const reply = await app.rest('POST', `/${target.slug}`, { token: target.writer().token, body: target.create!() })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    target.id = reply.body.doc.id
  }
  decisionId = targets.find((target) => target.slug === 'procedure-announcements')!.id!
})
afterAll(() => app?.close())

describe('REST writes', () => {
  it('a create or update with one wrong value, draft or not, answers 4xx and writes nothing', async () => {
    const write = fc.constantFrom(...targets).chain((target) =>
      fc.record({
        target: fc.constant(target),
        data: badData(target, 'rest'),
        update: target.create ? fc.boolean() : fc.constant(true),
        draft: target.drafts ? fc.boolean() : fc.constant(false),
      }),
    )
    await fc.assert(
      fc.asyncProperty(write, async ({ target, data, update, draft }) => {
        const query = draft ? '?draft=true' : ''
        const token = target.writer().token
        await refusedAndUnchanged(() =>
          update
            ? app.rest('PATCH', `/${target.slug}/${target.id}${query}`, { token, body: data })
            : app.rest('POST', `/${target.slug}${query}`, { token, body: { ...target.create!(), ...data } }),
        )
      }),
      { numRuns: 150 },
    )
  })

  it('a body that is not a JSON object answers 4xx and writes nothing', async () => {
    const body = fc.oneof(
      // An empty JSON body is Payload's empty object: a valid update that changes nothing.
      fc.record({ type: fc.constant('application/json'), text: fc.oneof(fc.json(), fc.string({ maxLength: 30 })).filter((text) => text !== '' && !text.startsWith('{')) }),
      fc.record({ type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml'), text: fc.string({ maxLength: 30 }) }),
      fc.record({ type: fc.constant('application/json'), text: fc.integer({ min: 65, max: 3000 }).map((levels) => JSON.stringify({ title: deep(levels) })) }),
      fc.record({ type: fc.constant('multipart'), text: fc.string({ maxLength: 30 }).filter((text) => !text.trim().startsWith('{')) }),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.boolean(), body, async (target, update, { type, text }) => {
        const path = update || !target.create ? `/${target.slug}/${target.id}` : `/${target.slug}`
        const method = update || !target.create ? 'PATCH' : 'POST'
        const token = target.writer().token
        await refusedAndUnchanged(() => {
          if (type !== 'multipart') return raw(method, path, text, { 'Content-Type': type }, token)
          const form = new FormData()
          form.append('_payload', text)
          return raw(method, path, form, {}, token)
        })
      }),
      { numRuns: 30 },
    )
  })
})

describe('GraphQL mutations', () => {
  it('a create or update with one wrong value answers with errors, never a 5xx, and writes nothing', async () => {
    const withGraphql = targets.filter((target) => target.graphql)
    const mutation = fc.constantFrom(...withGraphql).chain((target) =>
      fc.record({ target: fc.constant(target), data: badData(target, 'graphql'), update: target.create ? fc.boolean() : fc.constant(true) }),
    )
    await fc.assert(
      fc.asyncProperty(mutation, async ({ target, data, update }) => {
        const name = target.graphql!
        const query = update
          ? `mutation($id: Int!, $data: mutation${name}UpdateInput!) { update${name}(id: $id, data: $data) { id } }`
          : `mutation($data: mutation${name}Input!) { create${name}(data: $data) { id } }`
        const variables = update ? { id: target.id, data } : { data: { ...target.create!(), ...data } }
        const before = await rowCounts(app)
        const reply = await app.graphql(query, variables, target.writer().token)
        const body = JSON.stringify(reply.body).slice(0, 800)
        expect(reply.status, body).toBeLessThan(500)
        expect(reply.body.errors?.length, body).toBeGreaterThan(0)
        for (const error of reply.body.errors) expect(error.extensions?.statusCode ?? 400, body).toBeLessThan(500)
        expect(await rowCounts(app), body).toEqual(before)
      }),
      { numRuns: 60 },
    )
  })
})

describe('custom endpoints', () => {
  const header = 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực,Ngày hiệu lực'
  const cell = fc.string({ maxLength: 12 }).map((text) => text.replace(/[",\r\n]/g, ' '))
  /** A row the annex must refuse: a NUL byte in a name, a code that is no code, a day that does not exist. */
  const badRowCsv = fc.oneof(
    withNul.map((name) => `Mới ban hành,1.700001,${name.replace(/[",\r\n]/g, ' ')},Hộ tịch,`),
    cell.map((code) => `Bãi bỏ,x${code},,,`),
    fc.constantFrom('31/02/2026', '00/01/2026', '1/13/2026').map((day) => `Mới ban hành,1.700002,Tên,Hộ tịch,${day}`),
  )
  const goodRow = fc.integer({ min: 0, max: 99999 }).map((n) => `Mới ban hành,1.${String(710000 + n)},Thủ tục ${n},Hộ tịch,`)

  it('the annex import refuses a file with a wrong row, or no CSV at all, and writes nothing', async () => {
    const file = fc.oneof(
      fc.tuple(fc.array(goodRow, { maxLength: 5 }), badRowCsv, fc.array(goodRow, { maxLength: 5 })).map(([before, bad, after]) =>
        [header, ...before, bad, ...after].join('\r\n'),
      ),
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ maxLength: 200 }),
    )
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom('form', 'text/csv', 'application/json'), async (content, how) => {
        await refusedAndUnchanged(() => {
          const path = `/procedure-announcements/${decisionId}/import`
          if (how !== 'form') return raw('POST', path, content as BodyInit, { 'Content-Type': how }, editor.token)
          const form = new FormData()
          form.append('file', new Blob([content as BlobPart], { type: 'text/csv' }), 'phu-luc.csv')
          return raw('POST', path, form, {}, editor.token)
        })
      }),
      { numRuns: 30 },
    )
  })

  it('the searches, the series and the overview refuse bad parameters with a 4xx', async () => {
    const text = fc.oneof(withNul, fc.constant('a'), fc.constant(tooLong.slice(0, 300)))
    const number = fc.oneof(notNumeral, fc.constantFrom('-1', '0', '1e9', '1.5'))
    const request = fc.oneof(
      text.map((q) => `/cchc-posts/search?q=${encodeURIComponent(q)}`),
      fc.record({ q: text }).map(({ q }) => `/procedures/search?q=${encodeURIComponent(q)}`),
      fc.record({ sector: withNul }).map(({ sector }) => `/procedures/search?sector=${encodeURIComponent(sector)}`),
      number.map((limit) => `/cchc-posts/search?q=thu+tuc&limit=${encodeURIComponent(limit)}`),
      number.map((page) => `/procedures/search?q=ho+tich&page=${encodeURIComponent(page)}&limit=1000`),
      fc.string({ maxLength: 12 }).filter((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day)).map((from) => `/procedures/changes?from=${encodeURIComponent(from)}`),
      withNul.map((sector) => `/procedure-results/series?from=2025&to=2026&sector=${encodeURIComponent(sector)}`),
      number.map((year) => `/cchc-reports/overview?year=${encodeURIComponent(year)}&periodKind=quarter&periodNumber=1`),
    )
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), async (path, signedIn) => {
        await refusedAndUnchanged(() => raw('GET', path, undefined, {}, signedIn ? editor.token : undefined))
      }),
      { numRuns: 40 },
    )
  })

  it('a list read with any where, sort, page or limit never answers 5xx', async () => {
    const fields = ['title', 'id', 'publishedAt', 'format', 'topics', 'unit', 'viewCount', 'featured', 'content', 'author.hash', 'unit.name', 'nope']
    const operators = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'like', 'contains', 'near', 'within', 'greater_than', 'less_than_equal', 'bogus']
    const value = fc.oneof(fc.string({ maxLength: 10 }), withNul, fc.integer().map(String), fc.constantFrom('2026-02-30', '1,2', 'true', 'abc,def', '99999999999999999999'))
    const query = fc.record({
      where: fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...operators), value).map(([field, operator, v]) => `where[${field}][${operator}]=${encodeURIComponent(v)}`),
      sort: fc.constantFrom('', 'sort=-title', 'sort=author.hash', 'sort=nope', 'sort=unit.name', 'sort=reviewNote'),
      paging: fc.constantFrom('', 'page=-1', 'page=abc', 'limit=-1', 'limit=0', 'page=2&limit=1'),
    })
    await fc.assert(
      fc.asyncProperty(query, fc.boolean(), async ({ where, sort, paging }, signedIn) => {
        const search = [where, sort, paging].filter(Boolean).join('&')
        await refusedAndUnchanged(() => raw('GET', `/cchc-posts?${search}`, undefined, {}, signedIn ? editor.token : undefined), true)
      }),
      { numRuns: 60 },
    )
  })
})
