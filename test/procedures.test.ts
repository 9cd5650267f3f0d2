/**
 * Procedures and announcement decisions: who may do what through REST, GraphQL and the Local API,
 * field validation, and search without diacritics backed by a trigram index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/index.ts'

import { type Actor, makeActor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'
import { postInState } from './helpers/posts.ts'
import { vietnameseLetters } from './helpers/languages.ts'

let app: TestApp
let actors: Record<Role, Actor> & { otherContributor: Actor }
let paths: Path[]
const roles: Role[] = ['anonymous', 'contributor', 'coordinator', 'editor', 'administrator']
const editors: Role[] = ['editor', 'administrator']
const writers: Role[] = ['contributor', 'coordinator', 'editor', 'administrator']

let serial = 0
const nextCode = () => `2.${String(100000 + ++serial).padStart(6, '0')}`

const procedure = (overrides: Record<string, unknown> = {}) => ({
  code: nextCode(),
  name: `Thủ tục thử nghiệm ${serial}`,
  sector: 'Hộ tịch',
  level: 'commune',
  ...overrides,
})

const announcement = (overrides: Record<string, unknown> = {}) => ({
  number: `${100 + ++serial}/QĐ-UBND`,
  issuer: 'UBND thành phố Hải Phòng',
  signedAt: '2026-05-01T12:00:00.000Z',
  effectiveDate: '2026-05-01T12:00:00.000Z',
  summary: `Công bố danh mục thủ tục ${serial}`,
  ...overrides,
})

const bodies = { procedures: procedure, 'procedure-announcements': announcement } as const
type Slug = keyof typeof bodies

/** A document of the given unit, as the system writes it. */
const seed = async (slug: Slug, unitId: number | string | undefined, published: boolean) =>
  app.payload.create({
    collection: slug as 'units',
    data: { ...bodies[slug](), unit: unitId, _status: published ? 'published' : 'draft' } as any,
  })

beforeAll(async () => {
  app = await bootApp()
  actors = {
    ...(await makeActors(app)),
    contributor: await makeActor(app, 'contributor', { unit: 'ttpvhcc' }),
    otherContributor: await makeActor(app, 'contributor', { unit: 'kinh-te' }),
  }
  paths = allPaths(app, {
    procedures: 'id code name status _status',
    'procedure-announcements': 'id number summary _status',
  })
})
afterAll(() => app?.close())

describe.each(['procedures', 'procedure-announcements'] as const)('%s', (slug) => {
  describe.each(['rest', 'graphql', 'local'] as const)('through %s', (name) => {
    const path = () => paths.find((p) => p.name === name)!

    it.each(roles)('as %s: reads published, and drafts of its own unit only', async (role) => {
      const own = await seed(slug, actors.contributor.unitId, false)
      const other = await seed(slug, actors.otherContributor.unitId, false)
      const published = await seed(slug, actors.otherContributor.unitId, true)
      const ids = [own.id, other.id, published.id]
      const read = await path().find(slug, actors[role], { id: { greater_than_equal: own.id, less_than_equal: published.id } })
      expect(read.ok, read.error).toBe(true)
      const seen = read.docs!.map((doc: { id: number }) => doc.id).sort()
      const expected =
        role === 'anonymous' || role === 'coordinator'
          ? [published.id]
          : role === 'contributor'
            ? [own.id, published.id]
            : ids
      expect(seen).toEqual([...expected].sort())
    })

    it.each(roles)('as %s: drafts as a writer; publishes only as an editor', async (role) => {
      const draft = await path().create(slug, actors[role], { ...bodies[slug](), _status: 'draft' })
      expect(draft.ok, draft.error).toBe(writers.includes(role))
      const published = await path().create(slug, actors[role], { ...bodies[slug](), _status: 'published' })
      expect(published.ok, published.error).toBe(editors.includes(role))
      if (draft.ok && (role === 'contributor' || role === 'coordinator')) {
        // A contributor's document is its unit's, whatever it sent.
        const stored = await app.payload.findByID({ collection: slug as 'units', id: draft.doc.id, depth: 0, draft: true })
        expect((stored as any).unit).toBe(actors[role].unitId)
      }
    })

    it.each([...roles, 'otherContributor' as const])('as %s: edits and deletes own-unit drafts; editors anything', async (role) => {
      const draft = await seed(slug, actors.contributor.unitId, false)
      const published = await seed(slug, actors.contributor.unitId, true)
      const mayEditDraft = editors.includes(role as Role) || role === 'contributor'
      const summaryField = slug === 'procedures' ? { name: 'Tên đã sửa' } : { summary: 'Trích yếu đã sửa' }

      const updated = await path().update(slug, actors[role], draft.id, summaryField)
      expect(updated.ok, updated.error).toBe(mayEditDraft)
      const updatedPublished = await path().update(slug, actors[role], published.id, summaryField)
      expect(updatedPublished.ok, updatedPublished.error).toBe(editors.includes(role as Role))
      const stored = (await app.payload.findByID({ collection: slug as 'units', id: published.id, depth: 0 })) as any
      expect(stored[Object.keys(summaryField)[0]!] === Object.values(summaryField)[0]).toBe(editors.includes(role as Role))

      // Publishing an existing draft is the editors' alone.
      const publish = await path().update(slug, actors[role], draft.id, { _status: 'published' })
      expect(publish.ok, publish.error).toBe(editors.includes(role as Role))

      const target = await seed(slug, actors.contributor.unitId, false)
      const removed = await path().remove(slug, actors[role], target.id)
      expect(removed.ok, removed.error).toBe(mayEditDraft)
      const removedPublished = await path().remove(slug, actors[role], published.id)
      expect(removedPublished.ok, removedPublished.error).toBe(editors.includes(role as Role))
    })
  })
})

