/**
 * What the admin's own screens read on the server (issue 14): the workflow buttons each person is
 * offered (lib/editActions.ts, against the server's own refusals), the review queue's titles from
 * the latest draft, reasons cleared when an item moves on (kept in the history), a unit's own
 * reports on its dashboard, a post that needs its title before it is first saved, rates as
 * percentages, and the commune's time zone preset. Real PostgreSQL through Payload.
 */
import type { Role } from '../src/index.ts'

import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EditorialQueue } from '../src/components/EditorialQueue.tsx'
import { UnitReports } from '../src/components/UnitReports.tsx'
import { editActor } from '../src/access/editActor.ts'
import { type Actor as EditActor, editActions } from '../src/lib/editActions.ts'
import { rateText } from '../src/lib/rateText.ts'
import { resolveOptions } from '../src/options.ts'
import { actingAt } from '../src/requestContext.ts'
import { unitReports } from '../src/services/unitReports.ts'
import { type Actor, makeActor, makeActors, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { i18nIn } from './helpers/languages.ts'
import { allPaths } from './helpers/paths.ts'
import { completePost, postInState } from './helpers/posts.ts'

let app: TestApp
let actors: Record<Role, Actor>
let owner: Actor
const options = resolveOptions({})

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  owner = await makeActor(app, 'contributor', { unit: 'mttq' })
})
afterAll(() => app?.close())

const report = (id: number | string) => app.payload.findByID({ collection: 'cchc-reports', id, depth: 0 }) as Promise<Record<string, any>>

/** The actor the edit view's server part works out for `who` (components/WorkflowActions.tsx). */
const actorOf = async (who: Actor, workflow: 'post' | 'report' | 'decision'): Promise<EditActor> =>
  editActor(await createLocalReq({ user: who.user as never }, app.payload), options, workflow)

