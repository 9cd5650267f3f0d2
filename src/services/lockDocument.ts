import type { PayloadRequest } from 'payload'

import { postgresAdapter } from '../db/postgresAdapter.ts'

type SqlAdapter = {
  sessions: Record<number | string, { db: unknown }>
  tableNameMap: Map<string, string>
  execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
}

/**
 * Locks one document's row until the request's transaction ends (`SELECT … FOR UPDATE`), so that
 * two writers applying the same decision (a publish and the daily job, say) run one after the
 * other and the second sees what the first applied. Without a SQL adapter or a transaction it
 * does nothing.
 */
export const lockDocument = async (req: PayloadRequest, collection: string, id: number | string): Promise<void> => {
  const db = postgresAdapter<SqlAdapter>(req.payload)
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? db.sessions?.[transactionID] : undefined
  if (!session || !db.execute) return
  const table = db.tableNameMap?.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')
  const key = typeof id === 'number' ? String(id) : `'${String(id).replace(/'/g, "''")}'`
  await db.execute({ db: session.db, raw: `select id from "${table}" where id = ${key} for update` })
}
