/**
 * Backup and restore of the app's data: the database (pg_dump's custom format) and the media folder
 * in one dated `.tar.gz` with a manifest (versions, the newest migration, rows per table, a sha256 of
 * every file). Restore checks the archive whole before it touches anything, restores the database into
 * a new database and swaps it in by renaming, so the app never sees a half-restored one.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import * as tar from 'tar'

import { connectionFor, databaseOf, findPostgresTool, withDatabase } from './postgresTools.ts'
import { dumpName, filesUnder, type Manifest, manifestName, mediaFolder, sha256Of } from './manifest.ts'

const run = promisify(execFile)

/** Why a restore was refused before anything changed. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused'
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

const withClient = async <T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const serverMajorOf = async (client: pg.Client) => {
  const { rows } = await client.query<{ num: string; version: string }>(`select current_setting('server_version_num') as num, current_setting('server_version') as version`)
  return { major: Math.floor(Number(rows[0]!.num) / 10000), version: rows[0]!.version }
}

/** Rows per table of the database's schema. */
export const countRows = async (client: pg.Client): Promise<Record<string, number>> => {
  const { rows: tables } = await client.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  )
  const counts: Record<string, number> = {}
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from ${quoteIdent(name)}`)
    counts[name] = rows[0]!.n
  }
  return counts
}

const migrationOf = async (client: pg.Client) => {
  const { rows: exists } = await client.query(`select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'payload_migrations'`)
  if (exists.length === 0) return { migration: null, schemaPushed: false }
  const { rows } = await client.query<{ name: string; batch: null | number }>(`select name, batch from payload_migrations`)
  const run = rows.filter((row) => row.name !== 'dev' && (row.batch ?? 0) > 0).map((row) => row.name).sort()
  return { migration: run.at(-1) ?? null, schemaPushed: rows.some((row) => row.name === 'dev') }
}

/** An installed package's version (read from its package.json: `exports` may not list it). */
const packageVersion = (name: string): string => {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(name))
    while (dir !== path.dirname(dir)) {
      const file = path.join(dir, 'package.json')
      if (existsSync(file)) {
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string }
        if (manifest.name === name) return manifest.version
      }
      dir = path.dirname(dir)
    }
  } catch {
    // not installed
  }
  return 'unknown'
}

/** `cchc-backup-2026-11-30T10-47-18Z.tar.gz`: sorts by date, and no colon for Windows. */
export const archiveNameFor = (at: Date) => `cchc-backup-${at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.tar.gz`

/**
 * Writes one archive of the database and the media folder into `outDir`; returns its path and manifest.
 */
export const createBackup = async ({
  databaseUrl,
  mediaDir,
  outDir,
  now = new Date(),
}: {
  databaseUrl: string
  mediaDir: string
  outDir: string
  now?: Date
}): Promise<{ archive: string; manifest: Manifest }> => {
  mkdirSync(outDir, { recursive: true })
  const work = mkdtempSync(path.join(outDir, '.cchc-backup-'))
  try {
    const { server, counts, database } = await withClient(databaseUrl, async (client) => ({
      server: await serverMajorOf(client),
      counts: await countRows(client),
      database: await migrationOf(client),
    }))
    const pgDump = findPostgresTool('pg_dump', server.major)
    const { dbname, env } = connectionFor(databaseUrl)
    // Custom format, compressed, one consistent snapshot; owners and grants left to the server restored into.
    await run(pgDump.path, ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(work, dumpName)}`, `--dbname=${dbname}`], { env, maxBuffer: 16 * 1024 * 1024 })

    const media = path.join(work, mediaFolder)
    mkdirSync(media)
    if (existsSync(mediaDir)) cpSync(mediaDir, media, { recursive: true })

    const files: Manifest['files'] = {}
    for (const file of filesUnder(work)) {
      const full = path.join(work, file)
      files[file] = { bytes: statSync(full).size, sha256: await sha256Of(full) }
    }
    const manifest: Manifest = {
      format: 1,
      createdAt: now.toISOString(),
      versions: {
        app: readAppVersion(),
        payload: packageVersion('payload'),
        node: process.version,
        postgresServer: server.version,
        pgDump: String(pgDump.major),
      },
      database: { ...database, counts },
      files,
    }
    writeFileSync(path.join(work, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)

    const archive = path.join(outDir, archiveNameFor(now))
    const partial = `${archive}.partial`
    await tar.create({ gzip: true, file: partial, cwd: work, portable: true }, [manifestName, dumpName, mediaFolder])
    // Renamed when whole: a backup cut short never looks like an archive.
    renameSync(partial, archive)
    return { archive, manifest }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const readAppVersion = (): string => {
  try {
    return (JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

/** Extracts and checks an archive; refuses it when damaged. The caller removes `into`. */
export const readArchive = async (archive: string, into: string): Promise<Manifest> => {
  try {
    await tar.extract({ file: archive, cwd: into, strict: true })
  } catch (error) {
    throw new RestoreRefused(`The archive ${archive} is damaged: it cannot be read (${(error as Error).message}).`)
  }
  let manifest: Manifest
  try {
    manifest = JSON.parse(readFileSync(path.join(into, manifestName), 'utf8')) as Manifest
  } catch {
    throw new RestoreRefused(`The archive ${archive} is damaged or not a backup of this app: its ${manifestName} is missing or unreadable.`)
  }
  if (manifest.format !== 1 || !manifest.files?.[dumpName]) {
    throw new RestoreRefused(`The archive ${archive} is not a backup this version can read (format ${String(manifest.format)}).`)
  }
  const present = filesUnder(into).filter((file) => file !== manifestName)
  const listed = Object.keys(manifest.files).sort()
  const extra = present.filter((file) => !(file in manifest.files))
  const missing = listed.filter((file) => !present.includes(file))
  if (extra.length || missing.length) {
    throw new RestoreRefused(
      `The archive ${archive} is damaged: ${[missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `not in its manifest: ${extra.join(', ')}` : ''].filter(Boolean).join('; ')}.`,
    )
  }
  for (const file of listed) {
    const expected = manifest.files[file]!
    const actual = await sha256Of(path.join(into, file))
    if (actual !== expected.sha256) {
      throw new RestoreRefused(`The archive ${archive} is damaged: ${file} does not match its checksum (sha256 ${actual}, the manifest says ${expected.sha256}).`)
    }
  }
  return manifest
}

/**
 * Restores an archive over the database `databaseUrl` names and the media folder `mediaDir`.
 *
 * Refuses, changing nothing, an archive that is damaged (unreadable, a file missing, extra or not
 * matching its sha256) or that does not match the code (`codeMigration`: the newest migration the code
 * has; a development archive, whose schema was pushed, only with `development`). The dump is restored
 * into a new database in one transaction and its row counts checked against the manifest; only then are
 * the database (by renaming, after ending its connections) and the media folder swapped in. The previous
 * database is dropped and the previous media folder removed unless `keepPrevious`.
 */
export const restoreBackup = async ({
  archive,
  databaseUrl,
  mediaDir,
  codeMigration,
  development = false,
  keepPrevious = false,
  log = () => {},
}: {
  archive: string
  databaseUrl: string
  mediaDir: string
  codeMigration: null | string
  development?: boolean
  keepPrevious?: boolean
  log?: (line: string) => void
}): Promise<{ manifest: Manifest; previousDatabase?: string; previousMedia?: string }> => {
  if (!existsSync(archive)) throw new RestoreRefused(`No archive at ${archive}.`)
  const parent = path.dirname(path.resolve(mediaDir))
  mkdirSync(parent, { recursive: true })
  // Beside the media folder, so the restored one moves in by a rename on the same disk.
  const staging = mkdtempSync(path.join(parent, '.cchc-restore-'))
  const stamp = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`
  const target = databaseOf(databaseUrl)
  const fresh = `${target.slice(0, 40)}_restore_${stamp}`
  const previous = `${target.slice(0, 40)}_before_${stamp}`
  const maintenance = withDatabase(databaseUrl, 'postgres')
  let freshCreated = false
  try {
    const manifest = await readArchive(archive, staging)
    log(`archive of ${manifest.createdAt}: checksums of ${Object.keys(manifest.files).length} files match`)

    const { migration, schemaPushed } = manifest.database
    if (migration === null) {
      if (!(schemaPushed && development)) {
        throw new RestoreRefused(
          schemaPushed
            ? 'This archive is of a development database (its schema was pushed, no migration ran): restore it only into development, with --development.'
            : 'This archive has no migration record: it is not a backup of this app\'s database.',
        )
      }
    } else if (migration !== codeMigration) {
      const newer = codeMigration === null || migration > codeMigration
      throw new RestoreRefused(
        newer
          ? `This archive's database ran migration ${migration}, newer than this code knows (${codeMigration ?? 'none'}): restore it with the version of the app that made it, or update the code first.`
          : `This archive's database stops at migration ${migration}, older than this code's ${codeMigration}: restore it with the version of the app that made it, then update and run npm run migrate.`,
      )
    }

    const server = await withClient(maintenance, serverMajorOf)
    const pgRestore = findPostgresTool('pg_restore', server.major)
    await withClient(maintenance, (client) => client.query(`create database ${quoteIdent(fresh)}`))
    freshCreated = true
    const { dbname, env } = connectionFor(withDatabase(databaseUrl, fresh))
    try {
      await run(pgRestore.path, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, path.join(staging, dumpName)], {
        env,
        maxBuffer: 16 * 1024 * 1024,
      })
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim()
      throw new Error(`pg_restore failed; nothing was changed. ${stderr || (error as Error).message}`)
    }
    const counts = await withClient(withDatabase(databaseUrl, fresh), countRows)
    const differing = Object.keys({ ...counts, ...manifest.database.counts }).filter((table) => counts[table] !== manifest.database.counts[table])
    if (differing.length > 0) throw new Error(`The restored database's rows differ from the manifest (${differing.join(', ')}); nothing was changed.`)
    log(`database restored into ${fresh}: ${Object.keys(counts).length} tables, rows as the manifest says`)

    // The swap: the media folder, then the database; the media folder goes back if the database cannot.
    const restoredMedia = path.join(staging, mediaFolder)
    const previousMedia = existsSync(mediaDir) ? path.join(staging, 'previous-media') : undefined
    if (previousMedia) renameSync(mediaDir, previousMedia)
    renameSync(restoredMedia, mediaDir)
    let previousDatabase: string | undefined
    try {
      previousDatabase = await withClient(maintenance, async (client) => {
        const { rows } = await client.query('select 1 from pg_database where datname = $1', [target])
        // A running app's connections end here; its pool reconnects to the restored database.
        await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [target])
        if (rows.length > 0) await client.query(`alter database ${quoteIdent(target)} rename to ${quoteIdent(previous)}`)
        try {
          await client.query(`alter database ${quoteIdent(fresh)} rename to ${quoteIdent(target)}`)
        } catch (error) {
          if (rows.length > 0) await client.query(`alter database ${quoteIdent(previous)} rename to ${quoteIdent(target)}`)
          throw error
        }
        return rows.length > 0 ? previous : undefined
      })
      freshCreated = false
    } catch (error) {
      rmSync(mediaDir, { recursive: true, force: true })
      if (previousMedia) renameSync(previousMedia, mediaDir)
      throw error
    }
    log(`database ${target} and media folder ${mediaDir} replaced`)

    let keptMedia: string | undefined
    if (keepPrevious) {
      if (previousMedia) {
        keptMedia = `${path.resolve(mediaDir)}.before-${stamp}`
        renameSync(previousMedia, keptMedia)
      }
    } else if (previousDatabase) {
      await withClient(maintenance, (client) => client.query(`drop database if exists ${quoteIdent(previousDatabase!)}`))
    }
    return { manifest, previousDatabase: keepPrevious ? previousDatabase : undefined, previousMedia: keptMedia }
  } finally {
    if (freshCreated) await withClient(maintenance, (client) => client.query(`drop database if exists ${quoteIdent(fresh)}`)).catch(() => {})
    rmSync(staging, { recursive: true, force: true })
  }
}
