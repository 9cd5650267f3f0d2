/**
 * Installs the packed plugin into a minimal Payload app (`.ci/install-check/host/`, not this
 * repository's host) the way the README's "Adding the plugin to your app" says, and proves it works:
 *
 *   npx tsx .ci/install-check.ts [payloadVersion] [--next <version>] [--keep] [--reuse <folder>]
 *
 * payloadVersion defaults to this repository's; --next to this repository's `next`. --keep keeps the
 * temp folder (logs, install); --reuse runs again in a kept one with a fresh tarball, installing
 * nothing else (for work on the check itself).
 *   1. `npm run build:plugin`, `npm pack`; the host copied to a temp folder, `npm install` of Payload
 *      at that version and the tarball; an embedded PostgreSQL with its data in the temp folder.
 *   A. The app WITHOUT the plugin (CCHC_PLUGIN=off): `payload migrate:create` + `migrate`, two users.
 *   B. WITH the plugin: `payload generate:importmap` (every default admin component in it),
 *      `migrate:create` + `migrate`, `next build`, `next start`; both earlier users log in, read
 *      /api/users/me and the admin, and hold no plugin rights; the plugin's collections answer, the
 *      seeded units and topics and the search indexes are there; neither the dashboard nor the logs
 *      (server and CLI) say "not found in importMap" or "exceed Postgres's 63-character limit".
 *   C. On a second, empty database: `migrate`, the first user registers, is system administrator,
 *      reads and writes the plugin's collections and sees its dashboard panels.
 * Prints each step with its time; exits non-zero naming every failed check.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, cpSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../host/embeddedPostgres.ts'
import { searchIndexStatements } from '../src/db/searchIndexes.ts'

const root = path.resolve(import.meta.dirname, '..')
const repoPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))

const args = process.argv.slice(2)
const flag = (name: string) => {
  const at = args.indexOf(name)
  if (at < 0) return undefined
  const [, value] = args.splice(at, 2)
  return value
}
// --reuse <folder>: a folder kept by an earlier --keep run; its install is reused (to work on the check itself).
const reuse = flag('--reuse')
const keepAt = args.indexOf('--keep')
if (keepAt >= 0) args.splice(keepAt, 1)
const keep = keepAt >= 0 || reuse !== undefined
const nextVersion = flag('--next') ?? repoPackage.devDependencies.next
const payloadVersion = args[0] ?? repoPackage.devDependencies.payload
const label = `install-check (payload ${payloadVersion}, next ${nextVersion})`

const started = Date.now()
let stepStarted = Date.now()
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1)
const step = (message: string) => {
  console.log(`${label}: ${message} (${seconds(stepStarted)} s; ${seconds(started)} s in all)`)
  stepStarted = Date.now()
}
class CheckFailed extends Error {}
const fail = (message: string): never => {
  throw new CheckFailed(message)
}
/** A check whose failure is reported at the end, so the steps after it still run. */
const failures: string[] = []
const check = async (what: string, body: () => Promise<void> | void) => {
  try {
    await body()
  } catch (error) {
    if (!(error instanceof CheckFailed)) throw error
    failures.push(`${what}: ${error.message}`)
    console.error(`${label}: FAILED: ${what}: ${error.message}`)
  }
}

const work = reuse ? path.resolve(reuse) : mkdtempSync(path.join(tmpdir(), 'cchc-install-'))
const app = path.join(work, 'app')
const logFile = path.join(work, 'server.log')
const bin = (name: string) => path.join(app, 'node_modules', '.bin', name)

