import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { postgresAdapter } from '../db/postgresAdapter.ts'

type Pool = { query: (text: string) => Promise<{ rows: Record<string, unknown>[] }> }
type SqlAdapter = { pool: Pool; sessions: Record<number | string, { db: unknown }>; execute: (args: { db?: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }> }

/** The PostgreSQL sequence that numbers the tracking codes (created by the migration 20261130_085957_campaign and on start). */
export const trackingSequenceOf = (options: Pick<ResolvedOptions, 'slugs'>) => `${options.slugs.feedback.replace(/-/g, '_')}_tracking_seq`

/** Creates the sequence if it is not there (a database pushed in development, or before the migration). */
export const ensureTrackingSequence = async (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>): Promise<void> => {
  const pool = postgresAdapter<SqlAdapter>(payload).pool
  await pool?.query(`create sequence if not exists "${trackingSequenceOf(options)}"`)
}

/**
 * The next number of a tracking code, in the request's transaction when it has one. A sequence
 * never hands a number out twice, even to instances running at once; a number whose write rolls
 * back is skipped, which a tracking code may be.
 */
export const nextTrackingNumber = async (req: PayloadRequest, options: Pick<ResolvedOptions, 'slugs'>): Promise<number> => {
  const db = postgresAdapter<SqlAdapter>(req.payload)
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? db.sessions?.[transactionID] : undefined
  const raw = `select nextval('"${trackingSequenceOf(options)}"') as n`
  const result = session && db.execute ? await db.execute({ db: session.db, raw }) : await db.pool!.query(raw)
  return Number(result.rows[0]!.n)
}
