/**
 * GraphQL answers what a query really costs (every alias, every count and search, lists by their
 * limit), its size, depth and fragments, and an anonymous client's pace, with a 400 or 429 and a
 * message, before anything runs; the portal's own queries still work. Introspection and the
 * playground are for development only.
 */
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'
import { getIntrospectionQuery } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type Reply, type TestApp } from './helpers/boot.ts'
import { postInState } from './helpers/posts.ts'
import { vietnameseLetters } from './helpers/languages.ts'

let app: TestApp
let editor: Actor

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  const unit = editor.unitId!
  await postInState(app, unit, 'published', { featured: true, title: 'Hướng dẫn nộp hồ sơ trực tuyến' })
  await postInState(app, unit, 'published', { title: 'Ai cũng có thể làm thủ tục' })
  await app.payload.create({
    collection: 'procedures' as 'units',
    data: { code: '1.001193', name: 'Đăng ký kết hôn', sector: 'Hộ tịch', level: 'commune', onlineLevel: 'toan_trinh', _status: 'published' } as never,
  })
})
afterAll(() => app?.close())

const aliases = (count: number, field: (i: number) => string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`
const countPosts = () => 'countCchcPosts(where: { title: { like: "a" } }) { totalDocs }'
const searchProcedures = () => 'ProcedureSearch(q: "dang ky") { totalDocs }'

/** Refused before anything ran: the status, no data, and each error with a code and a message in Vietnamese (no language asked). */
const expectRefused = (reply: Reply, status: number, code: string) => {
  expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(status)
  expect(reply.body.data).toBeUndefined()
  const error = reply.body.errors.find((e: { extensions?: { code?: string } }) => e.extensions?.code === code)
  expect(error, JSON.stringify(reply.body.errors)).toBeDefined()
  expect(error.message).toMatch(vietnameseLetters)
  return error.message as string
}

describe('what a query costs', () => {
  it('refuses the 499 aliases of countCchcPosts (34 kB) with a 400, before counting anything', async () => {
    const query = aliases(499, countPosts)
    expect(query.length).toBeGreaterThan(33_000)
    expectRefused(await app.graphql(query), 400, 'QUERY_TOO_LARGE')
  })

  it('refuses 200 aliases of ProcedureSearch', async () => {
    const message = expectRefused(await app.graphql(aliases(200, searchProcedures)), 400, 'TOO_MANY_ALIASES')
    expect(message).toContain('200')
  })

  it('prices every alias: 15 searches cost 300 of the 200 allowed, 10 cost 200', async () => {
    const message = expectRefused(await app.graphql(aliases(15, searchProcedures)), 400, 'QUERY_TOO_COSTLY')
    expect(message).toMatch(/chi phí ước tính 300, tối đa 200/)
    const ten = await app.graphql(aliases(10, searchProcedures))
    expect(ten.status).toBe(200)
    expect(ten.body.data.a9.totalDocs).toBe(1)
  })

  it('prices counts the same way: 20 counts pass, 20 counts and a search do not', async () => {
    const twenty = await app.graphql(aliases(20, countPosts))
    expect(twenty.status, JSON.stringify(twenty.body)).toBe(200)
    expect(twenty.body.data.a19.totalDocs).toBe(1)
    const query = `{ ${Array.from({ length: 19 }, (_, i) => `a${i}: ${countPosts()}`).join(' ')} s: ${searchProcedures()} }`
    expectRefused(await app.graphql(query), 400, 'QUERY_TOO_COSTLY')
  })

  it('prices what a list holds by its limit, also when the limit comes in a variable', async () => {
    const related = 'docs { coverImage { url } topics { name } unit { name } author { name } relatedProcedures { code } }'
    // 10 + 100 documents × 5 related lookups
    const literal = expectRefused(await app.graphql(`{ CchcPosts(limit: 100) { ${related} } }`), 400, 'QUERY_TOO_COSTLY')
    expect(literal).toContain('510')
    const variable = `query($limit: Int) { CchcPosts(limit: $limit) { ${related} } }`
    expectRefused(await app.graphql(variable, { limit: 100 }), 400, 'QUERY_TOO_COSTLY')
    expect((await app.graphql(variable, { limit: 12 })).status).toBe(200)
    // No limit at all (pagination: false) is priced as a thousand documents.
    expectRefused(await app.graphql(`{ CchcPosts(pagination: false) { docs { coverImage { url } } } }`), 400, 'QUERY_TOO_COSTLY')
  })

  it('prices a fragment as often as it is spread, and a join by what it reads', async () => {
    const fragments = `fragment Cover on CchcPost { coverImage { url } gallery { url } }
      fragment Both on CchcPost { ...Cover topics { name } ...Cover }`
    expectRefused(await app.graphql(`{ CchcPosts(limit: 50) { docs { ...Both } } } ${fragments}`), 400, 'QUERY_TOO_COSTLY')
    // A join without a limit reads every related post, for each of the procedures.
    expectRefused(await app.graphql('{ Procedures { docs { relatedPosts { docs { coverImage { url } } } } } }'), 400, 'QUERY_TOO_COSTLY')
    const limited = await app.graphql('{ Procedures { docs { relatedPosts(limit: 3) { docs { title coverImage { url } } } } } }')
    expect(limited.status, JSON.stringify(limited.body)).toBe(200)
  })
})

describe('what a query looks like', () => {
  it('refuses nesting deeper than 15 fields, even through fragments', async () => {
    const deep = `{ Procedures { docs { ${'replacedBy { '.repeat(14)}code${' }'.repeat(14)} } } }`
    expectRefused(await app.graphql(deep), 400, 'QUERY_TOO_DEEP')
    const viaFragments = `{ Procedures { docs { ...A } } }
      fragment A on Procedure { replacedBy { replacedBy { replacedBy { replacedBy { ...B } } } } }
      fragment B on Procedure { replacedBy { replacedBy { replacedBy { replacedBy { ...C } } } } }
      fragment C on Procedure { replacedBy { replacedBy { replacedBy { replacedBy { replacedBy { code } } } } } }`
    expectRefused(await app.graphql(viaFragments), 400, 'QUERY_TOO_DEEP')
  })

  it('refuses 5,000 levels of braces within the size limit as too deep, before the parser’s stack gives out', async () => {
    const braces = `{${'a{'.repeat(5000)}b${'}'.repeat(5000)}}`
    expect(Buffer.byteLength(braces)).toBeLessThan(16 * 1024)
    expectRefused(await app.graphql(braces), 400, 'QUERY_TOO_DEEP')
  })

  it('refuses a query over 16 kB, and a body over 1 MB without reading it all', async () => {
    const long = `{ CchcPosts { docs { ${'title '.repeat(3000)} } } }`
    expect(expectRefused(await app.graphql(long), 400, 'QUERY_TOO_LARGE')).toContain('16384')
    const huge = await app.graphql('{ CchcPosts { docs { title } } }', { padding: 'x'.repeat(2 * 1024 * 1024) })
    expectRefused(huge, 400, 'REQUEST_TOO_LARGE')
  })

  it('refuses fragments that expand exponentially', async () => {
    const levels = 30
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on CchcPost { title }` : `fragment F${i} on CchcPost { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n')
    expectRefused(await app.graphql(`{ CchcPosts { docs { ...F0 } } } ${fragments}`), 400, 'TOO_MANY_FIELDS')
  })

  it('answers a fragment cycle with a 400 naming it, where it was a 500 with an empty body', async () => {
    const reply = await app.graphql('{ CchcPosts { docs { ...A } } } fragment A on CchcPost { title ...B } fragment B on CchcPost { ...A }')
    expect(expectRefused(reply, 400, 'FRAGMENT_CYCLE')).toContain('A → B → A')
  })

  it('answers GraphQL’s own validation errors with a 400, in the JSON the client asked for', async () => {
    const reply = await app.graphql('{ CchcPosts { docs { noSuchField } } }')
    expect(reply.status).toBe(400)
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/)
    expect(reply.body.errors[0].message).toContain('noSuchField')
  })
})

describe('the portal’s queries', () => {
  it.each([
    [
      'featured posts',
      '{ CchcPosts(where: { featured: { equals: true } }, sort: "-publishedAt") { docs { title slug excerpt coverImage { url alt sizes { mobile { url } } } } } }',
      (data: any) => expect(data.CchcPosts.docs.map((d: any) => d.title)).toEqual(['Hướng dẫn nộp hồ sơ trực tuyến']),
    ],
    [
      'procedure search',
      '{ ProcedureSearch(q: "dang ky ket hon", onlineLevel: "toan_trinh") { totalDocs docs { code name status } } }',
      (data: any) => expect(data.ProcedureSearch.docs.map((d: any) => d.code)).toEqual(['1.001193']),
    ],
    [
      'recent changes',
      '{ ProcedureChanges(from: "2026-01-01", to: "2026-06-30") { changes { code name kind effectiveDate announcement { number } } } }',
      (data: any) => expect(data.ProcedureChanges.changes).toEqual([]),
    ],
    [
      'a home page of several lists',
      `{ latest: CchcPosts(limit: 12, sort: "-publishedAt") { docs { title slug coverImage { url alt } topics { name } } }
         featured: CchcPosts(limit: 3, where: { featured: { equals: true } }) { docs { title coverImage { url } } }
         topics: CchcTopics(limit: 20) { docs { name slug } }
         procedures: countProcedures { totalDocs } }`,
      (data: any) => expect(data.latest.docs).toHaveLength(2),
    ],
  ])('%s', async (_name, query, check) => {
    const reply = await app.graphql(query)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.errors).toBeUndefined()
    check(reply.body.data)
  })
})

describe('anonymous clients', () => {
  const from = (address: string) => ({ 'X-Forwarded-For': address })

  it('answers the 121st request in a minute from one address with 429 and Retry-After, and only that address', async () => {
    for (let i = 0; i < 120; i++) {
      const reply = await app.graphql('{ __typename }', undefined, undefined, from('203.0.113.7'))
      expect(reply.status).toBe(200)
    }
    const limited = await app.graphql('{ __typename }', undefined, undefined, from('203.0.113.7'))
    expectRefused(limited, 429, 'RATE_LIMITED')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    // Addresses a client writes to the left of the one the proxy appended prove nothing.
    expect((await app.graphql('{ __typename }', undefined, undefined, from('198.51.100.1, 203.0.113.7'))).status).toBe(429)

    expect((await app.graphql('{ __typename }', undefined, undefined, from('203.0.113.8'))).status).toBe(200)
    // Signed-in users are not counted.
    expect((await app.graphql('{ __typename }', undefined, editor.token, from('203.0.113.7'))).status).toBe(200)
  })
})

describe('introspection and the playground', () => {
  const asProduction = async <T>(work: () => Promise<T>): Promise<T> => {
    const before = process.env.NODE_ENV
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    try {
      return await work()
    } finally {
      ;(process.env as Record<string, string>).NODE_ENV = before!
    }
  }
  const playground = () => GRAPHQL_PLAYGROUND_GET(Promise.resolve(app.config))(new Request('http://localhost:3000/api/graphql-playground'))

  it('are there in development: the full introspection query passes the limits', async () => {
    const reply = await app.graphql(getIntrospectionQuery())
    expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(200)
    expect(reply.body.data.__schema.queryType.name).toBe('Query')
    expect((await playground()).status).toBe(200)
  })

  it('are off in production', async () => {
    const reply = await asProduction(() => app.graphql('{ __schema { queryType { name } } }'))
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].message).toMatch(/introspection is not allowed/)
    expect((await asProduction(playground)).status).toBe(404)
  })
})
