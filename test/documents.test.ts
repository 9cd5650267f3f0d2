/**
 * The column's documents (cchc-documents): who may do what through REST, GraphQL and the Local API,
 * search by number however it is typed, the procedure announcement decisions listed beside them
 * once each, the "căn cứ" chain both ways, and the signed PDF (a PDF by its bytes, internal until
 * the document is published).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { decisionSearchKeysBackfill } from '../migrations/20261130_085957_campaign.ts'

import type { Role } from '../src/index.ts'

import { type Actor, makeActor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'

let app: TestApp
let actors: Record<Role, Actor> & { otherContributor: Actor }
let paths: Path[]
let issuers: Record<'commune' | 'city' | 'ministry', number>
const roles: Role[] = ['anonymous', 'contributor', 'coordinator', 'editor', 'administrator', 'unassigned']
const editors: Role[] = ['editor', 'administrator']
const writers: Role[] = ['contributor', 'coordinator', 'editor', 'administrator']

let serial = 0
const day = (value: string) => `${value}T12:00:00.000Z`

const documentBody = (overrides: Record<string, unknown> = {}) => ({
  number: `${500 + ++serial}/KH-UBND`,
  kind: 'plan',
  issuer: issuers.commune,
  issuedAt: day('2026-02-01'),
  summary: `Kế hoạch thử nghiệm ${serial}`,
  ...overrides,
})

/** A document of the given unit, as the system writes it. */
const seed = async (unitId: number | string | undefined, published: boolean, overrides: Record<string, unknown> = {}) =>
  (await app.payload.create({
    collection: 'cchc-documents' as 'units',
    data: { ...documentBody(overrides), unit: unitId, _status: published ? 'published' : 'draft' } as any,
  })) as any

const decision = async (number: string, signedAt: string, published = true) =>
  (await app.payload.create({
    collection: 'procedure-announcements' as 'units',
    data: {
      number,
      issuer: 'UBND thành phố Hải Phòng',
      signedAt: day(signedAt),
      effectiveDate: day(signedAt),
      summary: `Công bố thủ tục hành chính ${number}`,
      _status: published ? 'published' : 'draft',
    } as any,
  })) as any

const search = async (query: string, actor?: Actor) => {
  const reply = await app.rest('GET', `/cchc-documents/search?${query}`, { token: actor?.token })
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body as { docs: any[]; totalDocs: number; totalPages: number; hasNextPage: boolean }
}

const uploadFile = async (name: string, mimetype: string, extra: Record<string, unknown> = {}) => {
  const data = readFileSync(path.join(import.meta.dirname, 'fixtures', name))
  return (await app.payload.create({ collection: 'cchc-media', data: { alt: 'Tệp', ...extra } as never, file: { data, mimetype, name, size: data.length } })) as any
}

beforeAll(async () => {
  app = await bootApp()
  actors = {
    ...(await makeActors(app)),
    contributor: await makeActor(app, 'contributor', { unit: 'ttpvhcc' }),
    otherContributor: await makeActor(app, 'contributor', { unit: 'kinh-te' }),
  }
  paths = allPaths(app, {
    'cchc-documents': 'id number summary _status',
    'cchc-document-issuers': 'id name',
  })
  const issuer = async (name: string) => (await app.payload.create({ collection: 'cchc-document-issuers' as 'units', data: { name } as any })).id as number
  issuers = { commune: await issuer('UBND xã Thanh Miện'), city: await issuer('UBND thành phố Hải Phòng'), ministry: await issuer('Bộ Nội vụ') }
})
afterAll(() => app?.close())

