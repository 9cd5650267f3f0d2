import type { AfterErrorHook } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { DatabaseBusy, isDatabaseUnavailable } from '../db/databaseBusy.ts'
import { t } from '../translations/translate.ts'

/**
 * A write turned away by the transaction gate, a pool starved past its connection timeout, a
 * statement cut off by `statement_timeout` or a database that went away: 503 with Retry-After and a
 * message the person can act on, never a 500.
 */
export const answerDatabaseBusy =
  (options: ResolvedOptions): AfterErrorHook =>
  ({ error, graphqlResult, req }) => {
    if (!isDatabaseUnavailable(error)) return
    const seconds = error instanceof DatabaseBusy ? error.retryAfterSeconds : options.transactions.retryAfterSeconds
    const message = t(req, 'databaseBusy', { seconds })
    const headers = new Headers(req.responseHeaders)
    headers.set('Retry-After', String(seconds))
    req.responseHeaders = headers
    if (graphqlResult) {
      return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
    }
    return { response: { errors: [{ message }] }, status: 503 }
  }
