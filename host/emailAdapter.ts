import type { EmailAdapter, SendEmailOptions } from 'payload'

import nodemailer from 'nodemailer'

/**
 * Payload's e-mail adapter over nodemailer (`@payloadcms/email-nodemailer` has no 3.90.2 release to
 * pin beside the other Payload packages, so the host carries the few lines it needs).
 * SMTP from the environment: SMTP_HOST, SMTP_PORT (587), SMTP_USER, SMTP_PASS, SMTP_FROM,
 * SMTP_SECURE=true for implicit TLS (port 465). Without SMTP_HOST (development) nothing leaves the
 * machine: each mail is logged by its subject only (no address, no body) and answered `{ kept: true }`,
 * which the plugin records on the notification, so the admin still lists it.
 */
export const smtpEmailAdapter =
  (env: NodeJS.ProcessEnv = process.env): EmailAdapter =>
  ({ payload }) => {
    const from = env.SMTP_FROM || 'CCHC <no-reply@localhost>'
    const match = /^\s*(?:"?([^"<]*)"?\s*)?<([^>]+)>\s*$/.exec(from)
    const defaultFromName = match?.[1]?.trim() || 'CCHC'
    const defaultFromAddress = match?.[2]?.trim() || from.trim()
    if (!env.SMTP_HOST) {
      return {
        name: 'cchc-kept',
        defaultFromAddress,
        defaultFromName,
        sendEmail: async (message: SendEmailOptions) => {
          payload.logger.info({ msg: 'E-mail kept (no SMTP_HOST): not sent', subject: message.subject })
          return { kept: true }
        },
      }
    }
    const port = Number(env.SMTP_PORT || 587)
    const transport = nodemailer.createTransport({
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE === 'true' || port === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      // A test or a local relay may present a self-signed certificate; production sets SMTP_TLS_REJECT_UNAUTHORIZED unset (verify).
      tls: env.SMTP_TLS_REJECT_UNAUTHORIZED === 'false' ? { rejectUnauthorized: false } : undefined,
    })
    return {
      name: 'smtp',
      defaultFromAddress,
      defaultFromName,
      sendEmail: async (message: SendEmailOptions) => {
        const info = await transport.sendMail({ from: `"${defaultFromName}" <${defaultFromAddress}>`, ...message })
        return { messageId: info.messageId }
      },
    }
  }
