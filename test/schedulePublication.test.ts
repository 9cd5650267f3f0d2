/**
 * "Lên lịch đăng": POST/DELETE /api/cchc-posts/:id/schedule queue and cancel Payload's own
 * scheduled-publish job, for publishers only, with a time on the commune's clock; the post's
 * virtual `scheduledAt` says when (staff only); a refusal writes nothing; concurrent schedules of
 * one post leave one publication.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLocalReq } from 'payload'

import { wallClockInput } from '../src/lib/vietnamTime.ts'
import { resolveOptions } from '../src/options.ts'
import { cancelPublication, schedulePublication } from '../src/services/schedulePublication.ts'
import { type Actor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { completePost, postInState, storedPost } from './helpers/posts.ts'

let app: TestApp
let owner: Actor
let editor: Actor

beforeAll(async () => {
  app = await bootApp()
  // The writer (a contributor of MTTQ) and an editor of TTDVSNC.
  ;({ contributor: owner, editor } = await makeActors(app))
})
afterAll(() => app?.close())

const hour = 3_600_000
/** Tomorrow at 08:00 on the commune's clock, as the admin's date-time box sends it. */
const tomorrowAtEight = () => `${wallClockInput(Date.now() + 24 * hour).slice(0, 10)}T08:00`

const pendingJobs = async (id: number | string) =>
  (
    await app.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: String(id) } }, { completedAt: { exists: false } }] },
      limit: 0,
    })
  ).docs as unknown as { id: number; waitUntil: string; input: { user?: { value: unknown } } }[]

const schedule = (id: number | string, at: unknown, token = editor.token, headers?: Record<string, string>) =>
  app.rest('POST', `/cchc-posts/${id}/schedule`, { token, body: at === undefined ? {} : { at }, headers })

const auditOf = async (id: number | string) =>
  (
    await app.payload.find({
      collection: 'cchc-audit-log' as 'units',
      where: { and: [{ action: { equals: 'schedule' } }, { documentId: { equals: String(id) } }] },
      sort: 'createdAt',
      limit: 0,
    })
  ).docs as unknown as { details: { type: string; reason?: string } }[]

