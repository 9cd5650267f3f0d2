/**
 * Announcement decisions change procedures: each kind of item applied once and only once, all or
 * nothing, items effective later applied by the job, and the public API showing the outcome.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { applyDueItems } from '../src/services/applyAnnouncement.ts'
import { applyDueAnnouncementsSlug } from '../src/jobs/applyDueAnnouncements.ts'
import { resolveOptions } from '../src/options.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
let editor: Actor
let contributor: Actor

let serial = 0
const code = () => `1.${String(200000 + ++serial).padStart(6, '0')}`
const day = (value: string) => `${value}T12:00:00.000Z`

type Item = Record<string, unknown> & { kind: string; code: string }
const newItem = (itemCode = code(), extra: Record<string, unknown> = {}): Item => ({
  kind: 'new',
  code: itemCode,
  data: { name: `Thủ tục ${itemCode}`, sector: 'Hộ tịch', level: 'commune', channels: ['in_person', 'online'], processingTime: '05 ngày làm việc', fees: 'Không' },
  ...extra,
})

/** Creates a decision as a draft through REST, as an editor. */
const draftDecision = async (items: Item[], extra: Record<string, unknown> = {}) => {
  const reply = await app.rest('POST', '/procedure-announcements', {
    token: editor.token,
    body: {
      number: `${1000 + ++serial}/QĐ-UBND`,
      issuer: 'UBND thành phố Hải Phòng',
      signer: 'Chủ tịch',
      signedAt: day('2026-05-01'),
      effectiveDate: day('2026-05-02'),
      summary: `Quyết định công bố ${serial}`,
      items,
      _status: 'draft',
      ...extra,
    },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body.doc as { id: number; items: { id: string }[] }
}

const publish = (id: number, token = editor.token) =>
  app.rest('PATCH', `/procedure-announcements/${id}`, { token, body: { _status: 'published' } })

const procedureByCode = async (procedureCode: string) => {
  const found = await app.payload.find({ collection: 'procedures' as 'units', where: { code: { equals: procedureCode } }, depth: 0 })
  return found.docs[0] as any
}

const countProcedures = async () => (await app.payload.count({ collection: 'procedures' as 'units' })).totalDocs

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  contributor = await makeActor(app, 'contributor', { unit: 'ttpvhcc' })
})
afterAll(() => app?.close())

