/**
 * Logs never carry password hashes, salts, tokens or personal data: a failed insert of an account
 * is logged through the app's real logger options, and what reaches the log is checked.
 */
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { redactLogLine } from '../src/lib/logRedaction.ts'
import { makeActor, password } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp

beforeAll(async () => {
  app = await bootApp()
})
afterAll(() => app?.close())

/** The app's logger as configured (plugin and host), writing into an array instead of stdout. */
const captureLogs = () => {
  const lines: string[] = []
  const configured = app.config.logger as { options: Record<string, unknown> }
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  const previous = app.payload.logger
  app.payload.logger = pino({ ...configured.options }, destination)
  return { lines, restore: () => (app.payload.logger = previous) }
}

describe('a failed insert of an account', () => {
  it('is logged without the salt, the hash, the e-mail address or the bound values', async () => {
    const administrator = await makeActor(app, 'administrator', { isSystemAdmin: true })
    const pool = (app.payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }).pool
    // The database refuses this row after Payload has hashed the password: the insert itself fails.
    await pool.query(`alter table users add constraint refuse_test_row check (name <> 'Lỗi ghi thử')`)
    const { lines, restore } = captureLogs()
    try {
      const reply = await app.rest('POST', '/users', {
        token: administrator.token,
        body: { email: 'nguoi-dan.ten-rieng@thanhmien.example', name: 'Lỗi ghi thử', password },
      })
      expect(reply.status).toBeGreaterThanOrEqual(400)
    } finally {
      restore()
      await pool.query('alter table users drop constraint refuse_test_row')
    }
    const log = lines.join('\n')
    expect(log).toContain('Failed query: insert into \\"users')
    expect(log).toContain('params: [redacted]')
    expect(log).not.toMatch(/pbkdf2-sha256/)
    expect(log).not.toMatch(/\b[0-9a-f]{32,}\b/)
    expect(log).not.toContain('nguoi-dan.ten-rieng')
    expect(log).not.toContain('@thanhmien.example')
    expect(log).not.toContain('Lỗi ghi thử')
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
  })

  it('never carries a session token or a password given to a log call', () => {
    const { lines, restore } = captureLogs()
    try {
      app.payload.logger.error({ msg: 'thử', token: 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJl', user: { password: 'Mat-khau-bi-mat-1' } })
      app.payload.logger.warn('Gửi thư tới ai-do@thanhmien.example với mã eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJl')
    } finally {
      restore()
    }
    const log = lines.join('\n')
    expect(log).not.toContain('eyJhbGci')
    expect(log).not.toContain('Mat-khau-bi-mat-1')
    expect(log).not.toContain('ai-do@')
  })
})

describe('redactLogLine', () => {
  it('keeps the line valid JSON and the rest of the message readable', () => {
    const line = JSON.stringify({
      msg: 'Failed query: insert into "users" ("email") values ($1)\nparams: a@b.vn,5f3c…\ncaused by: duplicate key',
      detail: 'Key (email)=(a@b.vn) already exists.',
    })
    const redacted = redactLogLine(line)
    expect(JSON.parse(redacted)).toEqual({
      msg: 'Failed query: insert into "users" ("email") values ($1)\nparams: [redacted]\ncaused by: duplicate key',
      detail: 'Key [redacted]',
    })
  })
})
