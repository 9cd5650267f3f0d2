/**
 * The daily digest at a configured hour on the commune's clock (`notifications.digestHour` in
 * `reporting.timeZone`), whatever the server's zone, daylight saving included: here 07:00 in New
 * York the morning the clocks go forward (14 March 2027, 11:00 UTC, not 12:00), run through the
 * jobs queue with a fixed "now" and a real SMTP server; once, and not before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { completePost } from './helpers/posts.ts'
import { type Mail, startSmtp } from './helpers/smtp.ts'

let app: TestApp
let smtp: { mails: Mail[]; close: () => Promise<void> }
let editor: Actor
let author: Actor

beforeAll(async () => {
  smtp = await startSmtp()
  app = await bootApp({ options: { reporting: { timeZone: 'America/New_York' }, notifications: { digestHour: 7 } } })
  await makeActor(app, 'administrator', { isSystemAdmin: true })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc', email: 'bien-tap@thanhmien.example' })
  author = await makeActor(app, 'contributor', { unit: 'mttq', email: 'tac-gia@thanhmien.example' })
  await app.payload.update({ collection: 'users', id: editor.user!.id, data: { notificationPreferences: { delivery: 'digest' } } as never, user: editor.user, overrideAccess: false })
}, 240_000)
afterAll(async () => {
  await app?.close()
  await smtp?.close()
})

const runJobs = async () => {
  for (let round = 0; round < 5; round++) await app.payload.jobs.run({ limit: 100 })
}
const digest = async (now: string) => {
  await app.payload.jobs.queue({ task: 'cchcNotificationDigest' as never, input: { now } as never })
  await runJobs()
}

describe('the digest at 07:00 in New York', () => {
  it('mails what came the day before in the first run at or after 07:00 local (11:00 UTC that morning), once', async () => {
    const post = await app.payload.create({
      collection: 'cchc-posts',
      data: (await completePost(app, author.unitId!, { workflowState: 'in_review' })) as never,
      user: author.user,
      overrideAccess: false,
    })
    const line = (await app.payload.find({ collection: 'cchc-notifications', where: { itemId: { equals: String(post.id) } }, depth: 0 })).docs[0]!
    expect(line.emailState).toBe('digest')
    // As if it came on Saturday 13 March 2027, 15:00 in New York (EST, UTC-5).
    await app.payload.db.updateOne({ collection: 'cchc-notifications', id: line.id, data: { createdAt: '2027-03-13T20:00:00.000Z' } })
    await runJobs()
    smtp.mails.length = 0

    await digest('2027-03-13T23:00:00.000Z') // 18:00 the same day: before the next 07:00
    await digest('2027-03-14T10:59:00.000Z') // 06:59 EDT: not yet
    expect(smtp.mails).toHaveLength(0)
    expect((await app.payload.findByID({ collection: 'cchc-notifications', id: line.id, depth: 0 })).emailState).toBe('digest')

    await digest('2027-03-14T11:00:00.000Z') // 07:00 EDT
    expect(smtp.mails).toHaveLength(1)
    await digest('2027-03-14T12:00:00.000Z') // 08:00: the next hourly run sends nothing again
    await digest('2027-03-15T11:30:00.000Z') // the next morning: nothing left
    expect(smtp.mails.map((mail) => mail.to[0])).toEqual(['bien-tap@thanhmien.example'])
    expect(smtp.mails[0]!.text).toContain(`/admin/collections/cchc-posts/${post.id}`)
    expect((await app.payload.findByID({ collection: 'cchc-notifications', id: line.id, depth: 0 })).emailState).toBe('sent')
  })
})
