import type { AfterErrorHook } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { DatabaseBusy, isDatabaseUnavailable } from '../db/databaseBusy.ts'

/**
 * A write turned away by the transaction gate, a pool starved past its connection timeout, a
 * statement cut off by `statement_timeout` or a database that went away: 503 with Retry-After and a
 * message the person can act on, never a 500.
 */
export const answerDatabaseBusy =
  (options: ResolvedOptions): AfterErrorHook =>
  ({ error, graphqlResult, req }) => {
    if (!isDatabaseUnavailable(error)) return
    const busy = error instanceof DatabaseBusy ? error : new DatabaseBusy(options.transactions.retryAfterSeconds)
    const headers = new Headers(req.responseHeaders)
    headers.set('Retry-After', String(busy.retryAfterSeconds))
    req.responseHeaders = headers
    if (graphqlResult) {
      return { graphqlResult: { ...graphqlResult, message: busy.message, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
    }
    return { response: { errors: [{ message: busy.message }] }, status: 503 }
  }
