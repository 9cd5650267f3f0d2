/**
 * Notifications: each workflow event reaches exactly the people the table names and no one else;
 * a change rolled back tells no one; e-mail goes through a real SMTP server (smtp-server, started
 * here) by the jobs queue after the commit, a failed send is retried and the change stands;
 * reminders fire once on the commune's local day (a fixed "now" through the jobs queue); each
 * account reads and marks only its own, through REST, GraphQL and the Local API.
 */

import { createLocalReq, initTransaction, killTransaction, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { daysBetween, eventAudiences, notificationEvents, recipientsOf, reminderFor } from '../src/lib/notificationEvents.ts'
import { lastLocalHour } from '../src/lib/vietnamTime.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths } from './helpers/paths.ts'
import { completePost } from './helpers/posts.ts'
import { type Mail, startSmtp } from './helpers/smtp.ts'

let smtp: Awaited<ReturnType<typeof startSmtp>>
let mails: Mail[]

let app: TestApp
let admin: Actor
let editorA: Actor
let editorB: Actor
let coordinator: Actor
let author: Actor
let colleague: Actor
let otherUnit: Actor

beforeAll(async () => {
  smtp = await startSmtp()
  mails = smtp.mails
  app = await bootApp()
  admin = await makeActor(app, 'administrator', { isSystemAdmin: true, email: 'quan-tri@thanhmien.example' })
  editorA = await makeActor(app, 'editor', { unit: 'ttdvsnc', email: 'bien-tap-a@thanhmien.example' })
  editorB = await makeActor(app, 'editor', { unit: 'ttdvsnc', email: 'bien-tap-b@thanhmien.example' })
  coordinator = await makeActor(app, 'coordinator', { unit: 'vhxh', email: 'vhxh@thanhmien.example' })
  author = await makeActor(app, 'contributor', { unit: 'mttq', email: 'tac-gia@thanhmien.example' })
  colleague = await makeActor(app, 'contributor', { unit: 'mttq', email: 'dong-nghiep@thanhmien.example' })
  otherUnit = await makeActor(app, 'contributor', { unit: 'kinh-te', email: 'kinh-te@thanhmien.example' })
})
afterAll(async () => {
  await app?.close()
  await smtp?.close()
})

const ids = (...actors: Actor[]) => actors.map((actor) => String(actor.user!.id)).sort()

/** Who was told of `event` about the item (as the system sees it). */
const told = async (event: string, itemId?: number | string | null, where: Where = {}) => {
  const found = await app.payload.find({
    collection: 'cchc-notifications',
    where: { and: [{ event: { equals: event } }, ...(itemId == null ? [] : [{ itemId: { equals: String(itemId) } }]), where] },
    pagination: false,
    depth: 0,
  })
  return found.docs.map((doc) => String((doc as Record<string, unknown>).recipient)).sort()
}

const as = (actor: Actor) => ({ user: actor.user, overrideAccess: false })

/** Runs the queue until nothing is left to run now. */
const runJobs = async () => {
  for (let round = 0; round < 5; round++) await app.payload.jobs.run({ limit: 100 })
}

describe('who is told: the table', () => {
  it('names an audience for every event, and never tells the actor or people outside it', () => {
    for (const event of notificationEvents) expect(eventAudiences[event].length).toBeGreaterThan(0)
    const people = [
      { id: 1, unit: 10, unitKind: 'editor' as const },
      { id: 2, unit: 20, unitKind: 'coordinator' as const },
      { id: 3, unit: 30, unitKind: 'contributor' as const },
      { id: 4, unit: 40, unitKind: 'contributor' as const },
      { id: 5, unit: 30, unitKind: 'contributor' as const, muted: ['reportReturned'] },
      { id: 6, unit: 30, unitKind: null },
    ]
    expect(recipientsOf('postSubmitted', { unit: 30, author: 3, actor: 3 }, people)).toEqual([1])
    expect(recipientsOf('reportSubmitted', { unit: 30, actor: 3 }, people)).toEqual([2])
    expect(recipientsOf('reportReturned', { unit: 30, actor: 2 }, people)).toEqual([3])
    expect(recipientsOf('feedbackOverdue', { unit: 40 }, people)).toEqual([1, 4])
    expect(recipientsOf('parCriterionAssigned', { unit: 30, actor: 2 }, people)).toEqual([3, 5])
    expect(recipientsOf('parCriterionReturned', { unit: 30, actor: 3 }, people)).toEqual([5])
  })

  it('reminds on the right day and catches up a missed one', () => {
    expect(daysBetween('2027-02-28', '2027-03-05')).toBe(5)
    expect(reminderFor(8, [7, 2])).toBeNull()
    expect(reminderFor(7, [7, 2])).toEqual({ kind: 'dueSoon', days: 7 })
    expect(reminderFor(5, [7, 2])).toEqual({ kind: 'dueSoon', days: 7 })
    expect(reminderFor(2, [7, 2])).toEqual({ kind: 'dueSoon', days: 2 })
    expect(reminderFor(0, [7, 2])).toEqual({ kind: 'overdue' })
    expect(reminderFor(-10, [7, 2])).toBeNull()
  })
})

describe('posts', () => {
  let postId: number | string

  it('submitted: the editors, no one else', async () => {
    const post = await app.payload.create({
      collection: 'cchc-posts',
      data: (await completePost(app, author.unitId!, { workflowState: 'in_review' })) as never,
      ...as(author),
    })
    postId = post.id
    expect(post.workflowState).toBe('in_review')
    expect(await told('postSubmitted', postId)).toEqual(ids(editorA, editorB))
  })

  it('changes requested, then published: the author and the unit, not the editor who acted nor another unit', async () => {
    await app.payload.update({ collection: 'cchc-posts', id: postId, data: { workflowState: 'changes_requested', reviewNote: 'Bổ sung ảnh.' } as never, ...as(editorA) })
    expect(await told('postChangesRequested', postId)).toEqual(ids(author, colleague))
    await app.payload.update({ collection: 'cchc-posts', id: postId, data: { workflowState: 'in_review' } as never, ...as(author) })
    expect(await told('postSubmitted', postId)).toEqual([...ids(editorA, editorB), ...ids(editorA, editorB)].sort())
    await app.payload.update({ collection: 'cchc-posts', id: postId, data: { _status: 'published' } as never, ...as(editorB) })
    expect(await told('postPublished', postId)).toEqual(ids(author, colleague))
  })

  it('submitted by a draft save (as the admin’s "Gửi duyệt" button saves): the editors, once', async () => {
    const created = await app.rest('POST', '/cchc-posts?draft=true', { token: author.token, body: { title: 'Bài gửi duyệt bằng bản nháp' } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    expect(await told('postSubmitted', id)).toEqual([])
    const submitted = await app.rest('PATCH', `/cchc-posts/${id}?draft=true`, { token: author.token, body: { workflowState: 'in_review' } })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    await app.rest('PATCH', `/cchc-posts/${id}?draft=true&autosave=true`, { token: author.token, body: { title: 'Bài gửi duyệt bằng bản nháp (sửa)' } })
    expect(await told('postSubmitted', id)).toEqual(ids(editorA, editorB))
  })

  it('scheduled publication done: the author and the unit, told as scheduled (not as a publish by hand)', async () => {
    const post = await app.payload.create({
      collection: 'cchc-posts',
      data: (await completePost(app, author.unitId!, { workflowState: 'in_review' })) as never,
      ...as(author),
    })
    await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'cchc-posts', value: String(post.id) }, user: { relationTo: 'users', value: editorA.user!.id } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await runJobs()
    expect((await app.payload.findByID({ collection: 'cchc-posts', id: post.id, depth: 0 }))._status).toBe('published')
    expect(await told('postScheduledPublished', post.id)).toEqual(ids(author, colleague))
    expect(await told('postPublished', post.id)).toEqual([])
  })

  it('a change rolled back tells no one and queues no e-mail', async () => {
    const post = await app.payload.create({ collection: 'cchc-posts', data: (await completePost(app, author.unitId!)) as never, ...as(author) })
    const jobsBefore = await app.payload.count({ collection: 'payload-jobs' })
    const req = await createLocalReq({ user: author.user as never }, app.payload)
    await initTransaction(req)
    await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { workflowState: 'in_review' } as never, req, overrideAccess: false, user: author.user })
    expect((await app.payload.find({ collection: 'cchc-notifications', where: { itemId: { equals: String(post.id) } }, req })).totalDocs).toBe(2)
    await killTransaction(req)
    expect(await told('postSubmitted', post.id)).toEqual([])
    expect((await app.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore.totalDocs)
    const stored = await app.payload.findByID({ collection: 'cchc-posts', id: post.id, depth: 0 })
    expect(stored.workflowState).toBe('draft')
  })
})

describe('reports', () => {
  let reportId: number | string

  it('submitted: the coordinator; returned and accepted: the unit; never another unit', async () => {
    const report = await app.payload.create({
      collection: 'cchc-reports',
      data: { unit: author.unitId, periodKind: 'month', year: 2026, periodNumber: 1 } as never,
      ...as(author),
    })
    reportId = report.id
    await app.payload.update({ collection: 'cchc-reports', id: reportId, data: { reportState: 'submitted' } as never, ...as(author) })
    expect(await told('reportSubmitted', reportId)).toEqual(ids(coordinator))
    await app.payload.update({ collection: 'cchc-reports', id: reportId, data: { reportState: 'returned', returnReason: 'Bổ sung số liệu.' } as never, ...as(coordinator) })
    expect(await told('reportReturned', reportId)).toEqual(ids(author, colleague))
    await app.payload.update({ collection: 'cchc-reports', id: reportId, data: { reportState: 'submitted' } as never, ...as(colleague) })
    await app.payload.update({ collection: 'cchc-reports', id: reportId, data: { reportState: 'accepted' } as never, ...as(coordinator) })
    expect(await told('reportAccepted', reportId)).toEqual(ids(author, colleague))
    const anyOfIt = await app.payload.find({ collection: 'cchc-notifications', where: { itemId: { equals: String(reportId) }, itemCollection: { equals: 'cchc-reports' } }, pagination: false, depth: 0 })
    const recipients = new Set(anyOfIt.docs.map((doc) => String((doc as Record<string, unknown>).recipient)))
    expect(recipients.has(String(otherUnit.user!.id))).toBe(false)
    expect(recipients.has(String(editorA.user!.id))).toBe(false)
  })
})

describe('feedback', () => {
  it('assigned: the unit; answered: the editors', async () => {
    const sent = await app.rest('POST', '/cchc-feedback', {
      body: { category: 'question', subject: 'Hỏi về khai sinh', content: 'Đăng ký khai sinh ở đâu?', contactName: 'Nguyễn Văn Bình', contactPhone: '0912345678' },
      headers: { 'X-Forwarded-For': '198.51.100.7', 'User-Agent': 'Mozilla/5.0 Firefox/130.0' },
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const id = sent.body.doc.id
    await app.payload.update({ collection: 'cchc-feedback', id, data: { state: 'routed', unit: author.unitId } as never, ...as(editorA) })
    expect(await told('feedbackAssigned', id)).toEqual(ids(author, colleague))
    await app.payload.update({ collection: 'cchc-feedback', id, data: { state: 'answered', answer: 'Tại UBND xã nơi cư trú.' } as never, ...as(author) })
    expect(await told('feedbackAnswered', id)).toEqual(ids(editorA, editorB))
    // The line names the tracking code, never the citizen's words.
    const line = await app.payload.find({ collection: 'cchc-notifications', where: { itemId: { equals: String(id) } }, limit: 1, depth: 0 })
    expect(line.docs[0]!.title).toContain(sent.body.doc.trackingCode)
    expect(JSON.stringify(line.docs)).not.toContain('Nguyễn Văn Bình')
    expect(JSON.stringify(line.docs)).not.toContain('0912345678')
  })
})

describe('decisions', () => {
  it('a pending item that fails on its day: the editors, once', async () => {
    let serial = 0
    const decision = async (items: unknown[], effective: string) => {
      const reply = await app.rest('POST', '/procedure-announcements', {
        token: editorA.token,
        body: { number: `${++serial}/QĐ-UBND`, issuer: 'UBND thành phố Hải Phòng', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: `${effective}T12:00:00.000Z`, summary: `Quyết định ${serial}`, items },
      })
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
      const published = await app.rest('PATCH', `/procedure-announcements/${reply.body.doc.id}`, { token: editorA.token, body: { _status: 'published' } })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      return reply.body.doc as { id: number }
    }
    const code = '1.840001'
    await decision([{ kind: 'new', code, data: { name: 'Thủ tục thử', sector: 'Hộ tịch' } }], '2026-05-02')
    const pending = await decision([{ kind: 'amended', code, changes: 'Rút ngắn thời hạn', data: { processingTime: '03 ngày làm việc' } }], '2099-03-05')
    await decision([{ kind: 'repealed', code, changes: 'Bãi bỏ' }], '2026-05-02')
    for (const now of ['2099-03-06T00:00:00.000Z', '2099-03-07T00:00:00.000Z']) {
      await app.payload.jobs.queue({ task: 'cchcApplyDueAnnouncements' as never, input: { now } as never })
      await runJobs()
    }
    expect((await app.payload.findByID({ collection: 'procedure-announcements', id: pending.id, depth: 0 })).failedItems).toHaveLength(1)
    // The job acts as nobody: both editors are told, once, and no one else.
    expect(await told('decisionItemsFailed', pending.id)).toEqual(ids(editorA, editorB))
  })
})

describe('e-mail through the jobs queue', () => {
  it('sends each queued notification after the commit, in Vietnamese with an absolute link', async () => {
    // The mails of every notification so far (runs above may have sent some already).
    await runJobs()
    const toEditor = mails.find((mail) => mail.to.includes('bien-tap-a@thanhmien.example') && mail.text.includes('/admin/collections/cchc-posts/'))
    expect(toEditor, JSON.stringify(mails.map((mail) => mail.to))).toBeDefined()
    expect(toEditor!.text).toMatch(/http:\/\/localhost:3000\/admin\/collections\/cchc-posts\/\d+/)
    expect(toEditor!.subject).toContain('=?UTF-8?') // Vietnamese subject, encoded
    const queued = await app.payload.count({ collection: 'cchc-notifications', where: { emailState: { equals: 'queued' } } })
    expect(queued.totalDocs).toBe(0)
    expect(mails.some((mail) => mail.to.includes('quan-tri@thanhmien.example'))).toBe(false)
  })

  it('a failed send is retried by the queue, and the change that caused it stands', async () => {
    mails.length = 0
    const post = await app.payload.create({
      collection: 'cchc-posts',
      data: (await completePost(app, author.unitId!, { workflowState: 'in_review' })) as never,
      ...as(author),
    })
    smtp.refuse(2)
    await app.payload.jobs.run({ limit: 100 })
    expect(mails).toHaveLength(0)
    const stored = await app.payload.findByID({ collection: 'cchc-posts', id: post.id, depth: 0 })
    expect(stored.workflowState).toBe('in_review')
    const waiting = await app.payload.find({ collection: 'cchc-notifications', where: { itemId: { equals: String(post.id) } }, depth: 0 })
    expect(waiting.docs.map((doc) => doc.emailState)).toEqual(['queued', 'queued'])
    await runJobs()
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(['bien-tap-a@thanhmien.example', 'bien-tap-b@thanhmien.example'])
    const sent = await app.payload.find({ collection: 'cchc-notifications', where: { itemId: { equals: String(post.id) } }, depth: 0 })
    expect(sent.docs.map((doc) => doc.emailState)).toEqual(['sent', 'sent'])
  })

  it('an account that turned e-mail off, or chose the digest, gets no mail per event', async () => {
    await app.payload.update({ collection: 'users', id: editorB.user!.id, data: { notificationPreferences: { email: false } } as never, ...as(editorB) })
    await app.payload.update({ collection: 'users', id: editorA.user!.id, data: { notificationPreferences: { delivery: 'digest' } } as never, ...as(editorA) })
    mails.length = 0
    const post = await app.payload.create({
      collection: 'cchc-posts',
      data: (await completePost(app, author.unitId!, { workflowState: 'in_review' })) as never,
      ...as(author),
    })
    await runJobs()
    expect(mails).toHaveLength(0)
    const states = await app.payload.find({ collection: 'cchc-notifications', where: { itemId: { equals: String(post.id) } }, depth: 0, sort: 'recipient' })
    expect(states.docs.map((doc) => [String(doc.recipient), doc.emailState])).toEqual([
      [String(editorA.user!.id), 'digest'],
      [String(editorB.user!.id), 'none'],
    ])
    // The next day's run (its digest hour, 16:00 in Vietnam, has passed since the post was sent).
    await app.payload.jobs.queue({ task: 'cchcNotificationDigest' as never, input: { now: new Date(Date.now() + 86_400_000).toISOString() } as never })
    await runJobs()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toEqual(['bien-tap-a@thanhmien.example'])
    expect(mails[0]!.text).toContain(`/admin/collections/cchc-posts/${post.id}`)
    await app.payload.update({ collection: 'users', id: editorB.user!.id, data: { notificationPreferences: { email: true } } as never, ...as(editorB) })
    await app.payload.update({ collection: 'users', id: editorA.user!.id, data: { notificationPreferences: { delivery: 'immediate' } } as never, ...as(editorA) })
  })
})

describe('the daily digest, at the digest hour on the commune’s clock', () => {
  it('finds the last digest hour in the commune’s zone, whatever the server’s', () => {
    // 16:00 in Vietnam (UTC+7) is 09:00 UTC; before it, the day before's counts.
    expect(lastLocalHour(new Date('2027-03-05T08:59:00.000Z'), 16, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2027-03-04T09:00:00.000Z')
    expect(lastLocalHour(new Date('2027-03-05T09:00:00.000Z'), 16, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2027-03-05T09:00:00.000Z')
    // 23:30 UTC on 5 March is 06:30 on 6 March in Vietnam: that morning's 06:00 (still 5 March in UTC).
    expect(lastLocalHour(new Date('2027-03-05T23:30:00.000Z'), 6, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2027-03-05T23:00:00.000Z')
    expect(lastLocalHour(new Date('2027-03-05T18:00:00.000Z'), 7, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2027-03-05T00:00:00.000Z')
    expect(lastLocalHour(new Date('2027-03-01T00:30:00.000Z'), 16, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2027-02-28T09:00:00.000Z')
    // A zone with daylight saving: 16:00 in Berlin is 15:00 UTC before 28 March 2027, 14:00 UTC from that day.
    expect(lastLocalHour(new Date('2027-03-27T20:00:00.000Z'), 16, 'Europe/Berlin').toISOString()).toBe('2027-03-27T15:00:00.000Z')
    expect(lastLocalHour(new Date('2027-03-28T20:00:00.000Z'), 16, 'Europe/Berlin').toISOString()).toBe('2027-03-28T14:00:00.000Z')
  })

  it('mails once, in the first run at or after 16:00 in Vietnam, what came before it (a fixed "now" through the jobs queue)', async () => {
    await app.payload.update({ collection: 'users', id: editorA.user!.id, data: { notificationPreferences: { delivery: 'digest' } } as never, ...as(editorA) })
    const post = await app.payload.create({
      collection: 'cchc-posts',
      data: (await completePost(app, author.unitId!, { workflowState: 'in_review' })) as never,
      ...as(author),
    })
    await runJobs()
    mails.length = 0
    const line = (await app.payload.find({ collection: 'cchc-notifications', where: { and: [{ itemId: { equals: String(post.id) } }, { recipient: { equals: editorA.user!.id } }] }, depth: 0 })).docs[0]!
    expect(line.emailState).toBe('digest')
    // The first 16:00 in Vietnam after the line came: 09:00 UTC, whatever the server's zone.
    const digestAt = lastLocalHour(new Date(new Date(line.createdAt).getTime() + 86_400_000), 16, 'Asia/Ho_Chi_Minh')
    expect(digestAt.getUTCHours()).toBe(9)
    const digest = async (now: Date) => {
      await app.payload.jobs.queue({ task: 'cchcNotificationDigest' as never, input: { now: now.toISOString() } as never })
      await runJobs()
    }
    await digest(new Date(digestAt.getTime() - 60_000)) // 15:59: not yet
    expect(mails).toHaveLength(0)
    expect((await app.payload.findByID({ collection: 'cchc-notifications', id: line.id, depth: 0 })).emailState).toBe('digest')
    await digest(digestAt) // 16:00
    await digest(new Date(digestAt.getTime() + 3_600_000)) // 17:00, the next hourly run: nothing again
    expect(mails.map((mail) => mail.to[0])).toEqual(['bien-tap-a@thanhmien.example'])
    expect(mails[0]!.text).toContain(`/admin/collections/cchc-posts/${post.id}`)
    expect((await app.payload.findByID({ collection: 'cchc-notifications', id: line.id, depth: 0 })).emailState).toBe('sent')
    await app.payload.update({ collection: 'users', id: editorA.user!.id, data: { notificationPreferences: { delivery: 'immediate' } } as never, ...as(editorA) })
  })

  it('is scheduled every hour: the hour is the job’s to judge, not the server’s clock zone', () => {
    const task = app.config.jobs.tasks!.find((t) => t.slug === 'cchcNotificationDigest')!
    expect(task.schedule?.map((schedule) => schedule.cron)).toEqual(['0 0 * * * *'])
  })
})

describe('reminders of the Q1 2027 report (due before 5 March, Asia/Ho_Chi_Minh)', () => {
  const remind = async (now: string) => {
    await app.payload.jobs.queue({ task: 'cchcNotificationReminders' as never, input: { now } as never })
    await runJobs()
  }
  const reminders = (event: string) => told(event, null, { title: { contains: 'Quý 1/2027' } })

  beforeAll(async () => {
    // MTTQ has sent its Q1 report: its members are never reminded.
    const report = await app.payload.create({ collection: 'cchc-reports', data: { unit: author.unitId, periodKind: 'quarter', year: 2027, periodNumber: 1 } as never, ...as(author) })
    await app.payload.update({ collection: 'cchc-reports', id: report.id, data: { reportState: 'submitted' } as never, ...as(author) })
  })

  it('nothing eight days ahead', async () => {
    await remind('2027-02-25T03:00:00.000Z') // 25 Feb, 10:00 in Vietnam
    expect(await reminders('reportDueSoon')).toEqual([])
  })

  it('28 Feb: the seven-day reminder (caught up), once, to every unit that has not sent it', async () => {
    await remind('2027-02-28T03:00:00.000Z')
    await remind('2027-02-28T09:00:00.000Z')
    const first = await reminders('reportDueSoon')
    expect(first).toContain(String(otherUnit.user!.id))
    expect(first).toContain(String(coordinator.user!.id))
    expect(first).toContain(String(editorA.user!.id))
    expect(first).not.toContain(String(author.user!.id))
    expect(first).not.toContain(String(colleague.user!.id))
    expect(first).not.toContain(String(admin.user!.id))
    expect(first.filter((id) => id === String(otherUnit.user!.id))).toHaveLength(1)
  })

  it('3 March local (still 2 March in UTC): the two-day reminder, once; not on 2 March local', async () => {
    await remind('2027-03-02T16:30:00.000Z') // 2 Mar, 23:30 in Vietnam: three days left
    expect((await reminders('reportDueSoon')).filter((id) => id === String(otherUnit.user!.id))).toHaveLength(1)
    await remind('2027-03-02T17:30:00.000Z') // 3 Mar, 00:30 in Vietnam
    await remind('2027-03-03T08:00:00.000Z')
    expect((await reminders('reportDueSoon')).filter((id) => id === String(otherUnit.user!.id))).toHaveLength(2)
    const lines = await app.payload.find({ collection: 'cchc-notifications', where: { recipient: { equals: otherUnit.user!.id }, event: { equals: 'reportDueSoon' } }, sort: 'createdAt', depth: 0 })
    expect(lines.docs.map((doc) => doc.title)).toEqual(['Còn 7 ngày đến hạn nộp báo cáo: Báo cáo Quý 1/2027', 'Còn 2 ngày đến hạn nộp báo cáo: Báo cáo Quý 1/2027'])
  })

  it('5 March local: overdue, once; MTTQ, which sent it, never', async () => {
    await remind('2027-03-04T16:00:00.000Z') // 4 Mar, 23:00 in Vietnam: not yet
    expect(await reminders('reportOverdue')).toEqual([])
    await remind('2027-03-04T17:30:00.000Z') // 5 Mar, 00:30 in Vietnam
    await remind('2027-03-05T10:00:00.000Z')
    const overdue = await reminders('reportOverdue')
    expect(overdue.filter((id) => id === String(otherUnit.user!.id))).toHaveLength(1)
    expect(overdue).not.toContain(String(author.user!.id))
    const unique = await app.payload.count({ collection: 'cchc-notifications', where: { onceKey: { exists: true } } })
    expect(unique.totalDocs).toBeGreaterThan(0)
  })
})

describe('reminders of a feedback’s deadline', () => {
  it('two days before its answer is late: the unit and the editors, once; nothing three days before', async () => {
    const sent = await app.rest('POST', '/cchc-feedback', {
      body: { category: 'feedback', subject: 'Đèn đường hỏng', content: 'Đèn đường thôn Đông hỏng.', contactName: 'Trần Thị Hoa', contactPhone: '0987654321' },
      headers: { 'X-Forwarded-For': '198.51.100.9', 'User-Agent': 'Mozilla/5.0 Firefox/130.0' },
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const id = sent.body.doc.id
    await app.payload.update({ collection: 'cchc-feedback', id, data: { state: 'routed', unit: otherUnit.unitId } as never, ...as(editorA) })
    const { dueDate } = await app.payload.findByID({ collection: 'cchc-feedback', id, depth: 0 })
    // The due day is the last day to answer (stored at its local midday); late from the next day.
    const dueDay = new Date(dueDate as string)
    const remind = async (daysBeforeDueDay: number) => {
      const now = new Date(dueDay.getTime() - daysBeforeDueDay * 86_400_000).toISOString()
      await app.payload.jobs.queue({ task: 'cchcNotificationReminders' as never, input: { now } as never })
      await runJobs()
    }
    await remind(2)
    expect(await told('feedbackDueSoon', id)).toEqual([])
    await remind(1)
    await remind(1)
    await remind(0)
    expect(await told('feedbackDueSoon', id)).toEqual(ids(editorA, editorB, otherUnit))
    // The day after its due day the hourly job flags it overdue: the unit and the editors are told, once.
    for (const hours of [24, 30]) {
      await app.payload.jobs.queue({ task: 'cchcFeedbackUpkeep' as never, input: { now: new Date(dueDay.getTime() + hours * 3_600_000).toISOString() } as never })
      await runJobs()
    }
    expect((await app.payload.findByID({ collection: 'cchc-feedback', id, depth: 0 })).overdue).toBe(true)
    expect(await told('feedbackOverdue', id)).toEqual(ids(editorA, editorB, otherUnit))
  })
})

describe('access: each reads and marks only its own', () => {
  let mine: Record<string, any>
  let paths: ReturnType<typeof allPaths>

  beforeAll(async () => {
    paths = allPaths(app, { 'cchc-notifications': 'id title isRead recipient { id }' })
    const found = await app.payload.find({ collection: 'cchc-notifications', where: { recipient: { equals: editorA.user!.id } }, limit: 1, depth: 0 })
    mine = found.docs[0]!
  })

  it('reads its own and nobody else’s, on every path', async () => {
    for (const path of paths) {
      const own = await path.find('cchc-notifications', editorA)
      expect(own.ok, `${path.name} ${own.error}`).toBe(true)
      expect(own.docs!.length, path.name).toBeGreaterThan(0)
      const recipients = new Set(own.docs!.map((doc: any) => String(doc.recipient?.id ?? doc.recipient)))
      expect([...recipients], path.name).toEqual([String(editorA.user!.id)])
      const theirs = await path.find('cchc-notifications', editorB, { id: { equals: mine.id } })
      expect(theirs.docs ?? [], path.name).toEqual([])
      const anonymous = await path.find('cchc-notifications', { role: 'anonymous' })
      expect(anonymous.docs ?? [], path.name).toEqual([])
    }
    const all = await app.payload.find({ collection: 'cchc-notifications', ...as(admin), pagination: false, depth: 0 })
    expect(new Set(all.docs.map((doc) => String(doc.recipient))).size).toBeGreaterThan(2)
  })

  it('marks its own read (and nothing else of it); another cannot mark it; nobody creates one', async () => {
    for (const path of paths) {
      const other = await path.update('cchc-notifications', editorB, mine.id, { isRead: true })
      expect(other.ok, path.name).toBe(false)
      const stored = await app.payload.findByID({ collection: 'cchc-notifications', id: mine.id, depth: 0 })
      expect(stored.isRead, path.name).toBe(false)
      const created = await path.create('cchc-notifications', editorA, { title: 'Giả mạo', recipient: editorA.user!.id, event: 'postSubmitted' })
      expect(created.ok, path.name).toBe(false)
    }
    for (const path of paths) {
      const own = await path.update('cchc-notifications', editorA, mine.id, { isRead: true, title: 'Đã sửa' })
      expect(own.ok, `${path.name} ${own.error}`).toBe(true)
      const stored = await app.payload.findByID({ collection: 'cchc-notifications', id: mine.id, depth: 0 })
      expect(stored.isRead, path.name).toBe(true)
      expect(stored.title, path.name).toBe(mine.title)
      await app.payload.update({ collection: 'cchc-notifications', id: mine.id, data: { isRead: false } })
    }
  })

  it('a malformed mark is a 400 naming the field, and changes nothing', async () => {
    const reply = await app.rest('PATCH', `/cchc-notifications/${mine.id}`, { token: editorA.token, body: { isRead: { not: 'a boolean' } } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(400)
    expect(JSON.stringify(reply.body)).toContain('isRead')
    expect((await app.payload.findByID({ collection: 'cchc-notifications', id: mine.id, depth: 0 })).isRead).toBe(false)
  })
})
