import type { Payload } from 'payload'

import { E_TIMEOUT, Semaphore, withTimeout } from 'async-mutex'
import { randomUUID } from 'node:crypto'

import type { ResolvedOptions } from '../options.ts'
import type { Translator } from '../translations/translate.ts'

import { DatabaseBusy, isDatabaseUnavailable } from './databaseBusy.ts'
import { postgresAdapter } from './postgresAdapter.ts'

type TransactionID = number | string
type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type TransactionAdapter = {
  /** `@payloadcms/drizzle`'s own: the client, its readiness, and the open transactions by id. */
  drizzle?: { transaction: (run: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void> }
  initializing?: Promise<void>
  transactionOptions?: unknown
  sessions?: Record<TransactionID, Session>
  beginTransaction?: (options?: unknown) => Promise<null | TransactionID>
  commitTransaction?: (id: Promise<TransactionID> | TransactionID) => Promise<void>
  rollbackTransaction?: (id: Promise<TransactionID> | TransactionID) => Promise<void>
  /** node-postgres' pool (`@payloadcms/db-postgres`); pg fills `max` (10 when unset). */
  pool?: { options?: { max?: number } }
  [gated]?: true
}

const gated = Symbol.for('payload-plugin-cchc:transactionGate')

/** How many transactions may be open at once: the option, or the pool's size less the reserve. */
export const transactionLimit = (settings: ResolvedOptions['transactions'], poolMax: number | undefined): number | undefined => {
  if (settings.maxOpen !== undefined) return settings.maxOpen
  if (poolMax === undefined) return undefined
  const limit = poolMax - settings.reservedConnections
  if (limit < 1) {
    throw new Error(
      `cchcPlugin: invalid options\n  - option \`transactions.reservedConnections\`: ${settings.reservedConnections} leaves no connection for transactions in a pool of ${poolMax}`,
    )
  }
  return limit
}

/**
 * Admits at most `transactionLimit` database transactions at once in this process; the others wait
 * in line, and one that waits longer than `queueTimeoutMs` is answered 503 with Retry-After (its
 * message in `language`: the host's fallback language).
 *
 * Why: Payload's own `checkDocumentLockStatus` (payload/dist/utilities/checkDocumentLockStatus.js),
 * which every REST and GraphQL update and delete runs (`overrideLock: false`), reads
 * `payload_locked_documents` through `payload.db.find` without `req`: on a second pooled connection
 * while the request's transaction holds its first. With as many open transactions as connections,
 * each waits for a connection another holds, and the server answers nothing until restarted.
 * Keeping `reservedConnections` out of transactions leaves those queries (and anonymous reads,
 * which run outside transactions) a connection. One of the reserve is the connection that
 * `@payloadcms/db-postgres` keeps checked out from start-up for its reconnect listener.
 */
export const gateTransactions = (payload: Payload, settings: ResolvedOptions['transactions'], language: Translator): void => {
  const db = postgresAdapter<TransactionAdapter>(payload)
  if (db[gated] || !db.beginTransaction || !db.commitTransaction || !db.rollbackTransaction) return
  const limit = transactionLimit(settings, db.pool?.options?.max)
  if (limit === undefined) return
  db[gated] = true

  const line = withTimeout(new Semaphore(limit), settings.queueTimeoutMs)
  const releases = new Map<TransactionID, () => void>()
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)

  const drizzle = db.drizzle && db.sessions ? (db as Required<Pick<TransactionAdapter, 'drizzle' | 'sessions'>> & TransactionAdapter) : undefined
  /**
   * `@payloadcms/drizzle`'s beginTransaction catches the transaction's promise, and its
   * commitTransaction catches what `resolve` returns: a COMMIT that fails (the database stopping
   * under it) is swallowed, and Payload answers 201 for a write it did not save (the fault
   * test saw it). This opens the transaction the same way but lets a failed COMMIT throw.
   */
  const open = async (options: unknown): Promise<TransactionID> => {
    if (!drizzle) return (await begin(options)) as TransactionID
    await drizzle.initializing
    let transaction: unknown
    let finish!: (commit: boolean) => void
    let ready!: () => void
    let failed!: (error: unknown) => void
    const started = new Promise<void>((resolve, reject) => {
      ready = resolve
      failed = reject
    })
    const done = drizzle.drizzle.transaction(async (tx) => {
      transaction = tx
      await new Promise<void>((resolve, reject) => {
        finish = (commit) => (commit ? resolve() : reject(new Error('rolled back')))
        ready()
      })
    }, options ?? drizzle.transactionOptions)
    // BEGIN failed (no connection): the callback never ran. Once started this changes nothing.
    done.catch(failed)
    await started
    const id = randomUUID()
    drizzle.sessions[id] = {
      db: transaction,
      resolve: () => {
        finish(true)
        return done
      },
      reject: () => {
        finish(false)
        return done.catch(() => undefined)
      },
    }
    return id
  }
  const commitOrThrow = async (incoming: Promise<TransactionID> | TransactionID) => {
    const id = await incoming
    if (!drizzle) return commit(id)
    const session = drizzle.sessions[id]
    if (!session) return
    delete drizzle.sessions[id]
    await session.resolve()
  }

  db.beginTransaction = async (options) => {
    let release: () => void
    try {
      ;[, release] = await line.acquire()
    } catch (error) {
      if (error === E_TIMEOUT) throw new DatabaseBusy(settings.retryAfterSeconds, language)
      throw error
    }
    try {
      const id = await open(options)
      if (id === null || id === undefined) release()
      else releases.set(id, release)
      return id
    } catch (error) {
      release()
      // A pool starved past `connectionTimeoutMillis`, or a database going away: busy, not broken.
      throw isDatabaseUnavailable(error) ? new DatabaseBusy(settings.retryAfterSeconds, language) : error
    }
  }
  const ending =
    (end: (id: Promise<TransactionID> | TransactionID) => Promise<void>) =>
    async (incoming: Promise<TransactionID> | TransactionID) => {
      const id = await incoming
      try {
        await end(id)
      } finally {
        // The connection is back in the pool once the adapter's commit or rollback has returned.
        releases.get(id)?.()
        releases.delete(id)
      }
    }
  db.commitTransaction = ending(commitOrThrow)
  db.rollbackTransaction = ending(rollback)
}