describe('workflow buttons', () => {
  it('offer a report’s unit "Gửi báo cáo", the coordinator "Tiếp nhận" and "Trả lại" (with a reason), nobody else anything', async () => {
    const unit = owner.unitId!
    const asOwner = await actorOf(owner, 'report')
    const asCoordinator = await actorOf(actors.coordinator, 'report')
    const asOther = await actorOf(actors.editor, 'report')
    expect(asCoordinator).toMatchObject({ coordinator: true, administrator: false })
    expect(asOwner).toMatchObject({ coordinator: false, unit })

    const keys = (state: string, actor: EditActor) => editActions('report', { reportState: state, unit }, actor).map((action) => action.key)
    expect(keys('draft', asOwner)).toEqual(['reportSubmit'])
    expect(keys('returned', asOwner)).toEqual(['reportSubmit'])
    expect(keys('submitted', asOwner)).toEqual([])
    expect(keys('draft', asOther)).toEqual([])
    expect(keys('submitted', asCoordinator)).toEqual(['reportAccept', 'reportReturn'])
    expect(editActions('report', { reportState: 'submitted', unit }, asCoordinator).find((action) => action.key === 'reportReturn')).toMatchObject({
      set: { reportState: 'returned' },
      reasonField: 'returnReason',
    })
    expect(keys('accepted', asCoordinator)).toEqual([])
  })

  it('each report button the server takes, as its person, and a step it does not offer is refused and changes nothing', async () => {
    const unit = owner.unitId!
    const created = await app.rest('POST', '/cchc-reports', { token: owner.token, body: { periodKind: 'month', year: 2031, periodNumber: 4, unit } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const take = async (who: Actor, workflow: 'report', extra: Record<string, unknown> = {}) => {
      const actor = await actorOf(who, workflow)
      const stored = await report(id)
      const [action] = editActions(workflow, stored, actor)
      expect(action).toBeDefined()
      return app.rest('PATCH', `/cchc-reports/${id}`, { token: who.token, body: { ...action!.set, ...extra } })
    }
    expect((await take(owner, 'report')).status).toBe(200)
    expect((await report(id)).reportState).toBe('submitted')
    // Not offered to the unit: accepting its own report. Refused, nothing changes.
    const forged = await app.rest('PATCH', `/cchc-reports/${id}`, { token: owner.token, body: { reportState: 'accepted' } })
    expect(forged.status).toBe(403)
    expect((await report(id)).reportState).toBe('submitted')
    // "Trả lại" without its reason is refused under the reason's field.
    const coordinator = await actorOf(actors.coordinator, 'report')
    const returning = editActions('report', await report(id), coordinator).find((action) => action.key === 'reportReturn')!
    const bare = await app.rest('PATCH', `/cchc-reports/${id}`, { token: actors.coordinator.token, body: returning.set })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].data.errors[0].path).toBe('returnReason')
    expect((await report(id)).reportState).toBe('submitted')
    const returned = await app.rest('PATCH', `/cchc-reports/${id}`, { token: actors.coordinator.token, body: { ...returning.set, returnReason: 'Thiếu số liệu phát thanh.' } })
    expect(returned.status).toBe(200)
    expect(await report(id)).toMatchObject({ reportState: 'returned', returnReason: 'Thiếu số liệu phát thanh.' })
  })

  it('offer a decision’s "Công bố quyết định" to editors only, until it is published', async () => {
    const editor = await actorOf(actors.editor, 'decision')
    const contributor = await actorOf(actors.contributor, 'decision')
    expect(editor.editor).toBe(true)
    expect(contributor.editor).toBe(false)
    expect(editActions('decision', { _status: 'draft' }, editor)).toEqual([{ key: 'decisionPublish', set: { _status: 'published' }, primary: true }])
    expect(editActions('decision', { _status: 'published' }, editor)).toEqual([])
    expect(editActions('decision', { _status: 'draft' }, contributor)).toEqual([])
  })

  it('offer a post’s writer "Gửi duyệt" and its editor the editorial steps, as before', async () => {
    const editor = await actorOf(actors.editor, 'post')
    const writer = await actorOf(owner, 'post')
    expect(editActions('post', { workflowState: 'draft' }, writer).map((action) => action.key)).toEqual(['submit'])
    expect(editActions('post', { workflowState: 'in_review' }, editor).map((action) => action.key)).toEqual(['withdraw', 'requestChanges', 'approve', 'schedule', 'archive'])
    // "Lên lịch đăng" wherever "Duyệt và đăng" is, never for the writer nor on a published post.
    expect(editActions('post', { workflowState: 'draft' }, editor).map((action) => action.key)).toContain('schedule')
    expect(editActions('post', { workflowState: 'published' }, editor).map((action) => action.key)).not.toContain('schedule')
    expect(editActions('post', { workflowState: 'in_review' }, writer).map((action) => action.key)).toEqual(['withdraw'])
    expect(editActions('post', { workflowState: 'in_review' }, editor).find((action) => action.key === 'requestChanges')?.reasonField).toBe('reviewNote')
  })
})

describe('the document-lock dialog', () => {
  it('names who holds the lock by e-mail for a colleague, as Payload’s edit view reads it (not "Người dùng: 3")', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    await app.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'cchc-posts', value: post.id }, globalSlug: null, user: { relationTo: 'users', value: owner.user!.id } } as never,
    })
    // The query of @payloadcms/ui's handleFormStateLocking (and next's getIsLocked), as the editor.
    const { docs } = await app.payload.find({
      collection: 'payload-locked-documents',
      depth: 1,
      overrideAccess: false,
      user: actors.editor.user,
      where: { and: [{ 'document.relationTo': { equals: 'cchc-posts' } }, { 'document.value': { equals: post.id } }] },
    })
    const holder = (docs[0] as { user?: { value?: Record<string, unknown> } } | undefined)?.user?.value
    expect(holder).toMatchObject({ id: owner.user!.id, email: owner.user!.email, name: owner.user!.name })
    // The rest of the account stays its owner's.
    expect(holder).not.toHaveProperty('unit')
  })
})

