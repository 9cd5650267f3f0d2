/**
 * Duplicating a document creates one: the publish guard reads the state being written, not the
 * source's. A contributor's copy of a published procedure, decision, post or result is never
 * published (REST with and without `?draft=false`, GraphQL, Local API), a forged decision applies
 * nothing, and a copy inherits none of its source's applied items, publication or review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { postInState } from './helpers/posts.ts'

let app: TestApp
let contributor: Actor
let editor: Actor
const sources: Record<string, Record<string, any>> = {}

const singular: Record<string, string> = {
  procedures: 'Procedure',
  'procedure-announcements': 'ProcedureAnnouncement',
  'cchc-posts': 'CchcPost',
  'procedure-results': 'ProcedureResult',
  'cchc-reports': 'CchcReport',
}

type Outcome = { ok: boolean; status?: number; doc?: Record<string, any> }
type Way = { name: string; duplicate: (slug: string, actor: Actor, data: Record<string, unknown>) => Promise<Outcome> }

const rest = (draft: boolean | undefined): Way => ({
  name: `REST${draft === false ? ' ?draft=false' : ''}`,
  duplicate: async (slug, actor, data) => {
    const query = draft === false ? '?draft=false' : ''
    const reply = await app.rest('POST', `/${slug}/${sources[slug]!.id}/duplicate${query}`, { token: actor.token, body: data })
    return { ok: reply.status === 200, status: reply.status, doc: reply.body?.doc }
  },
})

// GraphQL's duplicate takes no draft flag: it always saves as Payload's create does, not as a draft.
const graphql: Way = {
  name: 'GraphQL',
  duplicate: async (slug, actor, data) => {
    const name = singular[slug]!
    const reply = await app.graphql(
      `mutation($id: Int!, $data: mutation${name}Input!) { duplicate${name}(id: $id, data: $data) { id } }`,
      { id: sources[slug]!.id, data },
      actor.token,
    )
    const errors = reply.body?.errors as { extensions?: { statusCode?: number } }[] | undefined
    return { ok: !errors?.length, status: errors?.[0]?.extensions?.statusCode, doc: reply.body?.data?.[`duplicate${name}`] }
  },
}

const local: Way = {
  name: 'Local API',
  duplicate: async (slug, actor, data) => {
    try {
      const doc = await app.payload.duplicate({
        collection: slug as 'units',
        id: sources[slug]!.id,
        data: data as never,
        draft: false,
        user: actor.user,
        overrideAccess: false,
      })
      return { ok: true, doc: doc as Record<string, any> }
    } catch (error) {
      return { ok: false, status: (error as { status?: number }).status }
    }
  },
}

const publishing: Way[] = [rest(false), graphql, local]

let serial = 0
const code = () => `1.${String(400000 + ++serial).padStart(6, '0')}`

const figures = {
  carriedOver: 0,
  received: 10,
  receivedOnline: 5,
  resolvedBeforeDeadline: 5,
  resolvedOnTime: 5,
  resolvedLate: 0,
  inProgressWithinDeadline: 0,
  inProgressOverdue: 0,
}

/** What a copy must change to be valid at all (unique codes and periods), so only the guard can refuse it. */
const copyData: Record<string, () => Record<string, unknown>> = {
  procedures: () => ({ code: code(), name: `Bản sao ${serial}`, sector: 'Hộ tịch' }),
  'procedure-announcements': () => ({
    number: `${7000 + ++serial}/QĐ-UBND`,
    issuer: 'UBND thành phố Hải Phòng',
    signedAt: '2026-05-01T12:00:00.000Z',
    effectiveDate: '2026-05-02T12:00:00.000Z',
    summary: 'Quyết định giả mạo bãi bỏ thủ tục đăng ký khai sinh',
    // The forged decision of the report: it repeals Đăng ký khai sinh.
    items: [{ kind: 'repealed', code: sources.procedures!.code, changes: 'Bãi bỏ' }],
  }),
  'cchc-posts': () => ({ title: `Bản sao bài ${++serial}`, format: 'article', workflowState: 'draft' }),
  'procedure-results': () => ({ ...figures, periodKind: 'quarter', year: 2026, periodNumber: 2 + (++serial % 3), sector: `Lĩnh vực ${serial}` }),
}

const publishedCount = async (slug: string) =>
  (await app.payload.count({ collection: slug as 'units', where: { _status: { equals: 'published' } } })).totalDocs

const changesOfMay = async () => (await app.rest('GET', '/procedures/changes?from=2026-05-01&to=2026-05-31')).body

