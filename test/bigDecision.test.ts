/**
 * A big decision (500 items) applies all at once, all or nothing, and never twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { newProcedureItem, procedureCodes } from './helpers/decisions.ts'

let app: TestApp
let editor: Actor

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
})
afterAll(() => app?.close())


const decision = async (items: Record<string, unknown>[], number: string) => {
  const reply = await app.rest('POST', '/procedure-announcements', {
    token: editor.token,
    body: {
      number, issuer: 'UBND thành phố Hải Phòng', signer: 'Chủ tịch', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: '2026-05-02T12:00:00.000Z',
      summary: 'Quyết định lớn', items, _status: 'draft',
    },
  })
  expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(201)
  return reply.body.doc as { id: number }
}

const procedure = async (code: string) =>
  (await app.payload.find({ collection: 'procedures' as 'units', where: { code: { equals: code } }, depth: 0 })).docs[0] as any
const pool = () => (app.payload.db as unknown as { pool: { query: (text: string, values?: unknown[]) => Promise<{ rows: any[] }> } }).pool
const publish = async (id: number) => {
  const started = performance.now()
  const reply = await app.rest('PATCH', `/procedure-announcements/${id}`, { token: editor.token, body: { _status: 'published' } })
  // Printed for the report, not asserted: no wall-clock assertions.
  console.log(`BIG DECISION: published and applied in ${Math.round(performance.now() - started)} ms`)
  return reply
}

describe('a 500-item decision', () => {
  const created = procedureCodes(100000, 500)

  it('nothing at all when one item is at fault', async () => {
    const draft = await decision([...created.slice(0, 499).map(newProcedureItem), { kind: 'repealed', code: '2.999999' }], '499/QĐ-UBND')
    const reply = await publish(draft.id)
    expect(reply.status).toBe(400)
    expect((await app.payload.count({ collection: 'procedures' as 'units' })).totalDocs).toBe(0)
    expect((await pool().query(`select count(*)::int as n from _procedures_v`)).rows[0].n).toBe(0)
  })

  it('creates every procedure once, published, with its channels, history, latest version and audit entry', async () => {
    const draft = await decision(created.map(newProcedureItem), '500/QĐ-UBND')
    const reply = await publish(draft.id)
    expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(200)
    expect((await app.payload.count({ collection: 'procedures' as 'units' })).totalDocs).toBe(500)
    const one = await procedure(created[123]!)
    expect(one).toMatchObject({ status: 'active', _status: 'published', name: `Thủ tục ${created[123]}`, sectorKey: 'ho tich' })
    expect(one.searchText).toContain('thu tuc')
    expect(one.channels.map((channel: { kind: string }) => channel.kind)).toEqual(['in_person', 'online'])
    expect(one.history).toHaveLength(1)
    expect(one.history[0]).toMatchObject({ kind: 'new', announcement: draft.id })
    // The admin reads drafts from the versions: each procedure's latest is this one, published, with its arrays.
    const latest = await app.payload.find({ collection: 'procedures' as 'units', draft: true, where: { code: { equals: created[123] } }, depth: 0 })
    expect((latest.docs[0] as any).channels).toHaveLength(2)
    const versions = await pool().query(`select count(*)::int as n, count(*) filter (where latest)::int as latest from _procedures_v`)
    expect(versions.rows[0]).toEqual({ n: 500, latest: 500 })
    const audit = await app.payload.find({ collection: 'cchc-audit-log' as 'units', where: { action: { equals: 'apply_item' } }, limit: 1000, depth: 0 })
    expect(audit.totalDocs).toBe(500)
    expect((audit.docs[0] as any).changedFields).toContain('history')
    // Public search finds them, and the stored decision records every item applied.
    const search = await app.rest('GET', `/procedures/search?q=${encodeURIComponent(created[7]!)}`)
    expect(search.body.docs.map((doc: { code: string }) => doc.code)).toEqual([created[7]])
    const stored = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: draft.id, depth: 0 })) as any
    expect(stored.appliedItems).toHaveLength(500)
    expect(stored.appliedItems[0]).toMatchObject({ code: created[0], kind: 'new' })
    expect(stored.pendingFrom ?? null).toBeNull()

    // Saved again: nothing applies twice.
    expect((await app.rest('PATCH', `/procedure-announcements/${draft.id}`, { token: editor.token, body: { summary: 'Lưu lại' } })).status).toBe(200)
    expect((await procedure(created[123]!)).history).toHaveLength(1)
    expect((await pool().query(`select count(*)::int as n from _procedures_v`)).rows[0].n).toBe(500)
  })

  it('amends, repeals and replaces hundreds at once', async () => {
    const replacements = procedureCodes(200000, 50)
    const items = [
      ...created.slice(0, 250).map((code) => ({ kind: 'amended', code, changes: 'Rút ngắn thời hạn', data: { processingTime: '02 ngày làm việc', channels: ['online'] } })),
      ...created.slice(250, 350).map((code) => ({ kind: 'repealed', code })),
      ...replacements.map(newProcedureItem),
      ...created.slice(350, 400).map((code, index) => ({ kind: 'replaced', code, replacementCode: replacements[index] })),
    ]
    const draft = await decision(items, '450/QĐ-UBND')
    const reply = await publish(draft.id)
    expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(200)
    const amended = await procedure(created[10]!)
    expect(amended).toMatchObject({ status: 'amended', name: `Thủ tục ${created[10]}` })
    expect(amended.channels).toEqual([expect.objectContaining({ kind: 'online', processingTime: '02 ngày làm việc' })])
    expect(amended.history.map((row: { kind: string }) => row.kind)).toEqual(['new', 'amended'])
    expect((await procedure(created[300]!)).status).toBe('repealed')
    const replaced = await procedure(created[360]!)
    const replacement = await procedure(replacements[10]!)
    expect(replaced).toMatchObject({ status: 'repealed', replacedBy: replacement.id })
    const versions = await pool().query(`select count(*)::int as n, count(*) filter (where latest)::int as latest from _procedures_v`)
    expect(versions.rows[0]).toEqual({ n: 500 + 400 + 50, latest: 550 })
  })
})
