import type { Payload } from 'payload'

import { postgresAdapter } from './postgresAdapter.ts'

type Emitter = { on: (event: string, listener: (value: never) => void) => void }
type PoolLike = Emitter & { listenerCount?: (event: string) => number }
type ClientLike = Emitter

const marked = Symbol.for('payload-plugin-cchc:logPoolErrors')

/**
 * A connection the database closes (a restart, a failover, `pg_terminate_backend`) makes
 * node-postgres emit `error`: on the pool for an idle connection, on the client itself for one a
 * transaction holds between two statements. With no listener either is an uncaught exception and
 * the whole server stops. The query in flight fails on its own (its request answers 503) and the
 * pool opens a fresh connection next time, so a warning is all either needs.
 */
export const logPoolErrors = (payload: Payload): void => {
  const pool = postgresAdapter<{ pool: PoolLike & { [marked]?: true } }>(payload).pool
  if (!pool?.on || pool[marked]) return
  pool[marked] = true
  const warn = (error: Error) => payload.logger.warn({ msg: `cchc: a database connection closed: ${error.message}` })
  pool.on('error', warn as (value: never) => void)
  // Every client as it is handed out: those opened before the plugin started (schema push, the
  // adapter's first connection) included.
  const listening = new WeakSet<ClientLike>()
  const listen = ((client: ClientLike) => {
    if (listening.has(client)) return
    listening.add(client)
    client.on('error', warn as (value: never) => void)
  }) as (value: never) => void
  pool.on('connect', listen)
  pool.on('acquire', listen)
}
