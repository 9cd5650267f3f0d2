/**
 * POST /api/procedure-announcements/:id/publish: publishes a decision as PATCH `{ _status:
 * 'published' }` does (same access, rules, stored result, audit entries), without writing its
 * unchanged items again; all or nothing, and never applied twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/index.ts'

import { createLocalReq } from 'payload'

import { publishDecision } from '../src/services/publishDecision.ts'
import { type Actor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { newProcedureItem, procedureCodes } from './helpers/decisions.ts'

let app: TestApp
let actors: Record<Role, Actor>
let serial = 0

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
})
afterAll(() => app?.close())

const richItem = (code: string) => ({
  ...newProcedureItem(code),
  data: {
    ...newProcedureItem(code).data,
    dossier: [{ name: 'Tờ khai', originals: 1, copies: 0 }, { name: 'Giấy tờ tùy thân', originals: 0, copies: 1 }],
    legalBasis: [{ number: '15/2025/NĐ-CP', title: 'Nghị định về hộ tịch' }],
  },
})

const decision = async (items: Record<string, unknown>[], effective = '2026-05-02', actor: Actor = actors.editor) => {
  const reply = await app.rest('POST', '/procedure-announcements', {
    token: actor.token,
    body: {
      number: `${++serial}/QĐ-UBND`, issuer: 'UBND thành phố Hải Phòng', signer: 'Chủ tịch', signedAt: '2026-05-01T12:00:00.000Z',
      effectiveDate: `${effective}T12:00:00.000Z`, summary: 'Quyết định', items, _status: 'draft',
    },
  })
  expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(201)
  return reply.body.doc as { id: number; items: { id: string }[] }
}
const publish = (id: number, actor: Actor = actors.editor) => app.rest('POST', `/procedure-announcements/${id}/publish`, { token: actor.token })
const pool = () => (app.payload.db as unknown as { pool: { query: (text: string, values?: unknown[]) => Promise<{ rows: any[] }> } }).pool
const sql = async (text: string, values?: unknown[]) => (await pool().query(text, values)).rows
const stored = async (id: number, draft = false) => (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id, depth: 0, draft })) as any
const procedure = async (code: string) => (await app.payload.find({ collection: 'procedures' as 'units', where: { code: { equals: code } }, depth: 0 })).docs[0] as any
const countOf = async (code: string) => (await sql(`select count(*)::int as n from procedures where code = $1`, [code]))[0].n as number
const entriesAbout = async (id: number) =>
  (await sql(`select action from cchc_audit_log where collection = 'procedure-announcements' and document_id = $1 order by id`, [String(id)])).map((row) => row.action)

/** A stored decision without what differs between two decisions of the same content. */
const comparable = (doc: any) => {
  const { id: _id, number: _n, numberKey: _k, searchText: _s, createdAt: _c, updatedAt: _u, publishedAt, items, ...rest } = doc
  const strip = (value: any): any =>
    Array.isArray(value) ? value.map(strip) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, v]) => [key, strip(v)])) : value
  return { ...rest, publishedAt: Boolean(publishedAt), items: strip(items) }
}