describe('an editor schedules a post', () => {
  it('at a time on the commune’s clock: one job, in the editor’s name, and staff read when on every path', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    const at = tomorrowAtEight()
    const reply = await schedule(post.id, at)
    expect(reply.status).toBe(200)
    // 08:00 in Hà Nội is 01:00 UTC.
    expect(reply.body.scheduledAt).toBe(`${at.slice(0, 10)}T01:00:00.000Z`)
    expect(reply.body.message).toBe(`Đã lên lịch đăng lúc ${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)} 08:00.`)
    const jobs = await pendingJobs(post.id)
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0]!.waitUntil).toISOString()).toBe(reply.body.scheduledAt)
    expect(String(jobs[0]!.input.user?.value)).toBe(String(editor.user!.id))
    // Nothing is published yet; the state is what it was.
    expect(await storedPost(app, post.id)).toMatchObject({ _status: 'draft', workflowState: 'in_review' })

    const rest = await app.rest('GET', `/cchc-posts/${post.id}?draft=true`, { token: owner.token })
    expect(rest.body.scheduledAt).toBe(reply.body.scheduledAt)
    const graphql = await app.graphql(`{ CchcPost(id: ${post.id}, draft: true) { scheduledAt } }`, undefined, editor.token)
    expect(graphql.body.data.CchcPost.scheduledAt).toBe(reply.body.scheduledAt)
    const local = await app.payload.findByID({ collection: 'cchc-posts', id: post.id, draft: true, user: editor.user, overrideAccess: false })
    expect((local as { scheduledAt?: string }).scheduledAt).toBe(reply.body.scheduledAt)
    const list = await app.rest('GET', `/cchc-posts?draft=true&where[id][equals]=${post.id}`, { token: editor.token })
    expect(list.body.docs[0].scheduledAt).toBe(reply.body.scheduledAt)
    expect((await auditOf(post.id)).map((entry) => entry.details.type)).toEqual(['publish'])
  })

  it('a time set in Payload’s schedule drawer (its job, queued in the editor’s name) shows the same way, and the button replaces it', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    const at = new Date(Date.now() + 30 * hour)
    at.setUTCSeconds(0, 0)
    await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'cchc-posts', value: String(post.id) }, user: { relationTo: 'users', value: editor.user!.id } },
      waitUntil: at,
    } as never)
    expect((await app.rest('GET', `/cchc-posts/${post.id}?draft=true`, { token: editor.token })).body.scheduledAt).toBe(at.toISOString())
    const reply = await schedule(post.id, tomorrowAtEight())
    expect(reply.status).toBe(200)
    expect((await pendingJobs(post.id)).map((job) => new Date(job.waitUntil).toISOString())).toEqual([reply.body.scheduledAt])
  })

  it('again: the new time replaces the old one; a time written as the admin shows dates, or an instant with its offset, is taken as such', async () => {
    const post = await postInState(app, owner.unitId!, 'draft')
    const day = tomorrowAtEight().slice(0, 10)
    const written = await schedule(post.id, `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)} 14:35`)
    expect(written.status).toBe(200)
    // 14:35 in Hà Nội is 07:35 UTC.
    expect(written.body.scheduledAt).toBe(`${day}T07:35:00.000Z`)
    const later = new Date(Date.now() + 48 * hour)
    later.setUTCSeconds(0, 0)
    const reply = await schedule(post.id, later.toISOString().replace('.000Z', 'Z'))
    expect(reply.status).toBe(200)
    const jobs = await pendingJobs(post.id)
    expect(jobs.map((job) => new Date(job.waitUntil).toISOString())).toEqual([later.toISOString()])
  })

  it('cancels it: no job left, `scheduledAt` empty, the cancellation in the audit log; cancelling nothing is no error', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    await schedule(post.id, tomorrowAtEight())
    const cancelled = await app.rest('DELETE', `/cchc-posts/${post.id}/schedule`, { token: editor.token })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ cancelled: 1, message: 'Đã hủy lịch đăng.', scheduledAt: null })
    expect(await pendingJobs(post.id)).toHaveLength(0)
    expect((await app.rest('GET', `/cchc-posts/${post.id}?draft=true`, { token: editor.token })).body.scheduledAt).toBeNull()
    expect((await auditOf(post.id)).map((entry) => entry.details.type)).toEqual(['publish', 'cancel'])
    const again = await app.rest('DELETE', `/cchc-posts/${post.id}/schedule`, { token: editor.token, headers: { 'Accept-Language': 'en' } })
    expect(again.body).toMatchObject({ cancelled: 0, message: 'The post has no scheduled publication.' })
  })

  it('and the job publishes it when its time comes, as any publication; `scheduledAt` is then empty', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    await schedule(post.id, tomorrowAtEight())
    await app.payload.update({
      collection: 'payload-jobs',
      where: { 'input.doc.value': { equals: String(post.id) } },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() } as never,
    })
    await app.payload.jobs.run()
    expect(await storedPost(app, post.id)).toMatchObject({ _status: 'published', workflowState: 'published' })
    expect((await app.rest('GET', `/cchc-posts/${post.id}`)).status).toBe(200)
    expect((await app.rest('GET', `/cchc-posts/${post.id}`, { token: editor.token })).body.scheduledAt).toBeNull()
  })

  it('a post published by hand, or archived, keeps no publication to come', async () => {
    for (const step of [{ _status: 'published' }, { workflowState: 'archived' }]) {
      const post = await postInState(app, owner.unitId!, 'in_review')
      await schedule(post.id, tomorrowAtEight())
      const reply = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: editor.token, body: step })
      expect(reply.status).toBe(200)
      expect(await pendingJobs(post.id), JSON.stringify(step)).toHaveLength(0)
    }
  })

  it('an edit by the writer (an autosave too) cancels it: the editor scheduled what it had read; the editor’s own edit keeps it', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    await schedule(post.id, tomorrowAtEight())
    const byEditor = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true&autosave=true`, { token: editor.token, body: { excerpt: 'Sapo do biên tập viên sửa.' } })
    expect(byEditor.status).toBe(200)
    expect(await pendingJobs(post.id)).toHaveLength(1)
    expect(byEditor.body.doc.scheduledAt).toBe(new Date((await pendingJobs(post.id))[0]!.waitUntil).toISOString())
    const byWriter = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true&autosave=true`, { token: owner.token, body: { excerpt: 'Sapo người viết sửa sau khi đã duyệt.' } })
    expect(byWriter.status).toBe(200)
    expect(await pendingJobs(post.id)).toHaveLength(0)
    // The answer to the save says so too.
    expect(byWriter.body.doc.scheduledAt).toBeNull()
    const entries = await auditOf(post.id)
    expect(entries.at(-1)!.details).toMatchObject({ type: 'cancel', reason: 'edited' })
  })

  it('so does the writer’s bulk update, and its restoring an earlier version', async () => {
    const bulk = await postInState(app, owner.unitId!, 'in_review')
    await schedule(bulk.id, tomorrowAtEight())
    const bulkReply = await app.rest('PATCH', `/cchc-posts?where[id][equals]=${bulk.id}`, { token: owner.token, body: { byline: 'Ban Tuyên giáo' } })
    expect(bulkReply.status, JSON.stringify(bulkReply.body)).toBe(200)
    expect(await pendingJobs(bulk.id)).toHaveLength(0)

    const restored = await postInState(app, owner.unitId!, 'in_review')
    const [earliest] = (
      await app.payload.findVersions({ collection: 'cchc-posts', where: { parent: { equals: restored.id } }, sort: 'createdAt', limit: 1 })
    ).docs
    await schedule(restored.id, tomorrowAtEight())
    const restoreReply = await app.rest('POST', `/cchc-posts/versions/${earliest!.id}?draft=true`, { token: owner.token })
    expect(restoreReply.status, JSON.stringify(restoreReply.body)).toBe(200)
    expect(await pendingJobs(restored.id)).toHaveLength(0)
    // The editor's own bulk update keeps it.
    const kept = await postInState(app, owner.unitId!, 'in_review')
    await schedule(kept.id, tomorrowAtEight())
    expect((await app.rest('PATCH', `/cchc-posts?where[id][equals]=${kept.id}`, { token: editor.token, body: { byline: 'Biên tập' } })).status).toBe(200)
    expect(await pendingJobs(kept.id)).toHaveLength(1)
  })

  it('five schedules of one post at once: each answered, one publication left, at one of their times', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    const times = [1, 2, 3, 4, 5].map((days) => `${wallClockInput(Date.now() + days * 24 * hour).slice(0, 10)}T09:30`)
    const replies = await Promise.all(times.map((at) => schedule(post.id, at)))
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200])
    const jobs = await pendingJobs(post.id)
    expect(jobs).toHaveLength(1)
    expect(replies.map((reply) => reply.body.scheduledAt)).toContain(new Date(jobs[0]!.waitUntil).toISOString())
  })
})

