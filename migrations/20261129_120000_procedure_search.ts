import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search without diacritics matches `contains` on the folded `search_text` columns (ILIKE '%…%').
 * A trigram GIN index serves those queries instead of a scan of every row. pg_trgm is a trusted
 * extension (PostgreSQL 13+): the database owner may create it.
 *
 * Written by hand (Payload does not generate extension indexes). `payload migrate:create` diffs
 * against the newest `.json` snapshot, which stays the generated one's; to regenerate the initial
 * migration on an empty folder, move this file aside first (it writes nothing otherwise).
 */
export const searchIndexStatements = [
  'create extension if not exists pg_trgm',
  'create index if not exists procedures_search_text_trgm_idx on procedures using gin (search_text gin_trgm_ops)',
  'create index if not exists cchc_posts_search_text_trgm_idx on cchc_posts using gin (search_text gin_trgm_ops)',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of searchIndexStatements) await db.execute(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw('drop index if exists procedures_search_text_trgm_idx'))
  await db.execute(sql.raw('drop index if exists cchc_posts_search_text_trgm_idx'))
}