describe('publishing through POST /:id/publish', () => {
  it('stores what PATCH stores: the decision, its published version with every array, its audit entries', async () => {
    // Items that wait (2099): what is compared is the publish itself.
    const items = [richItem('1.900001'), { ...newProcedureItem('1.900002'), effectiveDate: '2099-02-01T12:00:00.000Z' }]
    const viaPatch = await decision(items, '2099-01-01')
    const viaPost = await decision(items, '2099-01-01')
    // At depth 0, as the endpoint answers.
    const patched = await app.rest('PATCH', `/procedure-announcements/${viaPatch.id}?depth=0`, { token: actors.editor.token, body: { _status: 'published' } })
    expect(patched.status, JSON.stringify(patched.body).slice(0, 500)).toBe(200)
    const posted = await publish(viaPost.id)
    expect(posted.status, JSON.stringify(posted.body).slice(0, 500)).toBe(200)
    expect(posted.body.message).toBe('Đã công bố quyết định.')
    expect(comparable(posted.body.doc)).toEqual(comparable(patched.body.doc))

    for (const draft of [false, true]) expect(comparable(await stored(viaPost.id, draft))).toEqual(comparable(await stored(viaPatch.id, draft)))
    const post = await stored(viaPost.id)
    expect(post).toMatchObject({ _status: 'published', pendingFrom: expect.any(String) })
    // The item rows were not written again: the same row ids as when the draft was saved.
    expect(post.items.map((item: { id: string }) => item.id)).toEqual(viaPost.items.map((item) => item.id))
    expect(post.items[0].data.dossier).toHaveLength(2)
    expect(post.items[0].data.channels).toEqual(['in_person', 'online'])
    const versions = async (id: number) =>
      sql(`select version__status as status, latest from _procedure_announcements_v where parent = $1 order by id`, [id]).catch(() =>
        sql(`select version__status as status, latest from _procedure_announcements_v where parent_id = $1 order by id`, [id]),
      )
    expect(await versions(viaPost.id)).toEqual(await versions(viaPatch.id))
    expect((await versions(viaPost.id)).at(-1)).toEqual({ status: 'published', latest: true })
    expect(await entriesAbout(viaPost.id)).toEqual(await entriesAbout(viaPatch.id))
    expect(await entriesAbout(viaPost.id)).toEqual(['create', 'publish'])
  })

  it('applies a 500-item decision once, with every procedure, version and audit entry', async () => {
    const created = procedureCodes(100000, 500)
    const big = await decision(created.map(newProcedureItem))
    const versionBefore = (await sql(`select version::int as v from cchc_content_versions`))[0]?.v ?? 0
    const started = performance.now()
    const reply = await publish(big.id)
    console.log(`BIG DECISION via POST /:id/publish: ${Math.round(performance.now() - started)} ms`)
    expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(200)
    expect(reply.body.doc.items.filter((item: { appliedAt?: string }) => item.appliedAt)).toHaveLength(500)
    expect((await app.payload.count({ collection: 'procedures' as 'units', where: { code: { in: created } } })).totalDocs).toBe(500)
    const one = await procedure(created[321]!)
    expect(one).toMatchObject({ status: 'active', _status: 'published', name: `Thủ tục ${created[321]}` })
    expect(one.history).toEqual([expect.objectContaining({ kind: 'new', announcement: big.id })])
    const doc = await stored(big.id)
    expect(doc._status).toBe('published')
    expect(doc.appliedItems).toHaveLength(500)
    expect(doc.items.map((item: { id: string }) => item.id)).toEqual(big.items.map((item) => item.id))
    // The decision's latest version is the published one, with its 500 items and their channels.
    const latest = await stored(big.id, true)
    expect(latest._status).toBe('published')
    expect(latest.items).toHaveLength(500)
    expect(latest.items[499].data.channels).toEqual(['in_person', 'online'])
    expect(await entriesAbout(big.id)).toEqual(['create', 'publish'])
    const applied = await sql(`select count(*)::int as n from cchc_audit_log where action = 'apply_item' and details->>'announcement' = $1`, [String(big.id)])
    expect(applied[0].n).toBe(500)
    expect((await sql(`select version::int as v from cchc_content_versions`))[0].v).toBeGreaterThan(versionBefore)

    // Again: nothing applies twice.
    expect((await publish(big.id)).status).toBe(200)
    expect((await procedure(created[321]!)).history).toHaveLength(1)
    expect(await countOf(created[0]!)).toBe(1)
  })

  it('writes nothing when one item of 500 is at fault: a 400 naming it', async () => {
    const created = procedureCodes(300000, 500)
    const faulty = await decision([...created.slice(0, 499).map(newProcedureItem), { kind: 'repealed', code: '2.999999' }])
    const versionsBefore = (await sql(`select count(*)::int as n from _procedure_announcements_v where parent_id = $1`, [faulty.id]))[0].n
    const reply = await publish(faulty.id)
    expect(reply.status).toBe(400)
    expect(JSON.stringify(reply.body.errors)).toContain('items.499')
    expect((await stored(faulty.id))._status).toBe('draft')
    expect((await sql(`select count(*)::int as n from _procedure_announcements_v where parent_id = $1`, [faulty.id]))[0].n).toBe(versionsBefore)
    expect((await app.payload.count({ collection: 'procedures' as 'units', where: { code: { in: created } } })).totalDocs).toBe(0)
    expect(await entriesAbout(faulty.id)).toEqual(['create'])
  })

  it('writes nothing when the database refuses one item half-way (after the decision row and version are written)', async () => {
    const created = procedureCodes(400000, 300)
    const doomed = await decision(created.map(newProcedureItem))
    // The 150th procedure's insert fails in PostgreSQL, after the publish wrote the decision's row and version.
    await sql(`create or replace function cchc_test_refuse() returns trigger language plpgsql as $$
      begin if new.code = '${created[150]}' then raise exception 'refused for the test'; end if; return new; end $$`)
    await sql(`create trigger cchc_test_refuse before insert on procedures for each row execute function cchc_test_refuse()`)
    try {
      const versionsBefore = (await sql(`select count(*)::int as n from _procedure_announcements_v where parent_id = $1`, [doomed.id]))[0].n
      const reply = await publish(doomed.id)
      expect(reply.status).toBeGreaterThanOrEqual(400)
      expect((await stored(doomed.id))._status).toBe('draft')
      expect((await sql(`select count(*)::int as n from _procedure_announcements_v where parent_id = $1`, [doomed.id]))[0].n).toBe(versionsBefore)
      expect((await app.payload.count({ collection: 'procedures' as 'units', where: { code: { in: created } } })).totalDocs).toBe(0)
      expect(await entriesAbout(doomed.id)).toEqual(['create'])
    } finally {
      await sql(`drop trigger cchc_test_refuse on procedures`)
    }
    // Once the database takes it, the same decision publishes.
    expect((await publish(doomed.id)).status).toBe(200)
    expect((await app.payload.count({ collection: 'procedures' as 'units', where: { code: { in: created } } })).totalDocs).toBe(300)
  })

  it('applies once when two publishes of the same decision race (two POSTs, a POST and a PATCH)', async () => {
    const first = procedureCodes(500000, 200)
    const raced = await decision(first.map(newProcedureItem))
    const replies = await Promise.all([publish(raced.id), publish(raced.id)])
    expect(replies.map((reply) => reply.status)).toEqual([200, 200])
    const second = procedureCodes(600000, 200)
    const racedToo = await decision(second.map(newProcedureItem))
    const mixed = await Promise.all([
      publish(racedToo.id),
      app.rest('PATCH', `/procedure-announcements/${racedToo.id}`, { token: actors.editor.token, body: { _status: 'published' } }),
    ])
    expect(mixed.map((reply) => reply.status)).toEqual([200, 200])
    for (const [id, list] of [[raced.id, first], [racedToo.id, second]] as const) {
      expect((await sql(`select count(*)::int as n from procedures where code = any($1)`, [list]))[0].n).toBe(200)
      const history = await sql(`select count(*)::int as n from procedures_history where announcement_id = $1`, [id])
      expect(history[0].n).toBe(200)
      expect((await stored(id)).appliedItems).toHaveLength(200)
      const applied = await sql(`select count(*)::int as n from cchc_audit_log where action = 'apply_item' and details->>'announcement' = $1`, [String(id)])
      expect(applied[0].n).toBe(200)
      expect((await entriesAbout(id)).filter((action) => action === 'publish')).toHaveLength(1)
    }
  })

  it('publishes a draft saved after the row (the admin’s "save draft") with what the draft says, its arrays included', async () => {
    const edited = await decision([newProcedureItem('1.910001'), newProcedureItem('1.910002')])
    const saved = await app.rest('PATCH', `/procedure-announcements/${edited.id}?draft=true`, { token: actors.editor.token, body: { summary: 'Trích yếu đã sửa' } })
    expect(saved.status).toBe(200)
    expect((await stored(edited.id)).summary).toBe('Quyết định')
    const reply = await publish(edited.id)
    expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(200)
    const published = await stored(edited.id)
    expect(published).toMatchObject({ _status: 'published', summary: 'Trích yếu đã sửa' })
    // Items the draft left as they were keep their rows.
    expect(published.items.map((item: { id: string }) => item.id)).toEqual(edited.items.map((item) => item.id))
    expect((await procedure('1.910001'))?.status).toBe('active')

    // A draft that changed an item: the row takes the draft's items.
    const changed = await decision([newProcedureItem('1.910003')])
    const draftItems = [{ ...newProcedureItem('1.910003'), id: changed.items[0]!.id, data: { ...newProcedureItem('1.910003').data, name: 'Tên đã sửa' } }, newProcedureItem('1.910004')]
    expect((await app.rest('PATCH', `/procedure-announcements/${changed.id}?draft=true`, { token: actors.editor.token, body: { items: draftItems } })).status).toBe(200)
    expect((await stored(changed.id)).items).toHaveLength(1)
    expect((await publish(changed.id)).status).toBe(200)
    const row = await stored(changed.id)
    expect(row.items.map((item: { code: string; data: { name: string } }) => [item.code, item.data.name])).toEqual([['1.910003', 'Tên đã sửa'], ['1.910004', 'Thủ tục 1.910004']])
    expect((await procedure('1.910003'))?.name).toBe('Tên đã sửa')
    expect((await procedure('1.910004'))?.status).toBe('active')
  })

  it('validates every field as a publish does: a draft without its summary is refused', async () => {
    const reply = await app.rest('POST', '/procedure-announcements?draft=true', {
      token: actors.editor.token,
      body: { number: `${++serial}/QĐ-UBND`, issuer: 'UBND', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: '2026-05-02T12:00:00.000Z', items: [newProcedureItem('1.920001')], _status: 'draft' },
    })
    expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
    const id = reply.body.doc.id as number
    // The row as the latest version (no draft saved after it), so that the endpoint's own path runs.
    await sql(`update _procedure_announcements_v v set version_updated_at = p.updated_at from procedure_announcements p where v.parent_id = p.id and p.id = $1`, [id])
    const refused = await publish(id)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body.errors)).toContain('summary')
    expect((await stored(id))._status).toBe('draft')
    expect(await countOf('1.920001')).toBe(0)
  })

  it('refuses an item’s wrong fields with the errors PATCH gives (path, message, label), nothing written', async () => {
    const bad = {
      ...richItem('1.950001'),
      data: { ...richItem('1.950001').data, dossier: [{ originals: -1 }], legalBasis: [{ title: 'Không số' }] },
    }
    const draftWith = async () => {
      const reply = await app.rest('POST', '/procedure-announcements?draft=true', {
        token: actors.editor.token,
        body: { number: `${++serial}/QĐ-UBND`, issuer: 'UBND', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: '2026-05-02T12:00:00.000Z', summary: 'Quyết định', items: [newProcedureItem('1.950002'), bad], _status: 'draft' },
      })
      expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
      const id = reply.body.doc.id as number
      await sql(`update _procedure_announcements_v v set version_updated_at = p.updated_at from procedure_announcements p where v.parent_id = p.id and p.id = $1`, [id])
      return id
    }
    const [viaPatch, viaPost] = [await draftWith(), await draftWith()]
    const patched = await app.rest('PATCH', `/procedure-announcements/${viaPatch}`, { token: actors.editor.token, body: { _status: 'published' } })
    const posted = await publish(viaPost)
    expect(patched.status).toBe(400)
    expect(posted.status).toBe(400)
    const fieldErrors = (reply: { body: any }) => reply.body.errors[0].data.errors
    expect(fieldErrors(posted).map((error: { path: string }) => error.path)).toEqual(expect.arrayContaining(['items.1.data.dossier.0.name', 'items.1.data.dossier.0.originals']))
    expect(fieldErrors(posted)).toEqual(fieldErrors(patched))
    expect(posted.body.errors[0].message).toBe(patched.body.errors[0].message)
    for (const id of [viaPatch, viaPost]) expect((await stored(id))._status).toBe('draft')
    expect(await countOf('1.950002')).toBe(0)
  })
})

