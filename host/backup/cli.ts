/**
 * npm run backup [-- --out <folder>]
 * npm run restore -- <archive> [--keep-previous] [--development]
 *
 * The database is DATABASE_URL's, or else the embedded PostgreSQL under .data/ (the running app's,
 * or started for the command and stopped after it). The media folder is MEDIA_DIR or ./media, as in
 * payload.config.ts.
 */
import net from 'node:net'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { defaultEmbeddedPort, type EmbeddedServer, startEmbeddedPostgres } from '../embeddedPostgres.ts'
import { createBackup, restoreBackup, RestoreRefused } from './archive.ts'
import { codeMigrationOf } from './manifest.ts'

const root = process.cwd()

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.end(), resolve(true)))
    socket.once('error', () => resolve(false))
  })

/** DATABASE_URL, or the embedded server's database (started here when the app is not running). */
const database = async (): Promise<{ url: string; embedded?: EmbeddedServer }> => {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? defaultEmbeddedPort)
  // As host/embeddedPostgres.ts's urlFor: its user, password and the app's database `cchc`.
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/cchc`
  if (await listening(port)) return { url }
  const embedded = await startEmbeddedPostgres({ dataDir: path.resolve(root, process.env.EMBEDDED_PG_DIR || path.join('.data', 'postgres')), port })
  await embedded.createDatabase('cchc')
  return { url, embedded }
}

const main = async () => {
  const [command, ...rest] = process.argv.slice(2)
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { out: { type: 'string' }, 'keep-previous': { type: 'boolean' }, development: { type: 'boolean' } },
  })
  const mediaDir = process.env.MEDIA_DIR ?? path.join(root, 'media')
  if (command !== 'backup' && command !== 'restore') throw new Error('usage: cli.ts backup [--out DIR] | restore ARCHIVE [--keep-previous] [--development]')
  if (command === 'restore' && !positionals[0]) throw new Error('usage: npm run restore -- <archive> [--keep-previous] [--development]')

  const { url, embedded } = await database()
  try {
    if (command === 'backup') {
      const { archive, manifest } = await createBackup({ databaseUrl: url, mediaDir, outDir: path.resolve(values.out ?? process.env.BACKUP_DIR ?? path.join(root, 'backups')) })
      const rows = Object.values(manifest.database.counts).reduce((sum, n) => sum + n, 0)
      console.log(`Backup written: ${archive}`)
      console.log(`  ${Object.keys(manifest.database.counts).length} tables, ${rows} rows, migration ${manifest.database.migration ?? '(development schema)'}, ${Object.keys(manifest.files).length - 1} media files`)
    } else {
      const { previousDatabase, previousMedia } = await restoreBackup({
        archive: path.resolve(positionals[0]!),
        databaseUrl: url,
        mediaDir,
        codeMigration: codeMigrationOf(path.join(root, 'migrations')),
        development: values.development ?? false,
        keepPrevious: values['keep-previous'] ?? false,
        log: (line) => console.log(`  ${line}`),
      })
      console.log('Restored.')
      if (previousDatabase) console.log(`  previous database kept as ${previousDatabase}`)
      if (previousMedia) console.log(`  previous media folder kept as ${previousMedia}`)
    }
  } finally {
    await embedded?.stop()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof RestoreRefused ? `Restore refused: ${error.message}` : `${command()} failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
function command() {
  return process.argv[2] === 'restore' ? 'Restore' : 'Backup'
}
