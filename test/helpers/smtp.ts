import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

/** text: the message with its body decoded from quoted-printable (the link is whole again). */
export type Mail = { to: string[]; subject: string; text: string }

const decodeQuotedPrintable = (body: string): string =>
  Buffer.from(
    body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

/**
 * A real SMTP server on a free port, for the host's e-mail adapter: call before `bootApp()` (the
 * adapter reads `SMTP_*` when the config loads). Every mail it accepts is kept in `mails`;
 * `refuse(n)` makes it refuse the next n.
 */
export const startSmtp = async (): Promise<{ mails: Mail[]; refuse: (count: number) => void; close: () => Promise<void> }> => {
  const mails: Mail[] = []
  // How many of the next messages are refused, as a failing relay refuses them (451).
  let refuseNext = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (refuseNext > 0) {
          refuseNext--
          const error = new Error('Hộp thư tạm thời không nhận') as Error & { responseCode: number }
          error.responseCode = 451
          return callback(error)
        }
        const raw = Buffer.concat(chunks).toString('utf8')
        const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? ''
        const split = raw.indexOf('\r\n\r\n')
        const head = split === -1 ? raw : raw.slice(0, split)
        const body = split === -1 ? '' : raw.slice(split + 4)
        const text = /^Content-Transfer-Encoding: quoted-printable/im.test(head) ? `${head}\r\n\r\n${decodeQuotedPrintable(body)}` : raw
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject, text })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((server.server.address() as AddressInfo).port)
  process.env.SMTP_FROM = 'CCHC xã Thanh Miện <cchc@thanhmien.example>'
  return { mails, refuse: (count) => (refuseNext = count), close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
