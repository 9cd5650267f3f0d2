import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { postgresAdapter } from '../db/postgresAdapter.ts'

type Pool = { query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
type SqlAdapter = {
  pool: Pool
  sessions: Record<number | string, { db: unknown }>
  tableNameMap: Map<string, string>
  execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
}

/** What the public reads is at this version since `changedAt`. */
export type ContentVersion = { version: number; changedAt: Date }

/** The one row's key: a second row could one day version another audience's content. */
const publicKey = 'public'

const tableOf = (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>) => {
  const db = postgresAdapter<SqlAdapter>(payload)
  const slug = options.slugs.contentVersions.replace(/-/g, '_')
  return { db, table: db.tableNameMap?.get(slug) ?? slug }
}

const upsert = (table: string) =>
  `insert into "${table}" ("key", "version", "updated_at", "created_at") values ('${publicKey}', 1, now(), now())
   on conflict ("key") do update set "version" = "${table}"."version" + 1, "updated_at" = now()`

/**
 * Bumps the public content version in the request's transaction: the new version becomes visible
 * to other instances exactly when the change it stands for commits, and is rolled back with it.
 * Without a transaction (a Local API call without one) it runs on the pool.
 */
export const bumpContentVersion = async (req: PayloadRequest, options: Pick<ResolvedOptions, 'slugs'>): Promise<void> => {
  const { db, table } = tableOf(req.payload, options)
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? db.sessions?.[transactionID] : undefined
  if (session && db.execute) {
    await db.execute({ db: session.db, raw: upsert(table) })
    return
  }
  await db.pool?.query(upsert(table))
}

const readOnce = async (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>): Promise<ContentVersion> => {
  const { db, table } = tableOf(payload, options)
  if (!db.pool) throw new Error('cchc: the content version needs the PostgreSQL adapter')
  const { rows } = await db.pool.query(`select "version"::bigint::text as "version", "updated_at" from "${table}" where "key" = $1`, [publicKey])
  const row = rows[0]
  // Never bumped yet: version 0, as old as can be.
  return row ? { version: Number(row.version), changedAt: new Date(row.updated_at as string) } : { version: 0, changedAt: new Date(0) }
}

type Reads = { running?: Promise<ContentVersion>; next?: Promise<ContentVersion> }
const readsOf = new WeakMap<Payload, Reads>()

/**
 * The version every instance keys its cache on; one short statement on the pool, outside any
 * transaction. Callers that arrive together share a statement, but only one sent after they arrived:
 * a caller that comes while a read is running waits for it to end and joins the read after it (one
 * for everyone who came meanwhile), so what it gets is never older than its own arrival: a change
 * committed before the request came is always seen. Under load this is one statement per round trip
 * instead of one per request.
 */
export const readContentVersion = (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>): Promise<ContentVersion> => {
  let reads = readsOf.get(payload)
  if (!reads) readsOf.set(payload, (reads = {}))
  const state = reads
  const start = (): Promise<ContentVersion> => {
    const running = readOnce(payload, options)
    state.running = running
    const done = () => {
      if (state.running === running) state.running = undefined
    }
    running.then(done, done)
    return running
  }
  if (!state.running) return start()
  // A read is under way, sent perhaps before this caller came: the next one, sent after it ends.
  state.next ??= state.running.then(
    () => undefined,
    () => undefined,
  ).then(() => {
    state.next = undefined
    return start()
  })
  return state.next
}