describe('a document lock', () => {
  const locks = 'payload-locked-documents'
  // GraphQL names a collection in an enum, where a dash cannot stand.
  const lockOf = (postId: number | string, holder: Actor, path: string) => ({
    document: { relationTo: path === 'graphql' ? 'cchc_posts' : 'cchc-posts', value: postId },
    globalSlug: null,
    user: { relationTo: 'users', value: holder.user!.id },
  })
  const countLocks = async (postId: number | string) =>
    (await app.payload.count({ collection: locks as 'units', where: { 'document.value': { equals: postId } } as never })).totalDocs

  for (const path of ['rest', 'graphql', 'local'] as const) {
    it(`is written only in the writer’s own name (${path}); "Tiếp quản" rewrites it to name the one who takes over`, async () => {
      const [via] = allPaths(app, { [locks]: 'id' }).filter((candidate) => candidate.name === path)
      const post = await postInState(app, owner.unitId!, 'in_review')
      // A contributor cannot lock the post under the editor's name…
      const forged = await via!.create(locks, owner, lockOf(post.id, actors.editor, path))
      expect(forged.ok, forged.error).toBe(false)
      expect(forged.error).toContain('Chỉ được khóa tài liệu dưới tên của chính mình')
      expect(await countLocks(post.id)).toBe(0)
      // …but locks it in its own, as its open edit view does.
      const own = await via!.create(locks, owner, lockOf(post.id, owner, path))
      expect(own.ok, own.error).toBe(true)
      const { docs } = await app.payload.find({ collection: locks as 'units', where: { 'document.value': { equals: post.id } } as never, depth: 0 })
      const lockId = docs[0]!.id
      // Moving someone else's lock, keeping their name, is refused; taking it over (Payload's PATCH) is not.
      const moved = await via!.update(locks, actors.editor, lockId, { globalSlug: 'khac' })
      expect(moved.ok, moved.error).toBe(false)
      const takenOver = await via!.update(locks, actors.editor, lockId, { user: { relationTo: 'users', value: actors.editor.user!.id } })
      expect(takenOver.ok, takenOver.error).toBe(true)
      const lock = await app.payload.findByID({ collection: locks as 'units', id: lockId, depth: 0 })
      expect((lock as unknown as { user: { value: unknown }; globalSlug: unknown }).user.value).toBe(actors.editor.user!.id)
      expect((lock as unknown as { globalSlug: unknown }).globalSlug).toBeNull()
    })
  }

  it('is not rewritten in another’s name by a bulk update either', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    const lock = await app.payload.create({ collection: locks as 'units', data: lockOf(post.id, actors.editor, 'rest') as never })
    const bulk = await app.rest('PATCH', `/${locks}?where[id][equals]=${lock.id}`, { token: owner.token, body: { document: { relationTo: 'cchc-posts', value: post.id } } })
    expect(bulk.body.docs ?? [], JSON.stringify(bulk.body)).toEqual([])
    expect(bulk.body.errors?.[0]?.message).toContain('Chỉ được khóa tài liệu dưới tên của chính mình')
    const forged = await app.rest('PATCH', `/${locks}?where[id][equals]=${lock.id}`, { token: owner.token, body: { user: { relationTo: 'users', value: actors.administrator.user!.id } } })
    expect(forged.body.docs ?? []).toEqual([])
    expect(((await app.payload.findByID({ collection: locks as 'units', id: lock.id, depth: 0 })) as unknown as { user: { value: unknown } }).user.value).toBe(actors.editor.user!.id)
  })
})

describe('the review queue', () => {
  it('lists a post under its latest draft’s title, not "(chưa có tiêu đề)"', async () => {
    const post = await app.payload.create({ collection: 'cchc-posts', draft: true, data: (await completePost(app, owner.unitId!, { title: 'Tiêu đề lúc tạo' })) as never })
    // The writer renames it and sends it for review in draft saves, as the admin's autosave does.
    await app.payload.update({ collection: 'cchc-posts', id: post.id, draft: true, data: { title: 'Tiêu đề cuối cùng' } as never, user: owner.user, overrideAccess: false })
    await app.payload.update({ collection: 'cchc-posts', id: post.id, draft: true, data: { workflowState: 'in_review' } as never, user: owner.user, overrideAccess: false })
    const { i18n } = await i18nIn('vi')
    const panel = await EditorialQueue({ authCollection: 'users', i18n, payload: app.payload, postsSlug: 'cchc-posts', timeZone: 'Asia/Ho_Chi_Minh', user: actors.editor.user } as never)
    const html = renderToStaticMarkup(panel!)
    expect(html).toContain('Tiêu đề cuối cùng')
    expect(html).not.toContain('Tiêu đề lúc tạo')
    expect(html).not.toContain('(chưa có tiêu đề)')
  })
})

