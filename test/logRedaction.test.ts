/**
 * Logs never carry password hashes, salts, tokens or personal data: a failed insert of an account
 * is logged through the app's real logger options, and what reaches the log is checked.
 */
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { redactLogLine } from '../src/lib/logRedaction.ts'
import { requestIdOf } from '../src/lib/requestId.ts'
import { loggablePath, requestLogFields } from '../src/lib/requestLog.ts'
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

describe('a refused request', () => {
  type Line = { level: number; msg?: string; status?: number; err?: unknown }
  const logged = (lines: string[]) => lines.map((line) => JSON.parse(line) as Line)

  it('is logged as information, one line with its message and status, through REST and GraphQL', async () => {
    const contributor = await makeActor(app, 'contributor', { unit: 'mttq' })
    const { lines, restore } = captureLogs()
    try {
      // The plugin's own 403 (an APIError), Payload's 401 and a GraphQL error around Payload's 403.
      expect((await app.rest('GET', '/cchc-reports/overview?year=2026&periodKind=quarter&periodNumber=3', { token: contributor.token })).status).toBe(403)
      expect((await app.rest('POST', '/cchc-posts/1/schedule', { body: { at: '01/12/2030 08:00' } })).status).toBe(401)
      const reply = await app.graphql('mutation { deleteCchcTopic(id: 1) { id } }', {}, contributor.token)
      expect(reply.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    } finally {
      restore()
    }
    const entries = logged(lines)
    expect(entries.filter((entry) => entry.level >= 50)).toEqual([])
    expect(entries.filter((entry) => entry.level === 30 && entry.status !== undefined).map(({ status }) => status)).toEqual([403, 401, 403])
    for (const entry of entries) expect(entry.err, JSON.stringify(entry)).toBeUndefined()
    expect(entries.find((entry) => entry.status === 401)?.msg).toMatch(/đăng nhập/)
  })

  it('leaves a fault an error, with its stack', () => {
    const { lines, restore } = captureLogs()
    try {
      app.payload.logger.error({ err: Object.assign(new Error('Hỏng thật'), { status: 500 }) })
      app.payload.logger.error({ err: new Error('Không có mã trạng thái') })
    } finally {
      restore()
    }
    const entries = logged(lines)
    expect(entries.map((entry) => entry.level)).toEqual([50, 50])
    expect(JSON.stringify(entries)).toContain('Hỏng thật')
    expect(entries.every((entry) => typeof (entry.err as { stack?: unknown })?.stack === 'string')).toBe(true)
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

describe("a request's log line (host/server.ts)", () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJl'

  it('carries the id, method, path, status and time, and no token, tracking code, e-mail or search', () => {
    const { lines, restore } = captureLogs()
    try {
      for (const url of [
        `/api/cchc-feedback/track/TM-7Q2K9X?lang=vi`,
        `/api/users/verify/${'ab12'.repeat(10)}`,
        `/api/users?where[email][equals]=nguoi-dan%40thanhmien.example&limit=10&depth=0`,
        `/api/cchc-procedures/search?q=Nguy%E1%BB%85n%20V%C4%83n%20A&page=2`,
        `/api/cchc-posts?token=${token}&sort=-publishedAt`,
      ]) {
        app.payload.logger.info(
          requestLogFields({ requestId: requestIdOf(undefined), method: 'GET', url, status: 200, durationMs: 12.345, via: 'next' }),
          'request',
        )
      }
    } finally {
      restore()
    }
    expect(lines).toHaveLength(5)
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    for (const line of parsed) {
      expect(line).toMatchObject({ msg: 'request', method: 'GET', status: 200, durationMs: 12.3, via: 'next' })
      expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/)
    }
    expect(parsed.map((line) => line.path)).toEqual([
      '/api/cchc-feedback/track/[redacted]?lang=[redacted]',
      '/api/users/verify/[redacted]',
      '/api/users?where%5Bemail%5D%5Bequals%5D=[redacted]&limit=10&depth=0',
      '/api/cchc-procedures/search?q=[redacted]&page=2',
      '/api/cchc-posts?token=[redacted]&sort=-publishedAt',
    ])
    const log = lines.join('\n')
    for (const secret of ['TM-7Q2K9X', 'ab12ab12', 'nguoi-dan', 'thanhmien.example', 'Nguy', 'eyJhbGci']) expect(log).not.toContain(secret)
  })

  it('keeps a well-formed incoming request id and replaces any other', () => {
    expect(requestIdOf('lb-7f3a9c2e41d0')).toBe('lb-7f3a9c2e41d0')
    expect(requestIdOf(['4bf92f3577b34da6a3ce929d0e0e4736', 'second'])).toBe('4bf92f3577b34da6a3ce929d0e0e4736')
    for (const bad of ['short', 'has space in it', 'x'.repeat(129), 'line\nbreak-injected', '"quoted-value"', '', undefined, null]) {
      const id = requestIdOf(bad)
      expect(id).not.toBe(bad)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    }
    expect(loggablePath('/api/cchc-posts')).toBe('/api/cchc-posts')
  })
})

describe('an API error answer', () => {
  it('names the request id the server gave the request, and no other', async () => {
    const missing = await app.rest('GET', '/cchc-posts/987654', { headers: { 'x-request-id': 'req-test-0001' } })
    expect(missing.status).toBe(404)
    expect(missing.body.requestId).toBe('req-test-0001')
    expect(missing.body.errors?.length).toBeGreaterThan(0)
    const malformed = await app.rest('GET', '/cchc-posts/987654', { headers: { 'x-request-id': 'bad id <script>' } })
    expect(malformed.status).toBe(404)
    expect(malformed.body).not.toHaveProperty('requestId')
  })
})
