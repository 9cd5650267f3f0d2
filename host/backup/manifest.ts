import { createHash } from 'node:crypto'
import { createReadStream, readdirSync } from 'node:fs'
import path from 'node:path'

/** What an archive says about itself (`manifest.json`, next to `database.dump` and `media/`). */
export type Manifest = {
  format: 1
  createdAt: string
  versions: { app: string; payload: string; node: string; postgresServer: string; pgDump: string }
  database: {
    /** The newest migration the database had run, or null for a development database (schema pushed). */
    migration: null | string
    schemaPushed: boolean
    /** Rows per table when it was dumped. */
    counts: Record<string, number>
  }
  /** Every file of the archive but the manifest, by its path in the archive. */
  files: Record<string, { bytes: number; sha256: string }>
}

export const manifestName = 'manifest.json'
export const dumpName = 'database.dump'
export const mediaFolder = 'media'

export const sha256Of = (file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })

/** Every file under `root`, as paths relative to it with forward slashes. */
export const filesUnder = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()

/** The newest migration in the code (`migrations/<yyyymmdd_hhmmss>_<name>.ts`). */
export const codeMigrationOf = (migrationsDir: string): null | string =>
  readdirSync(migrationsDir)
    .filter((name) => /^\d{8}_\d{6}_.+\.ts$/.test(name))
    .map((name) => name.replace(/\.ts$/, ''))
    .sort()
    .at(-1) ?? null