describe('refused, with nothing written', () => {
  it('a contributor (403), the public (401), whatever the post', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    const asOwner = await schedule(post.id, tomorrowAtEight(), owner.token)
    expect(asOwner.status).toBe(403)
    expect(asOwner.body.errors[0].message).toBe('Chỉ biên tập viên mới được đăng, công bố hoặc gỡ.')
    expect((await schedule(post.id, tomorrowAtEight(), '')).status).toBe(401)
    expect((await app.rest('DELETE', `/cchc-posts/${post.id}/schedule`, { token: owner.token })).status).toBe(403)
    expect(await pendingJobs(post.id)).toHaveLength(0)
    // The service itself (what the endpoints call, with the caller's `req`) asks the same.
    const asOwnerLocally = await createLocalReq({ user: owner.user as never }, app.payload)
    await expect(schedulePublication(asOwnerLocally, resolveOptions({}), post.id, new Date(Date.now() + 24 * hour))).rejects.toMatchObject({ status: 403 })
    await expect(cancelPublication(asOwnerLocally, resolveOptions({}), post.id)).rejects.toMatchObject({ status: 403 })
    // No GraphQL mutation schedules: Payload's jobs are closed to staff there too.
    const graphql = await app.graphql('mutation { createPayloadJob(data: { taskSlug: schedulePublish }) { id } }', undefined, owner.token)
    expect(graphql.body.errors?.[0]?.message).toBe('Lỗi - Bạn không có quyền thực hiện lệnh này.')
    expect(await pendingJobs(post.id)).toHaveLength(0)
    // Nor does a contributor see a time it could use: `scheduledAt` is staff's, and the public's read has none.
    expect((await app.rest('GET', `/cchc-posts/${post.id}?draft=true`)).body.scheduledAt).toBeUndefined()
  })

  it('a time that is past, too soon, too far, no time at all or no such day: 400 on `at`, in the request’s language', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    const cases: [unknown, string][] = [
      [wallClockInput(Date.now() - hour), 'Thời điểm đăng phải sau bây giờ ít nhất 1 phút.'],
      [new Date(Date.now() + 10_000).toISOString(), 'Thời điểm đăng phải sau bây giờ ít nhất 1 phút.'],
      [`${wallClockInput(Date.now() + 400 * 24 * hour).slice(0, 10)}T08:00`, 'Chỉ lên lịch đăng trong vòng một năm tới.'],
      ['ngày mai 8 giờ', 'Tham số "at" không hợp lệ.'],
      ['2027-02-31T08:00', 'Tham số "at" không hợp lệ.'],
      ['31/02/2027 08:00', 'Tham số "at" không hợp lệ.'],
      ['12/01/2027 8 giờ', 'Tham số "at" không hợp lệ.'],
      [42, 'Tham số "at" không hợp lệ.'],
      [undefined, 'Tham số "at" không hợp lệ.'],
    ]
    for (const [at, message] of cases) {
      const reply = await schedule(post.id, at)
      expect(reply.status, String(at)).toBe(400)
      expect(reply.body.errors[0].data.errors[0].path, String(at)).toBe('at')
      expect(reply.body.errors[0].message, String(at)).toContain(message)
    }
    const english = await schedule(post.id, wallClockInput(Date.now() - hour), editor.token, { 'Accept-Language': 'en' })
    expect(english.body.errors[0].message).toBe('The publication time must be at least a minute from now.')
    const notJson = await app.rest('POST', `/cchc-posts/${post.id}/schedule`, { token: editor.token, body: 'at=mai', headers: { 'Content-Type': 'text/plain' } })
    expect(notJson.status).toBe(400)
    expect(await pendingJobs(post.id)).toHaveLength(0)
  })

  it('a post that lacks what publication needs: 400 naming each field by its label, the time set before kept', async () => {
    const bare = await app.payload.create({ collection: 'cchc-posts', data: { title: 'Chưa đủ', format: 'video', workflowState: 'draft' } as never })
    const reply = await schedule(bare.id, tomorrowAtEight())
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors.map((error: { path: string }) => error.path).sort()).toEqual(['coverImage', 'excerpt', 'topics', 'transcript'])
    expect(reply.body.errors[0].message).toContain('Ảnh đại diện')
    expect(reply.body.errors[0].message).not.toContain('coverImage')
    expect(await pendingJobs(bare.id)).toHaveLength(0)

    // Scheduled while complete, then emptied: a new time is refused and the old one stays.
    const post = await app.payload.create({ collection: 'cchc-posts', data: (await completePost(app, owner.unitId!)) as never })
    const first = await schedule(post.id, tomorrowAtEight())
    await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { excerpt: '' } as never })
    expect((await schedule(post.id, `${wallClockInput(Date.now() + 72 * hour).slice(0, 10)}T10:00`)).status).toBe(400)
    expect((await pendingJobs(post.id)).map((job) => new Date(job.waitUntil).toISOString())).toEqual([first.body.scheduledAt])
  })

  it('a post already published or archived: 400 naming its state as people read it', async () => {
    for (const [state, label] of [['published', 'Đã đăng'], ['archived', 'Lưu trữ']] as const) {
      const post = await postInState(app, owner.unitId!, state)
      const reply = await schedule(post.id, tomorrowAtEight())
      expect(reply.status, state).toBe(400)
      expect(reply.body.errors[0].message).toBe(`Không lên lịch đăng được bài đang ở trạng thái "${label}".`)
      expect(await pendingJobs(post.id)).toHaveLength(0)
    }
    expect((await schedule(999_999, tomorrowAtEight())).status).toBe(404)
  })
})
