/**
 * Runs the host app with a database: the server in DATABASE_URL, or else an embedded
 * PostgreSQL in `.data/postgres` (EMBEDDED_PG_DIR) that is stopped when the app exits.
 *
 *   tsx host/withDatabase.ts dev | start | migrate | migrate:create
 *
 * `start` runs host/server.ts (production); on SIGTERM/SIGINT it is passed the signal, shuts down
 * gracefully, and the embedded database is stopped after it has exited.
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

import { assertProductionSecret } from './secret.ts'
import { defaultEmbeddedPort, type EmbeddedServer, keepDatabaseThroughSignals, startEmbeddedPostgres } from './embeddedPostgres.ts'

const commands: Record<string, string[]> = {
  dev: ['next', 'dev'],
  // host/server.ts: Next.js's handler behind a plain Node server (cache hits first, request logs, graceful
  // shutdown). Node with tsx's loader, not the tsx command: that one SIGKILLs its child when the child
  // does not acknowledge a SIGTERM within 30 ms (a busy server), which is no graceful shutdown.
  start: [process.execPath, '--import', 'tsx', 'host/server.ts'],
  migrate: ['payload', 'migrate'],
  'migrate:create': ['payload', 'migrate:create'],
}

const main = async () => {
  const [name, ...extra] = process.argv.slice(2)
  const command = name ? commands[name] : undefined
  if (!command) {
    console.error(`usage: withDatabase ${Object.keys(commands).join('|')} [args]`)
    process.exit(2)
  }
  // `next start` is production: refuse before starting anything.
  if (name === 'start') assertProductionSecret(true)
  const root = process.cwd()
  const started = Date.now()

  let embedded: EmbeddedServer | undefined
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? defaultEmbeddedPort)
    const dataDir = path.resolve(root, process.env.EMBEDDED_PG_DIR || path.join('.data', 'postgres'))
    embedded = await startEmbeddedPostgres({ dataDir, port })
    await embedded.createDatabase('cchc')
    process.env.DATABASE_URL = embedded.urlFor('cchc')
    console.log(`Embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.relative(root, dataDir) || '.'})`)
  }

  const stop = async (code: number) => {
    await embedded?.stop()
    process.exit(code)
  }

  if (name === 'dev') {
    // Schema, units and demo accounts before the web server, so the logins print up front.
    const seeded = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['host/seedDemo.ts'], { stdio: 'inherit', env: process.env })
    if (seeded.status !== 0) await stop(1)
  }

  const port = process.env.PORT ?? '3000'
  const args = name === 'dev' ? [...command.slice(1), '--port', port, ...extra] : [...command.slice(1), ...extra]
  const env = name === 'start' ? { ...process.env, NODE_ENV: 'production' as const, PORT: port } : process.env
  const executable = path.isAbsolute(command[0]!) ? command[0]! : path.join(root, 'node_modules', '.bin', command[0]!)
  const child = spawn(executable, args, { stdio: 'inherit', env })

  if (name === 'dev' || name === 'start') void announce(port, started)

  // The app gets the signal and shuts down; the embedded database is stopped when it has exited (stop, above).
  keepDatabaseThroughSignals()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => void stop(code ?? (signal ? 0 : 1)))
}

/**
 * Waits until the login form renders, then says where it is and how long it took from the command's
 * start (database and seeding included). Asking for the login page is also what warms the admin:
 * in development its first request compiles the admin route, so by the time the address prints
 * the first person to open it no longer waits for the compiler.
 */
const announce = async (port: string, started: number) => {
  const url = `http://localhost:${port}/admin`
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(`${url}/login`, { redirect: 'manual' })
      // 200 is the login page rendered (its form's inputs come with the client's scripts); a redirect or a 500 is not ready.
      if (response.status === 200) {
        console.log(`\n  Admin panel / Trang quản trị: ${url}  (login form ready after ${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

await main().catch((error: Error) => {
  // A plain sentence, not a stack trace: the usual cause is a port already taken.
  console.error(`\n${error.message}\n`)
  process.exit(1)
})