beforeAll(async () => {
  app = await bootApp()
  contributor = await makeActor(app, 'contributor', { unit: 'ttpvhcc' })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  const unit = await unitIdByCode(app, 'ttpvhcc')

  sources.procedures = await app.payload.create({
    collection: 'procedures' as 'units',
    data: { code: '1.001022', name: 'Thủ tục đăng ký khai sinh', sector: 'Hộ tịch', level: 'commune', unit, _status: 'published' } as never,
  })
  const decision = await app.payload.create({
    collection: 'procedure-announcements' as 'units',
    data: {
      number: '3218/QĐ-UBND',
      issuer: 'UBND thành phố Hải Phòng',
      signedAt: '2026-04-01T12:00:00.000Z',
      effectiveDate: '2026-04-02T12:00:00.000Z',
      summary: 'Công bố thủ tục mới',
      items: [{ kind: 'new', code: '1.000894', data: { name: 'Thủ tục đăng ký kết hôn', sector: 'Hộ tịch' } }],
      unit,
      _status: 'draft',
    } as never,
  })
  sources['procedure-announcements'] = await app.payload.update({
    collection: 'procedure-announcements' as 'units',
    id: decision.id,
    data: { _status: 'published' } as never,
  })
  sources['cchc-posts'] = await postInState(app, unit, 'published')
  sources['procedure-results'] = await app.payload.create({
    collection: 'procedure-results' as 'units',
    data: {
      ...figures,
      unit,
      periodKind: 'quarter',
      year: 2026,
      periodNumber: 1,
      _status: 'published',
    } as never,
  })
  let report = await app.payload.create({ collection: 'cchc-reports', data: { unit, periodKind: 'month', year: 2026, periodNumber: 1 } as never })
  for (const step of [{ reportState: 'submitted' }, { reportState: 'accepted' }]) {
    report = await app.payload.update({ collection: 'cchc-reports', id: report.id, data: step as never })
  }
  sources['cchc-reports'] = report
})
afterAll(() => app?.close())

describe('a contributor duplicating a published document never publishes', () => {
  for (const slug of ['procedures', 'procedure-announcements', 'cchc-posts', 'procedure-results']) {
    for (const way of publishing) {
      it(`${slug}, through ${way.name}`, async () => {
        const before = await publishedCount(slug)
        const changes = await changesOfMay()
        const outcome = await way.duplicate(slug, contributor, copyData[slug]!())
        expect(outcome.ok, JSON.stringify(outcome)).toBe(false)
        expect(outcome.status).toBe(403)
        expect(await publishedCount(slug)).toBe(before)
        // Nothing applied: Đăng ký khai sinh stands, and the public list of changes is as it was.
        const birth = await app.payload.findByID({ collection: 'procedures' as 'units', id: sources.procedures!.id, depth: 0 })
        expect(birth).toMatchObject({ status: 'active', _status: 'published' })
        expect(await changesOfMay()).toEqual(changes)
      })
    }
  }

  it('a copy saved as a draft (REST, the admin’s default) is the contributor’s own draft, starting over', async () => {
    for (const slug of ['procedures', 'procedure-announcements', 'cchc-posts', 'procedure-results']) {
      const outcome = await rest(undefined).duplicate(slug, contributor, copyData[slug]!())
      expect(outcome.ok, `${slug}: ${JSON.stringify(outcome)}`).toBe(true)
      const copy = (await app.payload.findByID({ collection: slug as 'units', id: outcome.doc!.id, depth: 0, draft: true })) as Record<string, any>
      expect(copy._status).toBe('draft')
      expect(copy.publishedAt ?? null).toBeNull()
      if (slug === 'cchc-posts') expect(copy).toMatchObject({ workflowState: 'draft', reviewNote: null })
      if (slug === 'procedure-announcements') expect(copy).toMatchObject({ appliedItems: [], pendingFrom: null })
    }
  })

  it('a copy of an accepted report starts as a draft, neither submitted nor reviewed', async () => {
    const outcome = await rest(undefined).duplicate('cchc-reports', contributor, { periodNumber: 2 })
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
    const copy = await app.payload.findByID({ collection: 'cchc-reports', id: outcome.doc!.id, depth: 0 })
    expect(copy).toMatchObject({ reportState: 'draft', submittedAt: null, reviewedAt: null, periodNumber: 2 })
  })
})

describe('anonymous duplicates nothing', () => {
  for (const slug of Object.keys(singular)) {
    it(slug, async () => {
      const before = (await app.payload.count({ collection: slug as 'units' })).totalDocs
      const reply = await app.rest('POST', `/${slug}/${sources[slug]!.id}/duplicate?draft=false`, { body: {} })
      expect(reply.status).toBe(403)
      expect((await app.payload.count({ collection: slug as 'units' })).totalDocs).toBe(before)
    })
  }
})

describe('an editor duplicating', () => {
  it('a decision gets a copy with none of the source’s applied items, that can be deleted', async () => {
    expect(sources['procedure-announcements']!.appliedItems).toHaveLength(1)
    const reply = await app.rest('POST', `/procedure-announcements/${sources['procedure-announcements']!.id}/duplicate`, {
      token: editor.token,
      body: { number: '3219/QĐ-UBND' },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const copy = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: reply.body.doc.id, depth: 0, draft: true })) as Record<string, any>
    expect(copy).toMatchObject({ _status: 'draft', appliedItems: [], pendingFrom: null, publishedAt: null })
    expect(copy.items).toHaveLength(1)
    const removed = await app.rest('DELETE', `/procedure-announcements/${copy.id}`, { token: editor.token })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
  })

  it('a published post gets a draft to work on (REST, as the admin does)', async () => {
    const reply = await app.rest('POST', `/cchc-posts/${sources['cchc-posts']!.id}/duplicate`, { token: editor.token, body: {} })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.doc).toMatchObject({ _status: 'draft', workflowState: 'draft', publishedAt: null })
  })

  it('publishes a copy of a procedure when asked, as editors may (GraphQL)', async () => {
    const data = copyData.procedures!()
    const outcome = await graphql.duplicate('procedures', editor, data)
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
    const copy = await app.payload.findByID({ collection: 'procedures' as 'units', id: outcome.doc!.id, depth: 0 })
    expect(copy).toMatchObject({ code: data.code, _status: 'published', status: 'active' })
  })
})