describe.each(['rest', 'graphql', 'local'] as const)('rights through %s', (name) => {
  const path = () => paths.find((p) => p.name === name)!

  it.each(roles)('as %s: reads published, and drafts of its own unit only', async (role) => {
    const own = await seed(actors.contributor.unitId, false)
    const other = await seed(actors.otherContributor.unitId, false)
    const published = await seed(actors.otherContributor.unitId, true)
    const read = await path().find('cchc-documents', actors[role], { id: { greater_than_equal: own.id, less_than_equal: published.id } })
    expect(read.ok, read.error).toBe(true)
    const seen = read.docs!.map((doc: { id: number }) => doc.id).sort()
    const expected = editors.includes(role) ? [own.id, other.id, published.id] : role === 'contributor' ? [own.id, published.id] : [published.id]
    expect(seen).toEqual([...expected].sort())
  })

  it.each(roles)('as %s: drafts as a writer; publishes only as an editor', async (role) => {
    const draft = await path().create('cchc-documents', actors[role], { ...documentBody(), _status: 'draft' })
    expect(draft.ok, draft.error).toBe(writers.includes(role))
    const published = await path().create('cchc-documents', actors[role], { ...documentBody(), _status: 'published' })
    expect(published.ok, published.error).toBe(editors.includes(role))
    if (draft.ok && (role === 'contributor' || role === 'coordinator')) {
      const stored = (await app.payload.findByID({ collection: 'cchc-documents' as 'units', id: draft.doc.id, depth: 0, draft: true })) as any
      expect(stored.unit).toBe(actors[role].unitId)
    }
  })

  it.each([...roles, 'otherContributor' as const])('as %s: edits and deletes own-unit drafts; editors anything', async (role) => {
    const draft = await seed(actors.contributor.unitId, false)
    const published = await seed(actors.contributor.unitId, true)
    const mayEditDraft = editors.includes(role as Role) || role === 'contributor'
    const change = { summary: `Trích yếu đã sửa ${role}` }

    const updated = await path().update('cchc-documents', actors[role], draft.id, change)
    expect(updated.ok, updated.error).toBe(mayEditDraft)
    const updatedPublished = await path().update('cchc-documents', actors[role], published.id, change)
    expect(updatedPublished.ok, updatedPublished.error).toBe(editors.includes(role as Role))
    const stored = (await app.payload.findByID({ collection: 'cchc-documents' as 'units', id: published.id, depth: 0 })) as any
    expect(stored.summary === change.summary).toBe(editors.includes(role as Role))

    const publish = await path().update('cchc-documents', actors[role], draft.id, { _status: 'published' })
    expect(publish.ok, publish.error).toBe(editors.includes(role as Role))

    const target = await seed(actors.contributor.unitId, false)
    const removed = await path().remove('cchc-documents', actors[role], target.id)
    expect(removed.ok, removed.error).toBe(mayEditDraft)
    const removedPublished = await path().remove('cchc-documents', actors[role], published.id)
    expect(removedPublished.ok, removedPublished.error).toBe(editors.includes(role as Role))
  })

  it.each(roles)('as %s: reads the issuers; only editors extend the list', async (role) => {
    const read = await path().find('cchc-document-issuers', actors[role], { id: { equals: issuers.city } })
    expect(read.ok, read.error).toBe(true)
    expect(read.docs!.map((doc: { id: number }) => doc.id)).toEqual([issuers.city])
    const created = await path().create('cchc-document-issuers', actors[role], { name: `Sở Nội vụ ${name} ${role}` })
    expect(created.ok, created.error).toBe(editors.includes(role))
  })
})