describe('reasons', () => {
  it('a post’s review note goes when it is resubmitted, and stays in its versions', async () => {
    const post = await postInState(app, owner.unitId!, 'changes_requested')
    expect((await app.payload.findByID({ collection: 'cchc-posts', id: post.id, depth: 0 })).reviewNote).toBe('Bổ sung ảnh.')
    const resubmitted = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: owner.token, body: { workflowState: 'in_review' } })
    expect(resubmitted.status).toBe(200)
    expect((await app.payload.findByID({ collection: 'cchc-posts', id: post.id, depth: 0 })).reviewNote ?? null).toBeNull()
    const versions = await app.payload.findVersions({ collection: 'cchc-posts', where: { parent: { equals: post.id } }, limit: 50 })
    expect(versions.docs.some((version) => (version.version as { reviewNote?: string }).reviewNote === 'Bổ sung ảnh.')).toBe(true)
  })

  it('a report’s return reason goes when the unit submits it again, and the audit log keeps it', async () => {
    const unit = owner.unitId!
    const doc = await app.payload.create({ collection: 'cchc-reports', data: { unit, periodKind: 'month', year: 2032, periodNumber: 2 } as never })
    await app.payload.update({ collection: 'cchc-reports', id: doc.id, data: { reportState: 'submitted' } as never })
    await app.payload.update({ collection: 'cchc-reports', id: doc.id, data: { reportState: 'returned', returnReason: 'Sai số phút phát thanh.' } as never })
    const again = await app.rest('PATCH', `/cchc-reports/${doc.id}`, { token: owner.token, body: { reportState: 'submitted' } })
    expect(again.status).toBe(200)
    expect((await report(doc.id)).returnReason ?? null).toBeNull()
    const audit = await app.payload.find({ collection: 'cchc-audit-log' as 'units', where: { documentId: { equals: String(doc.id) } }, limit: 50, depth: 0 })
    expect(JSON.stringify(audit.docs)).toContain('Sai số phút phát thanh.')
  })
})

describe('a unit’s dashboard', () => {
  it('shows its own reports returned (with the reason), overdue and due, and the quarter it has not opened', async () => {
    const unit = await unitIdByCode(app, 'kinh-te')
    const member = await makeActor(app, 'contributor', { unit: 'kinh-te' })
    const make = (periodNumber: number) => app.payload.create({ collection: 'cchc-reports', data: { unit, periodKind: 'month', year: 2040, periodNumber } as never })
    const overdue = await make(1) // due 5 February 2040
    const due = await make(6) // due 5 July 2040
    const returned = await make(2)
    await app.payload.update({ collection: 'cchc-reports', id: returned.id, data: { reportState: 'submitted' } as never })
    await app.payload.update({ collection: 'cchc-reports', id: returned.id, data: { reportState: 'returned', returnReason: 'Thiếu danh sách bài.' } as never })
    // Another unit's returned report is not this unit's business.
    const elsewhere = await app.payload.create({ collection: 'cchc-reports', data: { unit: owner.unitId, periodKind: 'month', year: 2040, periodNumber: 3 } as never })
    await app.payload.update({ collection: 'cchc-reports', id: elsewhere.id, data: { reportState: 'submitted' } as never })
    await app.payload.update({ collection: 'cchc-reports', id: elsewhere.id, data: { reportState: 'returned', returnReason: 'Của đơn vị khác.' } as never })

    const now = new Date('2040-03-01T03:00:00Z')
    const req = await createLocalReq({ user: member.user as never }, app.payload)
    const seen = (await unitReports(req, options, now))!
    expect(seen.returned.map((row) => [row.id, row.returnReason])).toEqual([[returned.id, 'Thiếu danh sách bài.']])
    expect(seen.overdue.map((row) => row.id)).toEqual([overdue.id])
    expect(seen.due.map((row) => row.id)).toEqual([due.id])
    expect(seen.missing).toEqual({ label: 'Quý 1/2040', dueDate: '2040-03-04T17:00:00.000Z' })

    const { i18n } = await i18nIn('vi')
    const html = renderToStaticMarkup((await UnitReports({ i18n, options, payload: app.payload, user: member.user } as never))!)
    expect(html).toContain('Thiếu danh sách bài.')
    expect(html).not.toContain('Của đơn vị khác.')
    expect(html).toContain('Bị trả lại, cần sửa và gửi lại (1)')

    // Once it opens this quarter's report, it is no longer missing; someone in no unit gets no panel.
    await app.payload.create({ collection: 'cchc-reports', data: { unit, periodKind: 'quarter', year: 2040, periodNumber: 1 } as never, context: actingAt(now) })
    expect((await unitReports(req, options, now))!.missing).toBeNull()
    const nobody = await createLocalReq({ user: actors.unassigned.user as never }, app.payload)
    expect(await unitReports(nobody, options, now)).toBeNull()
  })
})

