import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { notificationMail } from '../lib/notificationEvents.ts'
import { idOf } from '../lib/relationId.ts'
import { sendNotificationEmailTaskSlug } from '../services/notifications.ts'

/** Where the admin is reached from a mail: the config's `serverURL` (SERVER_URL in the host). */
export const absoluteLink = (req: PayloadRequest, path: string): string => `${(req.payload.config.serverURL || '').replace(/\/+$/, '')}${path}`

/**
 * Sends one notification's e-mail through Payload's e-mail adapter. Queued in the transaction of
 * the change, so it runs only after that commits; a send that fails throws, and the jobs queue
 * tries again (`notifications.emailRetries`) without touching the change. An adapter that answers
 * `{ kept: true }` (the host's, without SMTP) keeps the mail: the notification says so.
 */
export const sendNotificationEmail = async (req: PayloadRequest, options: ResolvedOptions, id: string): Promise<{ state: string }> => {
  const collection = options.slugs.notifications
  const notification = (await req.payload.findByID({ collection, id, depth: 0, disableErrors: true, overrideAccess: true, req })) as {
    id: number | string
    title: string
    link?: string | null
    recipient: unknown
    emailState?: string | null
  } | null
  // Gone, or sent by an earlier try: nothing to send twice.
  if (!notification || notification.emailState !== 'queued') return { state: notification?.emailState ?? 'gone' }
  const recipientId = idOf(notification.recipient)
  const recipient = recipientId === null
    ? null
    : ((await req.payload.findByID({ collection: options.authCollection, id: recipientId, depth: 0, disableErrors: true, overrideAccess: true, req, select: { email: true } })) as { email?: string } | null)
  let state = 'none'
  if (recipient?.email) {
    const mail = notificationMail(notification.title, absoluteLink(req, notification.link ?? ''))
    const answer = (await req.payload.sendEmail({ to: recipient.email, subject: mail.subject, text: mail.text })) as { kept?: boolean } | undefined
    state = answer?.kept === true ? 'kept' : 'sent'
  }
  await req.payload.update({ collection, id: notification.id, data: { emailState: state, emailedAt: new Date().toISOString() }, depth: 0, overrideAccess: true, req })
  return { state }
}

export const sendNotificationEmailTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: sendNotificationEmailTaskSlug,
    label: 'Gửi thư thông báo / Send a notification e-mail',
    inputSchema: [{ name: 'notification', type: 'text', required: true }],
    outputSchema: [{ name: 'state', type: 'text' }],
    retries: options.notifications.emailRetries,
    handler: async ({ input, req }: { input?: { notification?: string | null }; req: PayloadRequest }) => ({
      output: await sendNotificationEmail(req, options, String(input?.notification ?? '')),
    }),
  }) as TaskConfig