describe('fields', () => {
  it('stores the number in its canonical form and the issuer name beside the link, whatever the request says', async () => {
    const reply = await app.rest('POST', '/cchc-documents', {
      token: actors.editor.token,
      body: { ...documentBody({ number: ' 43 / kh - ubnd ', issuer: issuers.commune }), issuerName: 'Giả mạo', _status: 'draft' },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body.doc).toMatchObject({ number: '43/KH-UBND', issuerName: 'UBND xã Thanh Miện', numberKey: '43khubnd' })
  })

  it('refuses a number the parser does not read, naming the field', async () => {
    const reply = await app.rest('POST', '/cchc-documents', { token: actors.editor.token, body: documentBody({ number: 'KH-UBND' }) })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0]).toMatchObject({ path: 'number' })
  })

  it('lets a draft wait for its number, but publishes only with number and date of issue', async () => {
    const draft = await app.rest('POST', '/cchc-documents', {
      token: actors.editor.token,
      body: { ...documentBody({ number: null, issuedAt: null }), _status: 'draft' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const publish = await app.rest('PATCH', `/cchc-documents/${draft.body.doc.id}`, { token: actors.editor.token, body: { _status: 'published' } })
    expect(publish.status).toBe(400)
    expect(publish.body.errors[0].data.errors.map((error: { path: string }) => error.path).sort()).toEqual(['issuedAt', 'number'])
    expect(publish.body.errors[0].data.errors.map((error: { message: string }) => error.message)).toContain('Cần số hiệu văn bản trước khi đăng.')
    const stored = (await app.payload.findByID({ collection: 'cchc-documents' as 'units', id: draft.body.doc.id, depth: 0 })) as any
    expect(stored._status).toBe('draft')
  })
})

describe('search by number, words, kind, issuer and year', () => {
  let plan: any
  beforeAll(async () => {
    plan = await seed(actors.editor.unitId, true, {
      number: '42/KH-UBND',
      issuer: issuers.commune,
      issuedAt: day('2026-01-30'),
      summary: 'Tuyên truyền cải cách hành chính nhà nước xã Thanh Miện năm 2026',
    })
    await seed(actors.editor.unitId, true, { number: '4110/VP-NVKTGS', kind: 'dispatch', issuer: issuers.city, issuedAt: day('2026-04-15'), summary: 'Triển khai công tác thông tin' })
    await seed(actors.editor.unitId, true, { number: '42/KH-UBND', issuer: issuers.commune, issuedAt: day('2025-02-10'), summary: 'Kế hoạch năm trước' })
  })

  it.each(['42/KH-UBND', '42/kh-ubnd', '42 KH UBND', '42khubnd', '42 / KH - UBND', 'Kế hoạch 42/KH-UBND'])('finds 42/KH-UBND of 2026 from "%s"', async (q) => {
    const found = await search(`q=${encodeURIComponent(q)}&year=2026`)
    expect(found.docs.map((doc) => doc.id)).toContain(plan.id)
    expect(found.docs.every((doc) => doc.number === '42/KH-UBND')).toBe(true)
  })

  it('is the same through GraphQL (DocumentSearch), with its parameters checked', async () => {
    const reply = await app.graphql('{ DocumentSearch(q: "42 kh ubnd", year: 2026) { totalDocs hasNextPage docs { source id number kind issuer } } }')
    expect(reply.body.data.DocumentSearch).toMatchObject({ totalDocs: 1, hasNextPage: false, docs: [{ source: 'cchc-documents', id: plan.id, number: '42/KH-UBND', kind: 'plan', issuer: 'UBND xã Thanh Miện' }] })
    const wrong = await app.graphql('{ DocumentSearch(kind: "law") { totalDocs } }')
    expect(wrong.body.errors[0].message).toMatch(/Tham số "kind" không hợp lệ/)
  })

  it('finds by words of the summary without diacritics, and not by words it lacks', async () => {
    expect((await search('q=tuyen truyen cai cach thanh mien')).docs.map((doc) => doc.id)).toEqual([plan.id])
    expect((await search('q=tuyen truyen ha noi')).totalDocs).toBe(0)
  })

  it('filters by kind, issuer and year', async () => {
    expect((await search('q=42 kh ubnd')).totalDocs).toBe(2)
    expect((await search('q=42 kh ubnd&year=2025')).docs.map((doc) => doc.issuedAt)).toEqual([day('2025-02-10')])
    const dispatches = await search('kind=dispatch&year=2026')
    expect(dispatches.docs.map((doc) => doc.number)).toEqual(['4110/VP-NVKTGS'])
    const city = await search(`issuer=${encodeURIComponent('ubnd thanh pho hai phong')}&kind=dispatch`)
    expect(city.docs.map((doc) => doc.issuer)).toEqual(['UBND thành phố Hải Phòng'])
  })

  it.each(['q=a', 'kind=law', 'year=1999', 'limit=0', 'limit=51', 'page=21&limit=50'])('refuses %s with a 400 naming the parameter', async (query) => {
    const reply = await app.rest('GET', `/cchc-documents/search?${query}`)
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].message).toMatch(/^Tham số "[a-z]+" không hợp lệ\./)
  })

  it('shows the public published documents only; a contributor its own unit’s drafts too', async () => {
    const draft = await seed(actors.contributor.unitId, false, { number: '77/KH-UBND', summary: 'Bản nháp của đơn vị' })
    expect((await search('q=77 kh ubnd')).totalDocs).toBe(0)
    expect((await search('q=77 kh ubnd', actors.contributor)).docs.map((doc) => doc.id)).toEqual([draft.id])
    expect((await search('q=77 kh ubnd', actors.otherContributor)).totalDocs).toBe(0)
  })
})