describe('each kind of item, applied once', () => {
  const [a, b, c, d, e] = [code(), code(), code(), code(), code()]
  let first: { id: number; items: { id: string }[] }

  it('new: publishing creates the procedures, published, with the decision in their history', async () => {
    const decision = await draftDecision([newItem(a), newItem(b), newItem(c), newItem(d)])
    first = decision
    expect(await procedureByCode(a)).toBeUndefined()
    const reply = await publish(decision.id)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const procedure = await procedureByCode(a)
    expect(procedure).toMatchObject({ code: a, status: 'active', _status: 'published', sector: 'Hộ tịch' })
    expect(procedure.channels.map((row: { kind: string }) => row.kind)).toEqual(['in_person', 'online'])
    expect(procedure.channels[0]).toMatchObject({ processingTime: '05 ngày làm việc', fees: 'Không' })
    expect(procedure.history).toHaveLength(1)
    expect(procedure.history[0]).toMatchObject({ kind: 'new', announcement: decision.id, itemId: decision.items[0]!.id })
    // The decision says which items it applied, and when.
    expect(reply.body.doc.items.every((item: { appliedAt: null | string }) => item.appliedAt)).toBe(true)
  })

  it('publishing again or re-saving the published decision applies nothing twice', async () => {
    const decision = first
    const before = await countProcedures()
    expect((await publish(decision.id)).status).toBe(200)
    expect(
      (await app.rest('PATCH', `/procedure-announcements/${decision.id}`, { token: editor.token, body: { summary: 'Trích yếu sửa lại' } })).status,
    ).toBe(200)
    expect(await countProcedures()).toBe(before)
    expect((await procedureByCode(a)).history).toHaveLength(1)
  })

  it('amended, replaced and repealed change the standing procedures and their history', async () => {
    const f = code()
    const decision = await draftDecision([
      { kind: 'amended', code: a, changes: 'Rút ngắn thời hạn giải quyết', data: { processingTime: '03 ngày làm việc', channels: ['online'], onlineLevel: 'toan_trinh' } },
      { kind: 'replaced', code: b, replacementCode: f, changes: 'Hợp nhất' },
      newItem(f),
      { kind: 'repealed', code: c, changes: 'Không còn phù hợp' },
    ])
    const reply = await publish(decision.id)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)

    const amended = await procedureByCode(a)
    expect(amended).toMatchObject({ status: 'amended', onlineLevel: 'toan_trinh', name: `Thủ tục ${a}` })
    expect(amended.channels).toEqual([expect.objectContaining({ kind: 'online', processingTime: '03 ngày làm việc' })])
    expect(amended.history.map((row: { kind: string }) => row.kind)).toEqual(['new', 'amended'])

    const replaced = await procedureByCode(b)
    const replacement = await procedureByCode(f)
    expect(replaced).toMatchObject({ status: 'repealed', replacedBy: replacement.id })
    expect(replaced.history.at(-1)).toMatchObject({ kind: 'replaced', relatedCode: f, announcement: decision.id })
    expect(replacement.status).toBe('active')
    expect((await procedureByCode(c)).status).toBe('repealed')
    expect((await procedureByCode(d)).status).toBe('active')
  })

  it('a repealed or replaced procedure stays readable by the public, with its status and the decision', async () => {
    const reply = await app.rest('GET', `/procedures?where[code][equals]=${c}&depth=1`)
    expect(reply.status).toBe(200)
    const [doc] = reply.body.docs
    expect(doc.status).toBe('repealed')
    expect(doc.history.at(-1).announcement).toMatchObject({ number: expect.stringMatching(/\/QĐ-UBND$/), _status: 'published' })
  })

  it('refuses the whole publish, naming the item, when one item is wrong: nothing is applied', async () => {
    const g = code()
    const cases: [Item[], string, RegExp][] = [
      [[newItem(g), { kind: 'repealed', code: '9.999999' }], 'items.1.code', /^Không có thủ tục mã 9\.999999/],
      [[newItem(g), { kind: 'repealed', code: c }], 'items.1.code', /đã bị bãi bỏ/],
      [[newItem(g), { kind: 'replaced', code: d, replacementCode: d }], 'items.1.replacementCode', /chính nó/],
      [[newItem(g), { kind: 'amended', code: e }], 'items.1.code', /Không có thủ tục/],
      [[newItem(g), newItem(a)], 'items.1.code', /đã có/],
      [[newItem(g), { kind: 'amended', code: d, changes: 'x' }, { kind: 'repealed', code: d }], 'items.2.code', /đã có ở mục 2/],
    ]
    for (const [items, path, message] of cases) {
      const decision = await draftDecision(items)
      const before = await countProcedures()
      const dBefore = await procedureByCode(d)
      const reply = await publish(decision.id)
      expect(reply.status, JSON.stringify(reply.body)).toBe(400)
      const error = reply.body.errors[0].data.errors.find((row: { path: string }) => row.path === path)
      expect(error?.message, JSON.stringify(reply.body)).toMatch(message)
      expect(await countProcedures()).toBe(before)
      expect(await procedureByCode(g)).toBeUndefined()
      expect((await procedureByCode(d)).history).toHaveLength(dBefore.history.length)
      const stored = await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: decision.id, depth: 0 })
      expect((stored as any)._status).toBe('draft')
    }
  })

  it('an applied item cannot be changed or removed, and an applied decision cannot be deleted', async () => {
    const decision = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: first.id, depth: 0 })) as any
    const items = decision.items.map((item: Item, index: number) => (index === 0 ? { ...item, code: code() } : item))
    const changed = await app.rest('PATCH', `/procedure-announcements/${decision.id}`, { token: editor.token, body: { items } })
    expect(changed.status).toBe(400)
    expect(JSON.stringify(changed.body)).toContain('Mục 1 đã được áp dụng')
    const removed = await app.rest('PATCH', `/procedure-announcements/${decision.id}`, { token: editor.token, body: { items: decision.items.slice(1) } })
    expect(removed.status).toBe(400)
    const deleted = await app.rest('DELETE', `/procedure-announcements/${decision.id}`, { token: editor.token })
    expect(deleted.status).toBe(400)
    expect(JSON.stringify(deleted.body)).toContain('không xóa được')
    expect(await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: decision.id, disableErrors: true })).not.toBeNull()
  })

  it('keeps what it applied whatever a request says', async () => {
    const decision = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: first.id, depth: 0 })) as any
    expect(decision.appliedItems).toHaveLength(4)
    const reply = await app.rest('PATCH', `/procedure-announcements/${decision.id}`, { token: editor.token, body: { appliedItems: [], pendingFrom: null } })
    expect(reply.status).toBe(200)
    const stored = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: decision.id, depth: 0 })) as any
    expect(stored.appliedItems).toHaveLength(4)
    // And nothing applied again on that save.
    expect((await procedureByCode(d)).history).toHaveLength(1)
  })

  it('a contributor may draft a decision but not publish it', async () => {
    const reply = await app.rest('POST', '/procedure-announcements', {
      token: contributor.token,
      body: { number: '77/QĐ-UBND', issuer: 'UBND', signedAt: day('2026-05-01'), effectiveDate: day('2026-05-01'), summary: 'Nháp', items: [newItem()] },
    })
    expect(reply.status).toBe(201)
    const before = await countProcedures()
    expect((await publish(reply.body.doc.id, contributor.token)).status).toBe(403)
    expect(await countProcedures()).toBe(before)
  })
})

