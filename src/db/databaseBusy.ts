import { APIError } from 'payload'

import { t, type Translator } from '../translations/translate.ts'

/**
 * A write that could not get the database in time: a 503 the client may retry after a pause. Its
 * message is in `language`'s words (the gate has no request; answerDatabaseBusy words a REST or
 * GraphQL answer in the request's).
 */
export class DatabaseBusy extends APIError {
  readonly retryAfterSeconds: number

  constructor(retryAfterSeconds: number, language: Translator) {
    super(t(language, 'databaseBusy', { seconds: retryAfterSeconds }), 503, null, true)
    this.name = 'DatabaseBusy'
    this.retryAfterSeconds = retryAfterSeconds
  }
}

// PostgreSQL's codes for "not now": a statement or idle transaction cut off by a timeout, the
// server shutting down or starting, too many connections, a lost connection, a deadlock.
const retryableCodes = new Set(['57014', '25P03', '57P01', '57P02', '57P03', '53300', '08000', '08003', '08006', '40P01', '40001'])
const retryableSystemCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'])
// node-postgres says these in words only: a starved pool (`connectionTimeoutMillis`) and a dropped connection.
const retryableMessages = [
  'timeout exceeded when trying to connect',
  'connection terminated',
  'connection timeout',
  'not queryable',
  'cannot begin transaction',
]

type Cause = { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown }

/**
 * Whether an error means the database could not serve the request in time, rather than that the
 * request was wrong: through its causes (drizzle wraps the driver's error; GraphQL wraps both).
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  const seen = new Set<unknown>()
  for (let current = error as Cause | undefined; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current)
    if (current instanceof DatabaseBusy) return true
    if (typeof current.code === 'string' && (retryableCodes.has(current.code) || retryableSystemCodes.has(current.code))) return true
    const message = typeof current.message === 'string' ? current.message.toLowerCase() : ''
    if (retryableMessages.some((words) => message.includes(words))) return true
    current = (current.originalError ?? current.cause) as Cause | undefined
  }
  return false
}