describe('decisions on procedures in the same list', () => {
  it('are found by number and listed once each, documents and decisions merged in date order on every page', async () => {
    // 2027: this test's own year. Two lines share a date, so the order between the lists is tested too.
    const published = await decision('1520/QĐ-UBND', '2027-06-20')
    const draft = await decision('1877/QĐ-UBND', '2027-08-10', false)
    await decision('1600/QĐ-UBND', '2027-03-01')
    await decision('1700/QĐ-UBND', '2027-01-05')
    await seed(actors.editor.unitId, true, { issuedAt: day('2027-03-01') })
    await seed(actors.editor.unitId, true, { issuedAt: day('2027-07-01') })
    await seed(actors.editor.unitId, true, { issuedAt: day('2027-01-01') })
    await seed(actors.editor.unitId, false, { issuedAt: day('2027-02-01') })

    const year = await search('year=2027&limit=50')
    const all = year.docs.map((doc) => `${doc.source}:${doc.id}`)
    expect(year.totalDocs).toBe(6)
    expect(all).toContain(`procedure-announcements:${published.id}`)
    expect(all).not.toContain(`procedure-announcements:${draft.id}`)

    const byNumber = await search(`q=${encodeURIComponent('1520 qd ubnd')}`)
    expect(byNumber.docs).toEqual([expect.objectContaining({ source: 'procedure-announcements', id: published.id, kind: 'decision', issuer: 'UBND thành phố Hải Phòng' })])
    expect((await search('q=1877 qd ubnd')).totalDocs).toBe(0)
    expect((await search('q=1877 qd ubnd', actors.editor)).totalDocs).toBe(1)
    expect((await search('q=1520 qd ubnd&kind=plan')).totalDocs).toBe(0)
    expect((await search('year=2027&kind=decision')).docs.every((doc) => doc.source === 'procedure-announcements')).toBe(true)

    // Walked page by page, at each page size: the same lines as the one long page, each once.
    for (const limit of [1, 2, 4]) {
      const walked: string[] = []
      let page = 1
      let body
      do {
        body = await search(`year=2027&limit=${limit}&page=${page++}`)
        expect(body.totalDocs).toBe(6)
        walked.push(...body.docs.map((doc) => `${doc.source}:${doc.id}`))
      } while (body.hasNextPage)
      expect(walked).toEqual(all)
    }
    expect(new Set(all).size).toBe(6)
    const dates = year.docs.map((doc) => Date.parse(doc.issuedAt))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    // On the same day, the column's document comes before the decision.
    const sameDay = year.docs.filter((doc) => doc.issuedAt === day('2027-03-01')).map((doc) => doc.source)
    expect(sameDay).toEqual(['cchc-documents', 'procedure-announcements'])
  })
})