describe('items effective later', () => {
  const options = resolveOptions()
  const runJob = async (now: string) => {
    await app.payload.jobs.queue({ task: applyDueAnnouncementsSlug as never, input: { now } as never })
    await app.payload.jobs.run({ limit: 10 })
  }

  it('wait for their date, are applied by the job, once, and only then', async () => {
    const later = code()
    const soon = code()
    const decision = await draftDecision([newItem(soon), newItem(later, { effectiveDate: day('2099-03-05') })])
    expect((await publish(decision.id)).status).toBe(200)
    expect(await procedureByCode(soon)).toBeDefined()
    expect(await procedureByCode(later)).toBeUndefined()

    // 23:59 on 4 March 2099 in Vietnam: not yet.
    await runJob('2099-03-04T16:59:00.000Z')
    expect(await procedureByCode(later)).toBeUndefined()
    // 00:00 on 5 March 2099 in Vietnam.
    await runJob('2099-03-04T17:00:00.000Z')
    const applied = await procedureByCode(later)
    expect(applied).toMatchObject({ status: 'active', _status: 'published' })
    await runJob('2099-03-06T00:00:00.000Z')
    expect((await procedureByCode(later)).history).toHaveLength(1)
    const stored = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: decision.id, depth: 0 })) as any
    expect(stored.pendingFrom).toBeNull()
    expect(stored.appliedItems).toHaveLength(2)
  })

  it('two appliers at once (a publish and the job, say) apply an item once', async () => {
    const target = code()
    const decision = await draftDecision([newItem(target, { effectiveDate: day('2099-08-01') })])
    expect((await publish(decision.id)).status).toBe(200)
    const now = new Date('2099-08-02T00:00:00.000Z')
    const attempt = async () => {
      const req = await createLocalReq({}, app.payload)
      await initTransaction(req)
      try {
        const result = await applyDueItems(req, options, decision.id, now)
        await commitTransaction(req)
        return result?.newlyApplied
      } catch (error) {
        await killTransaction(req)
        throw error
      }
    }
    const results = await Promise.all([attempt(), attempt()])
    expect(results.sort()).toEqual([0, 1])
    expect((await procedureByCode(target)).history).toHaveLength(1)
  })
})

describe('the public API', () => {
  it('lists recent changes in a date range with the kind of change and the decision', async () => {
    const reply = await app.rest('GET', '/procedures/changes?from=2026-05-01&to=2026-05-31')
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const kinds = new Set(reply.body.changes.map((change: { kind: string }) => change.kind))
    expect([...kinds].sort()).toEqual(['amended', 'new', 'repealed', 'replaced'])
    expect(reply.body.changes.every((change: { effectiveDate: string }) => change.effectiveDate === '2026-05-02')).toBe(true)
    expect(reply.body.changes[0].announcement).toMatchObject({ number: expect.stringContaining('/QĐ-UBND') })
    const repealed = await app.rest('GET', '/procedures/changes?from=2026-05-01&to=2026-05-31&kind=repealed')
    expect(repealed.body.changes.every((change: { kind: string }) => change.kind === 'repealed')).toBe(true)
    const none = await app.rest('GET', '/procedures/changes?from=2026-06-01&to=2026-06-30')
    expect(none.body.changes).toEqual([])
  })

  it('are the same through GraphQL (ProcedureChanges)', async () => {
    const reply = await app.graphql(
      '{ ProcedureChanges(from: "2026-05-01", to: "2026-05-31", kind: "repealed") { totalChanges changes { code kind effectiveDate status announcement { number } } } }',
    )
    const changes = reply.body.data.ProcedureChanges.changes
    expect(changes.length).toBeGreaterThan(0)
    expect(changes.every((change: any) => change.kind === 'repealed' && change.status === 'repealed' && change.effectiveDate === '2026-05-02')).toBe(true)
    expect(changes[0].announcement.number).toMatch(/\/QĐ-UBND$/)
    const wrong = await app.graphql('{ ProcedureChanges(from: "2026-02-30") { totalChanges } }')
    expect(wrong.body.errors[0].message).toMatch(/Tham số "from" không hợp lệ/)
  })

  it.each(['from=2026-13-01', 'from=2026-06-01&to=2026-05-01', 'kind=moved'])('refuses %s with a 400', async (query) => {
    const reply = await app.rest('GET', `/procedures/changes?${query}`)
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].message).toMatch(/^Tham số "[a-z]+" không hợp lệ\./)
  })
})

describe('the signed decision', () => {
  const uploadFile = async (name: string, mimetype: string, extra: Record<string, unknown> = {}) => {
    const data = readFileSync(path.join(import.meta.dirname, 'fixtures', name))
    return app.payload.create({ collection: 'cchc-media', data: { alt: 'Tệp', ...extra } as never, file: { data, mimetype, name, size: data.length } })
  }

  it('is a PDF from the media library; an image is refused', async () => {
    const pdf = await uploadFile('notice.pdf', 'application/pdf')
    const image = await uploadFile('photo.jpg', 'image/jpeg')
    const decision = await draftDecision([])
    const refused = await app.rest('PATCH', `/procedure-announcements/${decision.id}`, { token: editor.token, body: { signedPdf: image.id } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('signedPdf')
    const accepted = await app.rest('PATCH', `/procedure-announcements/${decision.id}`, { token: editor.token, body: { signedPdf: pdf.id } })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
  })
})