describe('who may publish through POST /:id/publish', () => {
  it.each(['anonymous', 'unassigned', 'contributor', 'coordinator'] as const)('%s may not (REST), and nothing is written', async (role) => {
    const code = `1.93${String(++serial).padStart(4, '0')}`
    const draft = await decision([newProcedureItem(code)])
    const reply = await publish(draft.id, actors[role])
    expect([401, 403, 404]).toContain(reply.status)
    expect((await stored(draft.id))._status).toBe('draft')
    expect(await countOf(code)).toBe(0)
  })

  it('a contributor may not through the Local API either (the service with its user), nor may it on its own unit’s draft', async () => {
    const code = '1.940001'
    const own = await decision([newProcedureItem(code)], '2026-05-02', actors.contributor)
    const req = await createLocalReq({ user: actors.contributor.user as never }, app.payload)
    const error = await publishDecision(req, app.config.custom.cchc, own.id).catch((caught) => caught)
    expect(error?.status).toBe(403)
    expect((await publish(own.id, actors.contributor)).status).toBe(403)
    expect((await stored(own.id))._status).toBe('draft')
    expect(await countOf(code)).toBe(0)
    // Nor through Payload's own update with overrideAccess: false.
    const local = await app.payload
      .update({ collection: 'procedure-announcements' as 'units', id: own.id, data: { _status: 'published' } as never, user: actors.contributor.user, overrideAccess: false })
      .catch((caught) => caught)
    expect(local?.status).toBe(403)
    // An editor may, through the service as well.
    const editorReq = await createLocalReq({ user: actors.editor.user as never }, app.payload)
    expect((await publishDecision(editorReq, app.config.custom.cchc, own.id))._status).toBe('published')
    expect(await countOf(code)).toBe(1)
  })

  it('answers 423, as PATCH does, while another person has the decision open in the admin', async () => {
    const code = '1.960001'
    const open = await decision([newProcedureItem(code)])
    await app.payload.create({
      collection: 'payload-locked-documents' as 'units',
      data: { document: { relationTo: 'procedure-announcements', value: open.id }, user: { relationTo: 'users', value: actors.coordinator.user!.id } } as never,
    })
    const refused = await publish(open.id)
    expect(refused.status).toBe(423)
    // In the request's language, not Payload's "Document with ID 7 is currently locked by another user…".
    expect(refused.body.errors[0].message).toBe('Người khác đang mở tài liệu này để chỉnh sửa trong trang quản trị; hãy thử lại khi họ đã đóng.')
    const patched = await app.rest('PATCH', `/procedure-announcements/${open.id}`, { token: actors.editor.token, body: { _status: 'published' } })
    expect(patched.status).toBe(423)
    expect(patched.body.errors[0].message).toBe(refused.body.errors[0].message)
    expect((await stored(open.id))._status).toBe('draft')
    expect(await countOf(code)).toBe(0)
  })

  it('a decision that does not exist is a 404', async () => {
    expect((await publish(99_999_999)).status).toBe(404)
  })
})