describe('the whole list as an editor sees it', () => {
  it('pages undated drafts, documents and decisions without a line twice or missed', async () => {
    await decision('2100/QĐ-UBND', '2026-02-01')
    const walk = async (limit: number) => {
      const lines: any[] = []
      let page = 1
      let body
      do {
        body = await search(`limit=${limit}&page=${page++}`, actors.editor)
        lines.push(...body.docs)
      } while (body.hasNextPage)
      return { lines, totalDocs: body.totalDocs }
    }
    const byFifty = await walk(50)
    const bySeven = await walk(7)
    const keys = (lines: any[]) => lines.map((doc) => `${doc.source}:${doc.id}`)
    expect(keys(bySeven.lines)).toEqual(keys(byFifty.lines))
    expect(new Set(keys(byFifty.lines)).size).toBe(byFifty.totalDocs)
    // Undated drafts first, as PostgreSQL sorts them; then newest first.
    const dated = byFifty.lines.findIndex((doc) => doc.issuedAt !== null)
    expect(dated).toBeGreaterThan(0)
    expect(byFifty.lines.slice(dated).every((doc) => doc.issuedAt !== null)).toBe(true)
    const times = byFifty.lines.slice(dated).map((doc) => Date.parse(doc.issuedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })
})

describe('a decision entered again as a document', () => {
  it('is refused when number, issuer and year are a decision’s, so it is not listed twice; another issuer’s or year’s is not', async () => {
    const existing = await decision('1999/QĐ-UBND', '2027-05-05')
    const body = (overrides: Record<string, unknown>) => ({ ...documentBody({ number: '1999/qd-ubnd', kind: 'decision', issuer: issuers.city, issuedAt: day('2027-05-05') }), ...overrides })
    const copy = await app.rest('POST', '/cchc-documents', { token: actors.editor.token, body: body({}) })
    expect(copy.status).toBe(400)
    expect(copy.body.errors[0].data.errors[0]).toMatchObject({ path: 'number' })
    expect(copy.body.errors[0].data.errors[0].message).toContain(`(mã ${existing.id})`)
    expect((await search('q=1999 qd ubnd')).docs.map((doc) => doc.source)).toEqual(['procedure-announcements'])
    expect((await app.rest('POST', '/cchc-documents', { token: actors.editor.token, body: body({ issuer: issuers.commune }) })).status).toBe(201)
    expect((await app.rest('POST', '/cchc-documents', { token: actors.editor.token, body: body({ issuedAt: day('2026-05-05') }) })).status).toBe(201)
  })
})

describe('the migration’s backfill of decisions’ search keys', () => {
  it('gives decisions saved before the change the keys the hook gives them', async () => {
    const saved = await decision('2031/QĐ-UBND', '2026-09-09')
    await app.payload.update({ collection: 'procedure-announcements' as 'units', id: saved.id, data: { signer: 'Phó Chủ tịch Đỗ Văn Ưng' } as any })
    const pool = (app.payload.db as unknown as { pool: { query: (text: string, values?: unknown[]) => Promise<{ rows: any[] }> } }).pool
    const columns = 'select number_key, issuer_key, search_text from procedure_announcements where id = $1'
    const byHook = (await pool.query(columns, [saved.id])).rows[0]
    expect(byHook).toMatchObject({ number_key: '2031qdubnd', issuer_key: 'ubnd thanh pho hai phong' })
    await pool.query('update procedure_announcements set number_key = null, issuer_key = null, search_text = null where id = $1', [saved.id])
    expect((await search('q=2031/QD-UBND')).totalDocs).toBe(0)
    await pool.query(decisionSearchKeysBackfill)
    expect((await pool.query(columns, [saved.id])).rows[0]).toEqual(byHook)
    expect((await search('q=2031/QD-UBND')).docs.map((doc) => doc.id)).toEqual([saved.id])
  })
})

describe('the "căn cứ" chain both ways', () => {
  let ministry: any
  let plan: any
  let letter: any
  let published: any

  beforeAll(async () => {
    ministry = await seed(actors.editor.unitId, true, { number: '367/QĐ-BNV', kind: 'decision', issuer: issuers.ministry, issuedAt: day('2026-03-31'), summary: 'Kế hoạch thông tin, tuyên truyền CCHC năm 2026' })
    plan = await seed(actors.editor.unitId, true, { number: '45/KH-UBND', issuer: issuers.commune, issuedAt: day('2026-01-30'), summary: 'Kế hoạch tuyên truyền' })
    // The draft letter cites one document by link, one by its number alone, and one not in the system.
    letter = await seed(actors.contributor.unitId, false, {
      number: null,
      issuedAt: null,
      kind: 'dispatch',
      summary: 'Triển khai công tác thông tin, tuyên truyền CCHC năm 2026',
      basis: [
        { number: '367/QĐ-BNV', title: 'Quyết định của Bộ Nội vụ', document: ministry.id },
        { number: '45/kh-ubnd', title: 'Kế hoạch của UBND xã' },
        { number: '999/QĐ-TTg', title: 'Không có trong hệ thống' },
      ],
    })
    published = await seed(actors.editor.unitId, true, { number: '50/KH-UBND', summary: 'Kế hoạch theo kế hoạch 45', basis: [{ number: '45/KH-UBND' }] })
  })

  const chain = (id: number, actor?: Actor) => app.rest('GET', `/cchc-documents/${id}/chain`, { token: actor?.token })

  it('lists what a document is based on: linked, found by number, or the number alone', async () => {
    const reply = await chain(letter.id, actors.contributor)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.basedOn).toEqual([
      expect.objectContaining({ number: '367/QĐ-BNV', document: expect.objectContaining({ id: ministry.id, source: 'cchc-documents' }) }),
      expect.objectContaining({ number: '45/KH-UBND', document: expect.objectContaining({ id: plan.id }) }),
      { number: '999/QĐ-TTg', title: 'Không có trong hệ thống', document: null },
    ])
  })

  it('lists what is based on a document, by link or by number, as the caller may read', async () => {
    const asContributor = await chain(plan.id, actors.contributor)
    expect(asContributor.body.basisOf.map((doc: { id: number }) => doc.id).sort()).toEqual([letter.id, published.id].sort())
    expect((await chain(ministry.id, actors.editor)).body.basisOf.map((doc: { id: number }) => doc.id)).toEqual([letter.id])
    // The public does not see the draft letter.
    const asPublic = await chain(plan.id)
    expect(asPublic.body.basisOf.map((doc: { id: number }) => doc.id)).toEqual([published.id])
    expect((await chain(ministry.id)).body.basisOf).toEqual([])
  })

  it('is the same through GraphQL (DocumentChain), as the caller may read', async () => {
    const query = 'query($id: Int!) { DocumentChain(id: $id) { document { number } basedOn { number document { id } } basisOf { id } } }'
    const asPublic = await app.graphql(query, { id: plan.id })
    expect(asPublic.body.data.DocumentChain).toEqual({ document: { number: '45/KH-UBND' }, basedOn: [], basisOf: [{ id: published.id }] })
    const asContributor = await app.graphql(query, { id: letter.id }, actors.contributor.token)
    expect(asContributor.body.data.DocumentChain.basedOn.map((row: any) => row.document?.id ?? null)).toEqual([ministry.id, plan.id, null])
    const hidden = await app.graphql(query, { id: letter.id })
    expect(hidden.body.data?.DocumentChain ?? null).toBeNull()
    expect(hidden.body.errors.length).toBe(1)
  })

  it('resolves a cited decision on procedures by its number', async () => {
    const cites = await seed(actors.editor.unitId, true, { number: '51/KH-UBND', basis: [{ number: '1520/QĐ-UBND' }] })
    const reply = await chain(cites.id)
    expect(reply.body.basedOn[0].document).toMatchObject({ source: 'procedure-announcements', number: '1520/QĐ-UBND' })
  })

  it('answers 404 for an unknown document, an unpublished one to the public, and a malformed id', async () => {
    expect((await chain(letter.id)).status).toBe(404)
    expect((await chain(999999)).status).toBe(404)
    const malformed = await app.rest('GET', '/cchc-documents/abc/chain')
    expect(malformed.status).toBe(404)
    expect(malformed.body.errors[0].message).toBeTruthy()
  })
})

describe('the signed PDF', () => {
  it('is a PDF by its bytes: an image, or an image named .pdf, is refused', async () => {
    const image = await uploadFile('photo.jpg', 'image/jpeg')
    const disguised = await (async () => {
      const data = readFileSync(path.join(import.meta.dirname, 'fixtures', 'photo.jpg'))
      return (await app.payload.create({
        collection: 'cchc-media',
        data: { alt: 'Ảnh giả PDF' } as never,
        file: { data, mimetype: 'application/pdf', name: 'quyet-dinh.pdf', size: data.length },
      })) as any
    })()
    expect(disguised.mimeType).toBe('image/jpeg')
    const doc = await seed(actors.editor.unitId, false)
    for (const media of [image, disguised]) {
      const refused = await app.rest('PATCH', `/cchc-documents/${doc.id}`, { token: actors.editor.token, body: { signedPdf: media.id } })
      expect(refused.status).toBe(400)
      expect(JSON.stringify(refused.body)).toContain('signedPdf')
    }
    const stored = (await app.payload.findByID({ collection: 'cchc-documents' as 'units', id: doc.id, depth: 0, draft: true })) as any
    expect(stored.signedPdf ?? null).toBeNull()
  })

  it('cannot be used by a contributor to hide another unit’s public file', async () => {
    const othersPdf = await uploadFile('notice.pdf', 'application/pdf', { unit: actors.otherContributor.unitId })
    const draft = await app.rest('POST', '/cchc-documents', {
      token: actors.contributor.token,
      body: { ...documentBody(), signedPdf: othersPdf.id, _status: 'draft' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect((await app.rest('GET', `/cchc-media/${othersPdf.id}`)).status).toBe(200)
    // Its own unit's file is marked internal while the draft waits.
    const ownPdf = await uploadFile('notice.pdf', 'application/pdf', { unit: actors.contributor.unitId })
    const own = await app.rest('PATCH', `/cchc-documents/${draft.body.doc.id}`, { token: actors.contributor.token, body: { signedPdf: ownPdf.id } })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect((await app.rest('GET', `/cchc-media/${ownPdf.id}`)).status).toBe(404)
  })

  it('is internal until the document is published, then public', async () => {
    const pdf = await uploadFile('notice.pdf', 'application/pdf', { unit: actors.contributor.unitId, caption: 'Bản ký số' })
    const doc = await seed(actors.editor.unitId, false)
    const attached = await app.rest('PATCH', `/cchc-documents/${doc.id}`, { token: actors.editor.token, body: { signedPdf: pdf.id } })
    expect(attached.status, JSON.stringify(attached.body)).toBe(200)
    expect((await app.rest('GET', `/cchc-media/${pdf.id}`)).status).toBe(404)
    const publish = await app.rest('PATCH', `/cchc-documents/${doc.id}`, { token: actors.editor.token, body: { _status: 'published' } })
    expect(publish.status, JSON.stringify(publish.body)).toBe(200)
    expect((await app.rest('GET', `/cchc-media/${pdf.id}`)).status).toBe(200)
    // Only the mark changed.
    expect(await app.payload.findByID({ collection: 'cchc-media', id: pdf.id, depth: 0 })).toMatchObject({ unit: actors.contributor.unitId, caption: 'Bản ký số', internal: false })
    // A draft saved over the published document keeps its file public.
    const draftSave = await app.rest('PATCH', `/cchc-documents/${doc.id}?draft=true`, { token: actors.editor.token, body: { summary: 'Sửa nháp' } })
    expect(draftSave.status, JSON.stringify(draftSave.body)).toBe(200)
    expect((await app.rest('GET', `/cchc-media/${pdf.id}`)).status).toBe(200)
  })
})
