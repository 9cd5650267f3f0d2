/**
 * npm run backup / restore (host/backup): a round trip gives back every table's rows and every media
 * file byte for byte; a damaged or mismatched archive, or a dump that fails to restore, changes nothing.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'

import pg from 'pg'
import { getPayload } from 'payload'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { createBackup, restoreBackup, RestoreRefused } from '../host/backup/archive.ts'
import { filesUnder, type Manifest, sha256Of } from '../host/backup/manifest.ts'
import { findPostgresTool } from '../host/backup/postgresTools.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

// pg_dump refuses a server newer than itself: the embedded PostgreSQL 17 needs a client 17 on the machine.
const serverMajor = await (async () => {
  const client = new pg.Client({ connectionString: `${inject('databaseServer')}/postgres` })
  await client.connect()
  const { rows } = await client.query(`select current_setting('server_version_num')::int / 10000 as major`)
  await client.end()
  return rows[0].major as number
})()
const missingTool = (() => {
  try {
    findPostgresTool('pg_dump', serverMajor)
    findPostgresTool('pg_restore', serverMajor)
    return null
  } catch (error) {
    return (error as Error).message
  }
})()
if (missingTool) console.warn(`backup tests skipped: ${missingTool}`)

describe.skipIf(missingTool !== null)('backup and restore', () => {
  let app: TestApp
  let rebooted: Payload | undefined
  let editor: Actor
  let databaseUrl: string
  let mediaDir: string
  let work: string
  let archive: string
  const query = async (text: string, url = databaseUrl) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(text)).rows
    } finally {
      await client.end()
    }
  }
  const server = () => databaseUrl.replace(/\/[^/]*$/, '/postgres')

  /** Every table's rows, each as its JSON text, sorted: what a restore must give back exactly. */
  const snapshot = async () => {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const tables = (await client.query(`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`)).rows
      const rows: Record<string, string[]> = {}
      for (const { table_name: table } of tables) {
        rows[table] = (await client.query(`select row_to_json(t)::text as row from "${table}" t order by 1`)).rows.map((row) => row.row as string)
      }
      return rows
    } finally {
      await client.end()
    }
  }
  const mediaFiles = () => Object.fromEntries(filesUnder(mediaDir).map((file) => [file, readFileSync(path.join(mediaDir, file))]))
  // This file's database and any a restore made beside it (other files' runs share the server).
  const databases = async () =>
    (await query(`select datname from pg_database order by 1`, server())).map((row) => row.datname as string).filter((name) => name.startsWith(new URL(databaseUrl).pathname.slice(1)))

  /** The archive taken apart, changed by `change`, and packed again. */
  const repack = async (change: (folder: string, manifest: Manifest) => void) => {
    const folder = mkdtempSync(path.join(work, 'repack-'))
    await tar.extract({ file: archive, cwd: folder })
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest
    change(folder, manifest)
    writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest))
    const file = path.join(work, `${path.basename(folder)}.tar.gz`)
    await tar.create({ gzip: true, file, cwd: folder }, readdirSync(folder))
    return file
  }

  beforeAll(async () => {
    app = await bootApp()
    databaseUrl = process.env.DATABASE_URL!
    mediaDir = app.mediaDir
    work = mkdtempSync(path.join(tmpdir(), 'cchc-backup-test-'))
    editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })

    // Seed: procedures through a published decision (versions, history, audit entries), and two uploads.
    const items = ['1.000101', '1.000102', '1.000103'].map((code) => ({
      kind: 'new',
      code,
      data: { name: `Thủ tục đăng ký ${code}`, sector: 'Hộ tịch', level: 'commune', channels: ['in_person', 'online'], processingTime: '05 ngày làm việc', fees: 'Không' },
    }))
    const decision = await app.rest('POST', '/procedure-announcements', {
      token: editor.token,
      body: { number: '12/QĐ-UBND', issuer: 'UBND xã', signer: 'Chủ tịch', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: '2026-05-02T12:00:00.000Z', summary: 'Công bố', items, _status: 'draft' },
    })
    expect(decision.status).toBe(201)
    expect((await app.rest('PATCH', `/procedure-announcements/${decision.body.doc.id}`, { token: editor.token, body: { _status: 'published' } })).status).toBe(200)
    for (const [name, type] of [['banner.png', 'image/png'], ['notice.pdf', 'application/pdf']] as const) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(readFileSync(path.join(fixtures, name)))], { type }), name)
      form.append('_payload', JSON.stringify({ alt: `Tệp ${name}` }))
      const reply = await app.rest('POST', '/cchc-media', { token: editor.token, body: form })
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    }
  })
  afterAll(async () => {
    await rebooted?.destroy()
    await app?.close().catch(() => {})
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('round trip: seed, back up, wipe, restore gives every row and every media file back byte for byte', async () => {
    const rowsBefore = await snapshot()
    const filesBefore = mediaFiles()
    expect(rowsBefore.procedures).toHaveLength(3)
    expect(rowsBefore.cchc_media!.length).toBe(2)
    expect(Object.keys(filesBefore).length).toBeGreaterThanOrEqual(2)

    const backup = await createBackup({ databaseUrl, mediaDir, outDir: path.join(work, 'backups'), now: new Date('2026-11-30T10:47:18.123Z') })
    archive = backup.archive
    expect(path.basename(archive)).toBe('cchc-backup-2026-11-30T10-47-18Z.tar.gz')
    expect(backup.manifest.database.counts.procedures).toBe(3)
    expect(backup.manifest.database.counts.cchc_media).toBe(2)
    expect(backup.manifest.database.schemaPushed).toBe(true)
    expect(backup.manifest.versions.payload).toBe('3.90.2')
    for (const file of Object.keys(filesBefore)) {
      expect(backup.manifest.files[`media/${file}`]?.sha256).toBe(await sha256Of(path.join(mediaDir, file)))
    }
    expect(backup.manifest.files['database.dump']?.bytes).toBeGreaterThan(0)

    // Wipe: the app stops, its database and its media folder go.
    await app.close()
    await query(`drop database "${new URL(databaseUrl).pathname.slice(1)}" with (force)`, server())
    rmSync(mediaDir, { recursive: true, force: true })

    const restored = await restoreBackup({ archive, databaseUrl, mediaDir, codeMigration: '20261130_091744_channels_db_name', development: true })
    expect(restored.manifest.createdAt).toBe('2026-11-30T10:47:18.123Z')
    expect(await snapshot()).toEqual(rowsBefore)
    const filesAfter = mediaFiles()
    expect(Object.keys(filesAfter)).toEqual(Object.keys(filesBefore))
    for (const [file, bytes] of Object.entries(filesBefore)) expect(Buffer.compare(filesAfter[file]!, bytes), file).toBe(0)
    expect(await databases()).toEqual([new URL(databaseUrl).pathname.slice(1)])

    // The app runs on what was restored.
    rebooted = await getPayload({ config: app.config, key: 'restored' })
    const found = await rebooted.find({ collection: 'procedures' as 'units', where: { code: { equals: '1.000102' } }, depth: 0 })
    expect(found.docs.map((doc) => (doc as unknown as { name: string }).name)).toEqual(['Thủ tục đăng ký 1.000102'])
  })

  it('restores over a database that is there, and keeps the previous one when asked', async () => {
    await query(`delete from procedures where code = '1.000103'`)
    const result = await restoreBackup({ archive, databaseUrl, mediaDir, codeMigration: null, development: true, keepPrevious: true })
    expect((await query(`select count(*)::int as n from procedures`))[0].n).toBe(3)
    expect(result.previousDatabase).toMatch(/_before_/)
    expect((await query(`select count(*)::int as n from procedures`, databaseUrl.replace(/\/[^/]*$/, `/${result.previousDatabase}`)))[0].n).toBe(2)
    await query(`drop database "${result.previousDatabase}"`, server())
    if (result.previousMedia) rmSync(result.previousMedia, { recursive: true, force: true })
  })

  const expectUnchanged = async (attempt: () => Promise<unknown>, message: RegExp, refused = true) => {
    const rowsBefore = await snapshot()
    const filesBefore = mediaFiles()
    const namesBefore = await databases()
    const error = await attempt().then(() => null, (caught: unknown) => caught as Error)
    expect(error, 'the restore went through').not.toBeNull()
    expect(error!.message).toMatch(message)
    expect(error instanceof RestoreRefused).toBe(refused)
    expect(await snapshot()).toEqual(rowsBefore)
    expect(mediaFiles()).toEqual(filesBefore)
    expect(await databases()).toEqual(namesBefore)
    expect(readdirSync(path.dirname(mediaDir)).filter((name) => name.startsWith('.cchc-restore-'))).toEqual([])
  }

  it('refuses a damaged archive: a media file changed, the file cut short, a file not in the manifest', async () => {
    await query(`update procedures set name = 'Đổi sau sao lưu' where code = '1.000101'`)
    const changed = await repack((folder, manifest) => {
      const file = Object.keys(manifest.files).find((name) => name.startsWith('media/'))!
      const bytes = readFileSync(path.join(folder, file))
      bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff
      writeFileSync(path.join(folder, file), bytes)
    })
    await expectUnchanged(() => restoreBackup({ archive: changed, databaseUrl, mediaDir, codeMigration: null, development: true }), /damaged: media\/.+ does not match its checksum/)

    const cut = path.join(work, 'cut.tar.gz')
    cpSync(archive, cut)
    truncateSync(cut, Math.floor(statSync(cut).size / 2))
    await expectUnchanged(() => restoreBackup({ archive: cut, databaseUrl, mediaDir, codeMigration: null, development: true }), /damaged/)

    const extra = await repack((folder) => writeFileSync(path.join(folder, 'media', 'intruder.txt'), 'x'))
    await expectUnchanged(() => restoreBackup({ archive: extra, databaseUrl, mediaDir, codeMigration: null, development: true }), /not in its manifest: media\/intruder\.txt/)
  })

  it('refuses an archive whose migrations do not match the code, and a development archive outside development', async () => {
    const at = (migration: string) => repack((_folder, manifest) => Object.assign(manifest.database, { migration, schemaPushed: false }))
    const code = '20261130_091744_channels_db_name'
    const future = await at('20991231_000000_future')
    const past = await at('20261129_010133_initial')
    await expectUnchanged(() => restoreBackup({ archive: future, databaseUrl, mediaDir, codeMigration: code }), /newer than this code knows/)
    await expectUnchanged(() => restoreBackup({ archive: past, databaseUrl, mediaDir, codeMigration: code }), /older than this code's/)
    await expectUnchanged(() => restoreBackup({ archive, databaseUrl, mediaDir, codeMigration: code }), /development database/)
  })

  it('a dump that fails to restore leaves the database and media as they were, and no database behind', async () => {
    const broken = await repack((folder, manifest) => {
      const dump = path.join(folder, 'database.dump')
      const bytes = readFileSync(dump)
      // Whole and checksummed, but its data cut short: pg_restore fails part way.
      writeFileSync(dump, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
      manifest.files['database.dump'] = { bytes: statSync(dump).size, sha256: '' }
    })
    // The checksum is recomputed for the cut dump, so only pg_restore can find the fault.
    const folder = mkdtempSync(path.join(work, 'fix-'))
    await tar.extract({ file: broken, cwd: folder })
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest
    manifest.files['database.dump']!.sha256 = await sha256Of(path.join(folder, 'database.dump'))
    writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest))
    const file = path.join(work, 'broken-dump.tar.gz')
    await tar.create({ gzip: true, file, cwd: folder }, readdirSync(folder))
    await expectUnchanged(() => restoreBackup({ archive: file, databaseUrl, mediaDir, codeMigration: null, development: true }), /pg_restore failed; nothing was changed/, false)
    expect(existsSync(mediaDir)).toBe(true)
  })
})
