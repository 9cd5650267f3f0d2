/**
 * A published decision that changed procedures stays published and stays (a later decision amends
 * or repeals); an item that fails when its day comes is shown to the editors, with the reason,
 * until an editor resolves it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/index.ts'

import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { EditorialQueue } from '../src/components/EditorialQueue.tsx'
import { applyDueAnnouncementsSlug } from '../src/jobs/applyDueAnnouncements.ts'
import { type Actor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'

let app: TestApp
let actors: Record<Role, Actor>
let editor: Actor
let paths: Path[]
let serial = 0

const decision = async (items: unknown[], effective = '2026-05-02') => {
  const reply = await app.rest('POST', '/procedure-announcements', {
    token: editor.token,
    body: { number: `${++serial}/QĐ-UBND`, issuer: 'UBND thành phố Hải Phòng', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: `${effective}T12:00:00.000Z`, summary: `Quyết định ${serial}`, items },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body.doc as { id: number; items: { id: string }[] }
}
const publish = async (id: number) => {
  const reply = await app.rest('PATCH', `/procedure-announcements/${id}`, { token: editor.token, body: { _status: 'published' } })
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
}
const stored = async (id: number) => (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id, depth: 0, disableErrors: true })) as any
const newItem = (code: string, extra: Record<string, unknown> = {}) => ({ kind: 'new', code, data: { name: `Thủ tục ${code}`, sector: 'Hộ tịch' }, ...extra })
const runJob = async (now: string) => {
  await app.payload.jobs.queue({ task: applyDueAnnouncementsSlug as never, input: { now } as never })
  await app.payload.jobs.run({ limit: 10 })
}

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  editor = actors.editor
  paths = allPaths(app, { 'procedure-announcements': 'id _status' })
})
afterAll(() => app?.close())

describe.each(['rest', 'graphql', 'local'] as const)('an applied decision through %s', (pathName) => {
  const path = () => paths.find((candidate) => candidate.name === pathName)!

  it('cannot be unpublished or deleted, with a 400 that says a later decision must amend or repeal', async () => {
    const applied = await decision([newItem(`1.${String(810000 + ++serial)}`)])
    await publish(applied.id)
    const unpublished = await path().update('procedure-announcements', editor, applied.id, { _status: 'draft' })
    expect(unpublished.ok).toBe(false)
    if (pathName === 'local') {
      // The Local API throws Payload's ValidationError; its field error says why.
      const error = await app.payload
        .update({ collection: 'procedure-announcements' as 'units', id: applied.id, data: { _status: 'draft' } as any, user: editor.user, overrideAccess: false })
        .catch((caught) => caught)
      expect(error.status).toBe(400)
      expect(error.data.errors).toEqual([{ path: '_status', message: expect.stringContaining('cần một quyết định sau sửa đổi, bổ sung hoặc bãi bỏ'), label: undefined }].map(({ label: _, ...rest }) => expect.objectContaining(rest)))
    } else expect(unpublished.error).toMatch(/không hủy công bố được: muốn thay đổi, cần một quyết định sau sửa đổi, bổ sung hoặc bãi bỏ/)
    if (pathName === 'rest') expect(unpublished.status).toBe(400)
    const removed = await path().remove('procedure-announcements', editor, applied.id)
    expect(removed.ok).toBe(false)
    expect(removed.error).toMatch(/không xóa được: muốn thay đổi, cần một quyết định sau/)
    expect(await stored(applied.id)).toMatchObject({ _status: 'published' })
  })

  it('a published decision whose items all wait may still be unpublished', async () => {
    const waiting = await decision([newItem(`1.${String(820000 + ++serial)}`)], '2099-01-01')
    await publish(waiting.id)
    const unpublished = await path().update('procedure-announcements', editor, waiting.id, { _status: 'draft' })
    expect(unpublished.ok, unpublished.error).toBe(true)
    expect((await stored(waiting.id))._status).toBe('draft')
  })
})

describe('a pending item that fails on its day', () => {
  const code = '1.830001'
  let pending: { id: number; items: { id: string }[] }

  it('is recorded on the decision with the reason, for staff only, and on the editors list', async () => {
    await publish((await decision([newItem(code)])).id)
    // An amendment that waits for 2099, and meanwhile another decision repeals the procedure.
    pending = await decision([newItem('1.830002'), { kind: 'amended', code, changes: 'Rút ngắn thời hạn', data: { processingTime: '03 ngày làm việc' } }], '2099-03-05')
    await publish(pending.id)
    await publish((await decision([{ kind: 'repealed', code, changes: 'Bãi bỏ' }])).id)
    await runJob('2099-03-06T00:00:00.000Z')

    const failed = await stored(pending.id)
    expect(failed.appliedItems ?? []).toEqual([])
    expect(failed.failedItems).toEqual([expect.objectContaining({ item: 2, code, itemId: pending.items[1]!.id, reason: expect.stringMatching(/đã bị bãi bỏ/) })])
    const staff = await app.rest('GET', `/procedure-announcements/${pending.id}`, { token: editor.token })
    expect(staff.body.failedItems).toHaveLength(1)
    const anonymous = await app.rest('GET', `/procedure-announcements/${pending.id}`)
    expect(anonymous.status).toBe(200)
    // Payload answers a field the reader may not see, an array, as empty.
    expect(anonymous.body.failedItems ?? []).toEqual([])
    // What the dashboard panel lists (components/EditorialQueue.tsx), read with the editor's access.
    const listed = await app.payload.find({ collection: 'procedure-announcements' as 'units', where: { 'failedItems.reason': { exists: true } }, user: editor.user, overrideAccess: false })
    expect(listed.docs.map((doc) => doc.id)).toEqual([pending.id])
    // The panel itself, rendered for the editor.
    const req = await createLocalReq({ user: editor.user as never }, app.payload)
    const panel = await EditorialQueue({
      announcementsSlug: 'procedure-announcements',
      authCollection: 'users',
      i18n: req.i18n,
      payload: app.payload,
      postsSlug: 'cchc-posts',
      timeZone: 'Asia/Ho_Chi_Minh',
      user: editor.user,
    } as never)
    const html = renderToStaticMarkup(panel!)
    expect(html).toContain('Quyết định có mục không áp dụng được (1)')
    expect(html).toContain(`/collections/procedure-announcements/${pending.id}`)
    expect(html).toMatch(new RegExp(`#2 · ${code.replace('.', '\\.')} · [^<]*đã bị bãi bỏ`))
    // Nobody clears it through the API: while the item is wrong, a save is refused naming it.
    const forged = await app.rest('PATCH', `/procedure-announcements/${pending.id}`, { token: editor.token, body: { failedItems: [] } })
    expect(forged.status).toBe(400)
    expect(forged.body.errors[0].data.errors[0].path).toBe('items.1.code')
    expect((await stored(pending.id)).failedItems).toHaveLength(1)
    // The next run fails again and keeps it.
    await runJob('2099-03-07T00:00:00.000Z')
    expect((await stored(pending.id)).failedItems).toHaveLength(1)
  })

  it('clears once an editor removes the failing item and the rest applies', async () => {
    const doc = await stored(pending.id)
    const reply = await app.rest('PATCH', `/procedure-announcements/${pending.id}`, { token: editor.token, body: { items: [doc.items[0]] } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    await runJob('2099-03-08T00:00:00.000Z')
    const resolved = await stored(pending.id)
    expect(resolved.failedItems).toEqual([])
    expect(resolved.appliedItems).toHaveLength(1)
    const listed = await app.payload.find({ collection: 'procedure-announcements' as 'units', where: { 'failedItems.reason': { exists: true } }, user: editor.user, overrideAccess: false })
    expect(listed.totalDocs).toBe(0)
  })
})
