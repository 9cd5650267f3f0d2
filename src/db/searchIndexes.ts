import type { Payload } from 'payload'

import { postgresAdapter } from './postgresAdapter.ts'

/**
 * Indexes the public reads need that Payload's schema cannot declare: search without diacritics
 * matches `contains` on the folded `search_text` columns (ILIKE '%…%'), which a trigram GIN index
 * serves instead of a scan of every row. pg_trgm is a trusted extension (PostgreSQL 13+): the
 * database owner may create it. Every statement is idempotent.
 */
export const searchIndexStatements = [
  'create extension if not exists pg_trgm',
  'create index if not exists procedures_search_text_trgm_idx on procedures using gin (search_text gin_trgm_ops)',
  'create index if not exists cchc_posts_search_text_trgm_idx on cchc_posts using gin (search_text gin_trgm_ops)',
]

/** Undoes `searchIndexStatements` (the extension stays: other tables may use it). */
export const dropSearchIndexStatements = [
  'drop index if exists procedures_search_text_trgm_idx',
  'drop index if exists cchc_posts_search_text_trgm_idx',
]

type Client = { query: (text: string, values?: unknown[]) => Promise<unknown>; release: () => void }

// Any fixed number: instances starting together take turns instead of racing on the catalogue.
const lockKey = 0x63636863

/**
 * Creates the search indexes on start, so a host has them whether or not its migrations include
 * them (the plugin's tables exist by then: pushed in development, migrated in production). A
 * database user that may not create them gets a warning naming the statements to run instead.
 */
export const ensureSearchIndexes = async (payload: Payload): Promise<void> => {
  const pool = postgresAdapter<{ pool?: { connect: () => Promise<Client> } }>(payload).pool
  if (!pool) return
  const client = await pool.connect()
  try {
    await client.query('begin')
    await client.query('select pg_advisory_xact_lock($1)', [lockKey])
    for (const statement of searchIndexStatements) await client.query(statement)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    payload.logger.warn({
      msg: `cchc: the search indexes could not be created (${(error as Error).message}); search works but scans every row. Run as the database owner: ${searchIndexStatements.join('; ')}`,
    })
  } finally {
    client.release()
  }
}
