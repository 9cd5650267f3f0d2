import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { dropSearchIndexStatements, searchIndexStatements } from '../src/db/searchIndexes.ts'

/**
 * The trigram indexes of the folded search text (see src/db/searchIndexes.ts, which the plugin
 * also runs on start for hosts whose migrations lack them).
 *
 * Written by hand (Payload does not generate extension indexes). `payload migrate:create` diffs
 * against the newest `.json` snapshot, which stays the generated one's; to regenerate the initial
 * migration on an empty folder, move this file aside first (it writes nothing otherwise).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of searchIndexStatements) await db.execute(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of dropSearchIndexStatements) await db.execute(sql.raw(statement))
}