describe('creating a post', () => {
  it('needs its title before the first draft is saved: no empty draft', async () => {
    const before = await app.payload.count({ collection: 'cchc-posts' })
    const empty = await app.rest('POST', '/cchc-posts?draft=true', { token: owner.token, body: { format: 'article' } })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].data.errors[0].path).toBe('title')
    expect(await app.payload.count({ collection: 'cchc-posts' })).toEqual(before)
    const titled = await app.rest('POST', '/cchc-posts?draft=true', { token: owner.token, body: { title: 'Bài có tiêu đề', format: 'article' } })
    expect(titled.status).toBe(201)
  })
})

describe('the annex import on a new decision', () => {
  it('saves it as a draft with what the form holds, then imports into it (components/AnnexImport.tsx)', async () => {
    // What a new decision's form holds before anything is typed: the issuer's default.
    const saved = await app.rest('POST', '/procedure-announcements?draft=true&depth=0', {
      token: actors.contributor.token,
      body: { issuer: 'UBND thành phố Hải Phòng', items: [], _status: 'draft' },
    })
    expect(saved.status).toBe(201)
    const csv = 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực\nMới ban hành,1.000894,Đăng ký khai sinh,Hộ tịch\nBãi bỏ,9.999999,,\nBãi bỏ,9.999998,,\n'
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'phu-luc.csv')
    const refused = await app.rest('POST', `/procedure-announcements/${saved.body.doc.id}/import`, { token: actors.contributor.token, body: form })
    expect(refused.status).toBe(400)
    // Every bad row at once.
    expect(refused.body.errors[0].data.errors.map((error: { row: number }) => error.row)).toEqual([3, 4])
  })
})

describe('admin formats', () => {
  it('rates read as percentages in the language of the screen', () => {
    expect(rateText(0.9375, 'vi')).toBe('93,75 %')
    expect(rateText(0.9375, 'en')).toBe('93.75%')
    expect(rateText(1, 'vi')).toBe('100 %')
    expect(rateText(0.93745, 'vi')).toBe('93,75 %')
    expect(rateText(null, 'vi')).toBe('')
  })

  it('the schedule drawer starts in the commune’s time zone, listed first', () => {
    const zones = app.payload.config.admin.timezones
    expect(zones.defaultTimezone).toBe('Asia/Ho_Chi_Minh')
    expect(zones.supportedTimezones[0]).toEqual({ label: 'Hà Nội, TP. Hồ Chí Minh (GMT+7)', value: 'Asia/Ho_Chi_Minh' })
    // Its times read as in the commune (14:35), every 5 minutes.
    const drafts = app.payload.collections['cchc-posts' as 'units'].config.versions?.drafts
    expect(drafts && typeof drafts === 'object' ? drafts.schedulePublish : undefined).toEqual({ timeFormat: 'HH:mm', timeIntervals: 5 })
  })

  it('the author of a post shows by name ("Người tạo"), the name at creation kept out of sight', () => {
    const fields = app.payload.collections['cchc-posts' as 'units'].config.flattenedFields as { name: string; admin?: { hidden?: boolean } }[]
    expect(fields.find((field) => field.name === 'author')?.admin?.hidden).toBeFalsy()
    expect(fields.find((field) => field.name === 'authorName')?.admin?.hidden).toBe(true)
  })

  it('rate fields carry the percentage components in the admin', () => {
    const results = app.payload.collections['procedure-results' as 'units'].config
    const onTime = results.flattenedFields.find((field) => field.name === 'onTimeRate') as { admin?: { components?: Record<string, unknown> } }
    expect(onTime.admin?.components).toMatchObject({ Cell: expect.stringMatching(/#RateCell$/), Field: expect.stringMatching(/#RateField$/) })
  })
})