/** Runs a command to its end; its output goes to a log file, and to the error when it fails. Answers its stdout. */
const run = (what: string, command: string, commandArgs: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}) => {
  const result = spawnSync(command, commandArgs, {
    cwd: options.cwd ?? app,
    env: options.env ?? process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: options.timeoutMs ?? 15 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  writeFileSync(path.join(work, `${what.replace(/[^a-z0-9]+/gi, '-')}.log`), output)
  if (result.status !== 0) fail(`${what} failed (exit ${result.status ?? result.signal}):\n${output.slice(-4000)}`)
  return result.stdout
}

/**
 * Runs Payload's CLI. drizzle-kit asks, in `migrate:create`, whether each new column of the auth
 * collection is new or renamed from a column that goes (the plugin turns off Payload's lockout, so
 * `login_attempts` and `lock_until` go): the check answers the default, "create column", as a person
 * would. Payload's CLI sometimes exits 0 having done and printed nothing (payloadcms/payload#16381;
 * here in bursts, under load): such a run is tried again, and from the third try through Node's own
 * loader (`--disable-transpile` with `--import tsx`, which Payload's CLI supports), and said.
 */
/** What Payload's CLI printed with the plugin on: its warnings count as the server's. */
const pluginCliOutput: string[] = []
const runPayload = async (what: string, payloadArgs: string[], env: NodeJS.ProcessEnv, done: RegExp) => {
  const logName = path.join(work, `${what.replace(/[^a-z0-9]+/gi, '-')}.log`)
  for (let attempt = 1; ; attempt++) {
    const viaNode = attempt >= 3
    const child = spawn(bin('payload'), viaNode ? [...payloadArgs, '--disable-transpile'] : payloadArgs, {
      cwd: app,
      env: viaNode ? { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import tsx`.trim() } : env,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let output = ''
    let answered = 0
    const take = (chunk: Buffer) => {
      output += chunk.toString()
      const asked = output.split('created or renamed').length - 1
      for (; answered < asked; answered++) child.stdin.write('\r')
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    const timer = setTimeout(() => child.kill('SIGKILL'), 10 * 60_000)
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    clearTimeout(timer)
    writeFileSync(logName, `${attempt > 1 ? readFileSync(logName, 'utf8') : ''}--- attempt ${attempt}, exit ${code}\n${output}`)
    if (env.CCHC_PLUGIN === 'on') pluginCliOutput.push(output)
    if (code !== 0) fail(`${what} failed (exit ${code}):\n${output.slice(-4000)}`)
    if (done.test(output)) return output
    if (attempt === 5) fail(`${what}: payload ${payloadArgs.join(' ')} exited 0 five times without doing it:\n${output.slice(-2000)}`)
    console.log(`${label}: payload ${payloadArgs.join(' ')} exited 0 having done nothing (attempt ${attempt}${viaNode ? ', through --import tsx' : ''}); again`)
  }
}

let server: ChildProcess | undefined
const stopServer = async () => {
  if (!server?.pid || server.exitCode !== null) return
  const exited = new Promise((resolve) => server!.once('exit', resolve))
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // already gone
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
}

const appPort = 3500 + Math.floor(Math.random() * 400)
const base = `http://127.0.0.1:${appPort}`
const startServer = async (env: NodeJS.ProcessEnv) => {
  const log = openSync(logFile, 'a')
  server = spawn(bin('next'), ['start', '--port', String(appPort)], { cwd: app, env, detached: true, stdio: ['ignore', log, log] })
  closeSync(log)
  for (let attempt = 0; attempt < 180; attempt++) {
    if (server.exitCode !== null) fail(`next start exited (${server.exitCode}):\n${readFileSync(logFile, 'utf8').slice(-4000)}`)
    try {
      if ((await fetch(`${base}/api/users/me`)).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  fail(`next start did not answer within 180 s:\n${readFileSync(logFile, 'utf8').slice(-4000)}`)
}

const call = async (method: string, url: string, options: { token?: string; body?: unknown; cookie?: boolean } = {}) => {
  const headers: Record<string, string> = {}
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.token && options.cookie) headers.Cookie = `payload-token=${options.token}`
  else if (options.token) headers.Authorization = `JWT ${options.token}`
  const response = await fetch(`${base}${url}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // HTML
  }
  return { status: response.status, body, text }
}

const expectStatus = (what: string, got: { status: number; text: string }, status: number) => {
  if (got.status !== status) fail(`${what}: HTTP ${got.status}, expected ${status}: ${got.text.slice(0, 600)}`)
}

const login = async (email: string, password: string) => {
  const answer = await call('POST', '/api/users/login', { body: { email, password } })
  expectStatus(`login of ${email}`, answer, 200)
  if (!answer.body.token) fail(`login of ${email}: no token`)
  const me = await call('GET', '/api/users/me', { token: answer.body.token })
  expectStatus(`/api/users/me of ${email}`, me, 200)
  if (me.body.user?.email !== email) fail(`/api/users/me of ${email} answered ${JSON.stringify(me.body).slice(0, 300)}`)
  return { token: answer.body.token as string, user: me.body.user }
}

const importMapErrors = /not found in importMap|PayloadComponent not found/i
const checkDashboard = async (who: string, token: string, mustShowPanels: boolean) => {
  const page = await call('GET', '/admin', { token, cookie: true })
  expectStatus(`the dashboard for ${who}`, page, 200)
  if (importMapErrors.test(page.text)) fail(`the dashboard for ${who} shows an import-map error`)
  if (!page.text.includes('<html')) fail(`the dashboard for ${who} is not a page`)
  if (mustShowPanels) {
    for (const panel of ['cchc-editorial-queue', 'cchc-reports-overview']) {
      if (!page.text.includes(panel)) fail(`the dashboard for ${who} lacks the plugin's panel .${panel}`)
    }
  }
}

const checkServerLog = () => {
  const log = [readFileSync(logFile, 'utf8'), ...pluginCliOutput].join('\n')
  for (const [pattern, what] of [
    [importMapErrors, 'a component missing from the import map'],
    [/exceed Postgres's 63-character limit/i, "identifiers over Postgres's 63-character limit"],
  ] as const) {
    const line = log.split('\n').find((text) => pattern.test(text))
    if (line) fail(`the logs report ${what}: ${line.trim().slice(0, 400)}`)
  }
}

rmSync(path.join(work, 'pg'), { recursive: true, force: true })
rmSync(logFile, { force: true })
const db = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: false, port: 55500 + Math.floor(Math.random() * 400) })
let exitCode = 0
try {
  // 1. Pack and install.
  run('build:plugin', 'npm', ['run', 'build:plugin'], { cwd: root })
  const packed = JSON.parse(run('npm pack', 'npm', ['pack', '--json', '--pack-destination', work], { cwd: root }).replace(/^[^[]*/, ''))
  const tarball = path.join(work, packed[0].filename)
  step(`plugin built and packed: ${packed[0].filename}, ${packed[0].entryCount} files, ${Math.round(packed[0].size / 1024)} KiB`)
  if (reuse) {
    for (const made of ['migrations', '.next']) rmSync(path.join(app, made), { recursive: true, force: true })
    cpSync(path.join(root, '.ci', 'install-check', 'host'), app, { recursive: true, filter: (file) => !file.endsWith('package.json') })
    run('npm install of the new tarball', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', tarball])
    step(`reusing the install in ${work}, with the new tarball`)
  } else {
    cpSync(path.join(root, '.ci', 'install-check', 'host'), app, { recursive: true })
    const hostPackage = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8'))
    for (const name of Object.keys(hostPackage.dependencies)) {
      if (name === 'payload' || name.startsWith('@payloadcms/')) hostPackage.dependencies[name] = payloadVersion
    }
    hostPackage.dependencies.next = nextVersion
    hostPackage.dependencies['payload-plugin-cchc'] = `file:${tarball}`
    writeFileSync(path.join(app, 'package.json'), `${JSON.stringify(hostPackage, null, 2)}\n`)
    run('npm install', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'])
  }
  const installed = (name: string) => JSON.parse(readFileSync(path.join(app, 'node_modules', name, 'package.json'), 'utf8')).version
  if (installed('payload') !== payloadVersion) fail(`npm installed payload ${installed('payload')}, not ${payloadVersion}`)
  step(`npm install: payload ${installed('payload')}, @payloadcms/ui ${installed('@payloadcms/ui')}, next ${installed('next')}, react ${installed('react')}, plugin ${installed('payload-plugin-cchc')}`)

  await db.createDatabase('existing_app')
  await db.createDatabase('empty_app')
  const secret = randomBytes(24).toString('hex')
  const envFor = (database: string, plugin: boolean): NodeJS.ProcessEnv => ({
    ...process.env,
    DATABASE_URL: db.urlFor(database),
    PAYLOAD_SECRET: secret,
    CCHC_PLUGIN: plugin ? 'on' : 'off',
    NEXT_TELEMETRY_DISABLED: '1',
  })
  step('embedded PostgreSQL started')

  // A. The app before the plugin: its own tables and two users.
  const existingUsers = [
    { email: 'bien-tap@app.example', password: 'Truoc-plugin-1-mat-khau' },
    { email: 'ke-toan@app.example', password: 'Truoc-plugin-2-mat-khau' },
  ]
  const before = envFor('existing_app', false)
  await runPayload('migrate:create without the plugin', ['migrate:create', 'before_plugin'], before, /Migration created/)
  await runPayload('migrate without the plugin', ['migrate'], before, /Migrated:|Done/)
  await runPayload(
    'create the existing users',
    ['run', 'scripts/createUsers.ts'],
    { ...before, EXISTING_USERS: existingUsers.map((user) => `${user.email}:${user.password}`).join(',') },
    new RegExp(`created ${existingUsers.at(-1)!.email}`),
  )
  step('phase A (no plugin): migrated, two users created')

  // B. The plugin added, every step of the README in order.
  const withPlugin = envFor('existing_app', true)
  await runPayload('generate:importmap', ['generate:importmap'], withPlugin, /import ?map/i)
  const importMap = readFileSync(path.join(app, 'app', '(payload)', 'admin', 'importMap.js'), 'utf8')
  // Every admin component the plugin's options name by default.
  const components = [...readFileSync(path.join(root, 'src', 'options.ts'), 'utf8').matchAll(/default\('(payload-plugin-cchc\/(?:rsc|client)#\w+)'\)/g)].map((match) => match[1]!)
  if (components.length < 5) fail(`found only ${components.length} default admin components in src/options.ts`)
  for (const component of components) {
    if (!importMap.includes(`'${component}'`) && !importMap.includes(`"${component}"`)) fail(`the generated import map lacks ${component}`)
  }
  const migrationsBefore = new Set(readdirSync(path.join(app, 'migrations')))
  await runPayload('migrate:create with the plugin', ['migrate:create', 'cchc_plugin'], withPlugin, /Migration created/)
  const added = readdirSync(path.join(app, 'migrations')).filter((file) => !migrationsBefore.has(file) && file.endsWith('.ts'))
  const migration = added.map((file) => readFileSync(path.join(app, 'migrations', file), 'utf8')).join('\n')
  if (!/CREATE TABLE "units"/i.test(migration) || !/ALTER TABLE "users" ADD COLUMN "unit_id"/i.test(migration)) {
    fail(`the plugin's migration (${added.join(', ') || 'none written'}) does not create "units" or add "users"."unit_id"`)
  }
  await runPayload('migrate with the plugin', ['migrate'], withPlugin, /Migrated:|Done/)
  step(`phase B: import map generated with the plugin's ${components.length} components, migration ${added.join(', ')} written and applied`)

  run('next build', bin('next'), ['build'], { env: { ...withPlugin, NODE_ENV: 'production' }, timeoutMs: 30 * 60_000 })
  step('phase B: next build')

  await startServer({ ...withPlugin, NODE_ENV: 'production' })
  step('phase B: next start answers')
  for (const user of existingUsers) {
    await check(`a user made before the plugin (${user.email})`, async () => {
      const session = await login(user.email, user.password)
      await checkDashboard(user.email, session.token, false)
      // No unit yet, so none of the plugin's rights: reading as the public does, writing nothing.
      expectStatus(`GET /api/units as ${user.email}`, await call('GET', '/api/units?limit=1', { token: session.token }), 200)
      const post = await call('POST', '/api/cchc-posts', { token: session.token, body: { title: 'Bài thử' } })
      expectStatus(`POST /api/cchc-posts as ${user.email} (no unit)`, post, 403)
    })
  }
  const posts = await call('GET', '/api/cchc-posts')
  expectStatus('GET /api/cchc-posts', posts, 200)
  const units = await call('GET', '/api/units?limit=50')
  expectStatus('GET /api/units', units, 200)
  if (units.body.totalDocs !== 6) fail(`expected the 6 seeded units, got ${units.body.totalDocs}`)
  await check('the search indexes the plugin creates on start', async () => {
    const client = new pg.Client({ connectionString: db.urlFor('existing_app') })
    await client.connect()
    try {
      // Every index the plugin's list creates (src/db/searchIndexes.ts), whatever it grows to.
      const expected = searchIndexStatements.map((statement) => /index if not exists (\w+)/.exec(statement)?.[1]).filter((name): name is string => Boolean(name))
      const found = await client.query('select indexname from pg_indexes where indexname = any($1)', [expected])
      const names = new Set(found.rows.map((row: { indexname: string }) => row.indexname))
      const missing = expected.filter((name) => !names.has(name))
      if (missing.length > 0) fail(`the plugin's indexes are missing: ${JSON.stringify(missing)}`)
    } finally {
      await client.end()
    }
  })
  const topics = await call('GET', '/api/cchc-topics?limit=50')
  expectStatus('GET /api/cchc-topics', topics, 200)
  if (!(topics.body.totalDocs > 0)) fail('no seeded topics')
  step('phase B: the users made before the plugin log in and open the admin; they hold no plugin rights; posts, units (6), topics and the search indexes are there; the dashboard has no import-map error')
  await stopServer()

  // C. A second, empty database: the first user becomes the system administrator.
  const empty = envFor('empty_app', true)
  await runPayload('migrate the empty database', ['migrate'], empty, /Migrated:|Done/)
  await startServer({ ...empty, NODE_ENV: 'production' })
  const first = { email: 'quan-tri@app.example', password: 'Nguoi-dau-tien-mat-khau-1' }
  const registered = await call('POST', '/api/users/first-register', { body: { ...first, name: 'Quản trị' } })
  expectStatus('POST /api/users/first-register', registered, 200)
  const admin = await login(first.email, first.password)
  if (admin.user.isSystemAdmin !== true) fail(`the first user is not a system administrator: ${JSON.stringify(admin.user).slice(0, 300)}`)
  for (const slug of ['units', 'cchc-posts', 'cchc-topics', 'cchc-media', 'procedures', 'procedure-announcements', 'procedure-results', 'cchc-reports', 'cchc-audit-log']) {
    expectStatus(`GET /api/${slug} as the first user`, await call('GET', `/api/${slug}?limit=1`, { token: admin.token }), 200)
  }
  const unit = await call('POST', '/api/units', {
    token: admin.token,
    body: { code: 'doan-thanh-nien', name: 'Đoàn Thanh niên', shortName: 'ĐTN', kind: 'front', accessLevel: 'contributor' },
  })
  expectStatus('POST /api/units as the first user', unit, 201)
  await checkDashboard(first.email, admin.token, true)
  await check('the logs of both servers and of the CLI with the plugin', checkServerLog)
  step('phase C: on an empty database the first user registers, is system administrator, opens and writes the plugin collections; the dashboard shows the plugin panels')
  if (failures.length > 0) fail(`${failures.length} check(s) failed:\n- ${failures.join('\n- ')}`)
  console.log(`${label}: PASSED in ${seconds(started)} s`)
} catch (error) {
  exitCode = 1
  console.error(`${label}: FAILED: ${error instanceof CheckFailed ? error.message : (error as Error).stack}`)
  console.error(`${label}: logs in ${work}`)
} finally {
  await stopServer()
  await db.stop()
  if (!keep && exitCode === 0) rmSync(work, { recursive: true, force: true })
  else if (keep) console.log(`${label}: kept ${work}`)
}
process.exit(exitCode)
