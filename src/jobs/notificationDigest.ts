import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { digestMail } from '../lib/notificationEvents.ts'
import { idOf } from '../lib/relationId.ts'
import { lastLocalHour } from '../lib/vietnamTime.ts'
import { nowFrom } from '../requestContext.ts'
import { absoluteLink } from './sendNotificationEmail.ts'

/**
 * The daily digest: one mail per account that chose it, with every notification not yet mailed
 * that arrived before the last digest hour (`notifications.digestHour` on the commune's clock,
 * `reporting.timeZone`). Run every hour, it mails once a day whatever the server's zone: a later
 * run the same day finds nothing older than that hour left, and a run the server missed is caught
 * up by the next. Marked sent per recipient after its mail goes; a failed send throws and the
 * queue retries, and what was already sent is not sent again.
 */
export const sendDigests = async (req: PayloadRequest, options: ResolvedOptions, now: Date = new Date()): Promise<{ mailed: number }> => {
  const collection = options.slugs.notifications
  const cutoff = lastLocalHour(now, options.notifications.digestHour, options.reporting.timeZone)
  const waiting = await req.payload.find({
    collection,
    where: { and: [{ emailState: { equals: 'digest' } }, { emailedAt: { exists: false } }, { createdAt: { less_than: cutoff.toISOString() } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { recipient: true, title: true, link: true },
  })
  const byRecipient = new Map<string, { id: number | string; title: string; link?: string | null }[]>()
  for (const doc of waiting.docs as { id: number | string; recipient: unknown; title: string; link?: string | null }[]) {
    const key = String(idOf(doc.recipient))
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), doc])
  }
  let mailed = 0
  for (const [recipientId, docs] of byRecipient) {
    const recipient = (await req.payload.findByID({ collection: options.authCollection, id: recipientId, depth: 0, disableErrors: true, overrideAccess: true, req, select: { email: true } })) as { email?: string } | null
    let state = 'none'
    if (recipient?.email) {
      const mail = digestMail(docs.map((doc) => ({ title: doc.title, link: absoluteLink(req, doc.link ?? '') })))
      const answer = (await req.payload.sendEmail({ to: recipient.email, subject: mail.subject, text: mail.text })) as { kept?: boolean } | undefined
      state = answer?.kept === true ? 'kept' : 'sent'
      mailed++
    }
    await req.payload.update({
      collection,
      where: { id: { in: docs.map((doc) => doc.id) } },
      data: { emailState: state, emailedAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return { mailed }
}

export const notificationDigestTaskSlug = 'cchcNotificationDigest'

/**
 * Every hour on the hour: the digest goes out in the first run at or after the digest hour on the
 * commune's clock (Payload 3.90's schedules have no time zone; the job reads the clock itself).
 * `input.now` (ISO) replaces the clock, for tests and catch-up runs.
 */
export const notificationDigestTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: notificationDigestTaskSlug,
    label: 'Thư tổng hợp thông báo hằng ngày / Daily notification digest',
    inputSchema: [{ name: 'now', type: 'text' }],
    outputSchema: [{ name: 'mailed', type: 'number' }],
    schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
    retries: options.notifications.emailRetries,
    handler: async ({ input, req }: { input?: { now?: string | null }; req: PayloadRequest }) => ({
      output: await sendDigests(req, options, nowFrom(input?.now)),
    }),
  }) as TaskConfig
