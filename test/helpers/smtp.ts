import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type Mail = { to: string[]; subject: string; text: string }

/**
 * A real SMTP server on a free port, for the host's e-mail adapter: call before `bootApp()` (the
 * adapter reads `SMTP_*` when the config loads). Every mail it accepts is kept in `mails`.
 */
export const startSmtp = async (): Promise<{ mails: Mail[]; close: () => Promise<void> }> => {
  const mails: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? ''
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject, text: raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((server.server.address() as AddressInfo).port)
  process.env.SMTP_FROM = 'CCHC xã Thanh Miện <cchc@thanhmien.example>'
  return { mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
