import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The first trigram indexes of the folded search text. src/db/searchIndexes.ts has the full,
 * growing list, which the plugin also runs on start; this migration keeps the three statements it
 * shipped with (the tables of later indexes do not exist yet at this point).
 *
 * Written by hand (Payload does not generate extension indexes). `payload migrate:create` diffs
 * against the newest `.json` snapshot, which stays the generated one's; to regenerate the initial
 * migration on an empty folder, move this file aside first (it writes nothing otherwise).
 */
const statements = [
  'create extension if not exists pg_trgm',
  'create index if not exists procedures_search_text_trgm_idx on procedures using gin (search_text gin_trgm_ops)',
  'create index if not exists cchc_posts_search_text_trgm_idx on cchc_posts using gin (search_text gin_trgm_ops)',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of statements) await db.execute(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw('drop index if exists procedures_search_text_trgm_idx'))
  await db.execute(sql.raw('drop index if exists cchc_posts_search_text_trgm_idx'))
}