describe('procedure fields', () => {
  it('stores the short code and keeps the provincial long form beside it', async () => {
    const reply = await app.rest('POST', '/procedures', {
      token: actors.editor.token,
      body: procedure({ code: ' 1.000894.000.00.00.h29 ', _status: 'published' }),
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body.doc).toMatchObject({ code: '1.000894', fullCode: '1.000894.000.00.00.H29', status: 'active' })
    const again = await app.rest('POST', '/procedures', { token: actors.editor.token, body: procedure({ code: '1.000894' }) })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('code')
    // The code never changes.
    const changed = await app.rest('PATCH', `/procedures/${reply.body.doc.id}`, { token: actors.editor.token, body: { code: '1.000895' } })
    expect(changed.status).toBe(400)
    expect(changed.body.errors[0].data.errors[0]).toMatchObject({ path: 'code' })
  })

  it.each([
    ['code', { code: '1000894' }],
    ['portalUrl', { portalUrl: 'http://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894' }],
    ['portalUrl', { portalUrl: 'https://dichvucong.gov.vn.evil.example/x' }],
    ['partialReason', { onlineLevel: 'mot_phan' }],
    ['legalBasis.0.number', { legalBasis: [{ number: 'QĐ-UBND', title: 'Thiếu số' }] }],
  ])('refuses a wrong %s with the reason, in Vietnamese when no language is asked, and stores nothing', async (field, overrides) => {
    const body = procedure(overrides)
    const before = (await app.payload.count({ collection: 'procedures' })).totalDocs
    const reply = await app.rest('POST', '/procedures', { token: actors.editor.token, body })
    expect(reply.status).toBe(400)
    const error = reply.body.errors[0].data.errors.find((e: { path: string }) => e.path === field)
    expect(error, JSON.stringify(reply.body)).toBeDefined()
    expect(error.message).toMatch(vietnameseLetters)
    expect((await app.payload.count({ collection: 'procedures' })).totalDocs).toBe(before)
  })

  it('accepts portal links on allowed hosts, and stores legal document numbers in canonical form', async () => {
    const reply = await app.rest('POST', '/procedures', {
      token: actors.editor.token,
      body: procedure({
        portalUrl: 'https://dichvucong.haiphong.gov.vn/thu-tuc/1.000894',
        onlineLevel: 'mot_phan',
        partialReason: 'Cần đối chiếu bản chính giấy tờ tùy thân.',
        legalBasis: [{ number: '123 / qd - ubnd', title: 'Quyết định' }, { number: '63/2010/ND-CP', title: 'Nghị định' }],
      }),
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body.doc.legalBasis.map((row: { number: string }) => row.number)).toEqual(['123/QĐ-UBND', '63/2010/NĐ-CP'])
  })

  it('takes no status, replacement or history from a request, even an editor’s', async () => {
    const created = await app.rest('POST', '/procedures', {
      token: actors.editor.token,
      body: procedure({ status: 'repealed', history: [{ kind: 'repealed', changes: 'giả' }], _status: 'published' }),
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.status).toBe('active')
    expect(created.body.doc.history).toEqual([])
    const patched = await app.rest('PATCH', `/procedures/${created.body.doc.id}`, {
      token: actors.administrator.token,
      body: { status: 'repealed', replacedBy: created.body.doc.id },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.doc).toMatchObject({ status: 'active', replacedBy: null })
  })
})

describe('search without diacritics', () => {
  beforeAll(async () => {
    const make = (data: Record<string, unknown>) =>
      app.payload.create({ collection: 'procedures' as 'units', data: { level: 'commune', _status: 'published', ...data } as any })
    await make({ code: '1.001193', name: 'Thủ tục đăng ký kết hôn', sector: 'Hộ tịch', onlineLevel: 'mot_phan', partialReason: 'Hai bên có mặt.' })
    await make({ code: '1.001022', name: 'Thủ tục đăng ký khai sinh', sector: 'Hộ tịch', onlineLevel: 'toan_trinh' })
    await make({ code: '1.003058', name: 'Thủ tục chứng thực bản sao từ bản chính', sector: 'Chứng thực' })
    await make({ code: '1.009994', name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài (nháp)', sector: 'Hộ tịch', _status: 'draft' })
  })

  const search = async (query: string, token?: string) => app.rest('GET', `/procedures/search?${query}`, { token })

  it('finds "Thủ tục đăng ký kết hôn" from "thu tuc dang ky ket hon", published only for the public', async () => {
    const reply = await search(`q=${encodeURIComponent('thu tuc dang ky ket hon')}`)
    expect(reply.status).toBe(200)
    expect(reply.body.docs.map((doc: { code: string }) => doc.code)).toEqual(['1.001193'])
    const staff = await search(`q=${encodeURIComponent('DANG KY KET HON')}`, actors.editor.token)
    expect(staff.body.docs.map((doc: { code: string }) => doc.code).sort()).toEqual(['1.001193', '1.009994'])
  })

  it('is the same through GraphQL (ProcedureSearch), with the same access and the same 400s', async () => {
    const query = 'query($q: String, $sector: String) { ProcedureSearch(q: $q, sector: $sector) { totalDocs docs { code name sector } } }'
    const codes = (reply: { body: any }) => reply.body.data.ProcedureSearch.docs.map((doc: { code: string }) => doc.code).sort()
    expect(codes(await app.graphql(query, { q: 'thu tuc dang ky ket hon' }))).toEqual(['1.001193'])
    expect(codes(await app.graphql(query, { q: 'dang ky ket hon' }, actors.editor.token))).toEqual(['1.001193', '1.009994'])
    expect(codes(await app.graphql(query, { sector: 'chung thuc' }))).toEqual(['1.003058'])
    const wrong = await app.graphql(query, { q: 'a' })
    expect(wrong.body.errors[0].message).toMatch(/^Tham số "q" không hợp lệ\./)
  })

  it('finds by code, and filters by field, status and online level', async () => {
    expect((await search('q=1.001022')).body.docs.map((doc: { code: string }) => doc.code)).toEqual(['1.001022'])
    const byField = await search(`sector=${encodeURIComponent('ho tich')}&onlineLevel=toan_trinh`)
    expect(byField.body.docs.map((doc: { code: string }) => doc.code)).toEqual(['1.001022'])
    const none = await search(`q=chung+thuc&onlineLevel=none&status=active`)
    expect(none.body.docs.map((doc: { code: string }) => doc.code)).toEqual(['1.003058'])
  })

  it.each(['q=a', 'status=gone', 'onlineLevel=muc-4', 'limit=1000', ''])('refuses %j with a 400 naming the parameter', async (query) => {
    const reply = await search(query)
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toBeTruthy()
    expect(reply.body.errors[0].message).toMatch(/^Tham số "[^"]+" không hợp lệ\./)
  })

  it('is served by the trigram index the plugin creates on start (for a host without the migration too)', async () => {
    const db = app.payload.db as any
    await db.execute({ drizzle: db.drizzle, raw: 'analyze procedures' })
    const plan = await db.pool.query(
      "set enable_seqscan = off; explain select id from procedures where search_text ilike '%ket hon%'",
    )
    const text = (Array.isArray(plan) ? plan.at(-1) : plan).rows.map((row: Record<string, string>) => Object.values(row)[0]).join('\n')
    expect(text).toContain('procedures_search_text_trgm_idx')
  })
})

describe('posts that explain a procedure', () => {
  it('are joined to it, as each reader may see them: the public, published posts only', async () => {
    const target = await app.payload.create({
      collection: 'procedures' as 'units',
      data: { ...procedure(), _status: 'published' } as any,
    })
    const unit = actors.contributor.unitId!
    const published = await postInState(app, unit, 'published', { relatedProcedures: [target.id] })
    const draft = await postInState(app, unit, 'draft', { relatedProcedures: [target.id] })

    const ids = (reply: { body: any }) => reply.body.relatedPosts.docs.map((post: { id: number }) => post.id).sort()
    const publicReply = await app.rest('GET', `/procedures/${target.id}?depth=1`)
    expect(ids(publicReply)).toEqual([published.id])
    const editorReply = await app.rest('GET', `/procedures/${target.id}?depth=1`, { token: actors.editor.token })
    expect(ids(editorReply)).toEqual([published.id, draft.id].sort())
    const graphql = await app.graphql(`{ Procedure(id: ${target.id}) { relatedPosts { docs { id } } } }`)
    expect(graphql.body.data.Procedure.relatedPosts.docs.map((post: { id: number }) => post.id)).toEqual([published.id])
  })
})
