/**
 * The production server (host/server.ts, what `npm start` runs) on the `npm run build` output: two
 * instances on one database and one media folder behind a small proxy (`http-proxy`, round robin),
 * as a commune's two servers behind a balancer would be. It runs the build as it is, so `npm test` skips
 * it (a stale `.next` would test old code); `.ci/run` runs it right after `npm run build` with
 * CCHC_PRODUCTION_SERVER_TEST=1, and then a missing build fails it rather than skipping it.
 *
 * - an anonymous read is answered from the cache before Next.js, with the very answer and headers
 *   Next.js gave, and a change made through one instance is served by the other on the next request;
 * - one log line per request with its id, which the answer carries back;
 * - an upload through one is served by the other; rate limits and view counts hold across both;
 * - a scheduled job, seen by both instances' job crons, runs once;
 * - SIGTERM to the instance running the jobs, during a burst of writes and while a scheduled publication
 *   runs: every acknowledged write is stored, the publication finishes (the post is published, the job
 *   done), the server exits 0;
 * - a job still running at the shutdown timeout is handed back to the queue, not half done, and an
 *   instance started afterwards runs it;
 * - `npm start` without DATABASE_URL: SIGTERM stops the embedded PostgreSQL too (no postgres process
 *   left), and the next start on the same data folder finds the data.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import httpProxy from 'http-proxy'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createDatabase } from './helpers/boot.ts'

const root = path.resolve(import.meta.dirname, '..')
const built = process.env.CCHC_PRODUCTION_SERVER_TEST === '1'
if (built && !existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('CCHC_PRODUCTION_SERVER_TEST=1 but there is no build: run npm run build first')
// Six ports from CCHC_TEST_PORT_BASE + 1 (default 4131–4136): two instances, the proxy, the instance started
// after the shutdown, and the embedded-database run's server and PostgreSQL.
const portBase = Number(process.env.CCHC_TEST_PORT_BASE ?? 4130)
const ports = { a: portBase + 1, b: portBase + 2, proxy: portBase + 3, c: portBase + 4, embeddedApp: portBase + 5, embeddedDatabase: portBase + 6 }

type Instance = { name: string; child: ChildProcess; url: string; output: string[]; exited: Promise<number | null> }

let databaseUrl: string
let db: pg.Client
let proxyServer: http.Server
const instances: Instance[] = []
const proxyUrl = `http://127.0.0.1:${ports.proxy}`
const secret = randomBytes(24).toString('hex')
const mediaDir = mkdtempSync(path.join(tmpdir(), 'cchc-two-instances-'))

const start = async (name: string, port: number, extraEnv: Record<string, string | undefined> = {}): Promise<Instance> => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: secret,
    PORT: String(port),
    SERVER_URL: proxyUrl,
    MEDIA_DIR: mediaDir,
    NEXT_TELEMETRY_DISABLED: '1',
    SHUTDOWN_TIMEOUT_SECONDS: '10',
    // The job crons every 5 s, not every minute: the job tests wait for them.
    CCHC_JOBS_CRON: '*/5 * * * * *',
    ...extraEnv,
  }
  // The job crons run only outside tests (payload.config.ts): these servers are production.
  delete env.VITEST
  delete env.VITEST_POOL_ID
  delete env.VITEST_WORKER_ID
  // Another server on the port would answer the health check in this one's place.
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`port ${port} is already in use: stop what listens there first`)
  // `npm start` without a database: the embedded PostgreSQL.
  if (extraEnv.DATABASE_URL === undefined && 'DATABASE_URL' in extraEnv) delete env.DATABASE_URL
  // As `npm start` runs it (node with tsx's loader), without npm in between.
  const child = spawn(process.execPath, ['--import', 'tsx', 'host/withDatabase.ts', 'start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  let partial = ''
  const collect = (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n')
    partial = lines.pop() ?? ''
    output.push(...lines)
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  const instance = { name, child, url, output, exited }
  instances.push(instance)
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${output.slice(-30).join('\n')}`)
    try {
      if ((await fetch(`${url}/api/cchc/health`)).status === 200) return instance
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${name} did not answer: ${output.slice(-30).join('\n')}`)
}

/** The JSON log lines an instance wrote. */
const logLines = (instance: Instance) =>
  instance.output.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, any>]
    } catch {
      return []
    }
  })

const json = async (response: Response) => ({ status: response.status, headers: response.headers, body: (await response.json()) as any })
let auth: Record<string, string>

beforeAll(async () => {
  if (!built) return
  databaseUrl = `${inject('databaseServer')}/${await createDatabase()}`
  db = new pg.Client({ connectionString: databaseUrl })
  // One after the other: the first runs the migrations on the empty database.
  await start('a', ports.a)
  await start('b', ports.b)
  await db.connect()
  const targets = [instances[0]!.url, instances[1]!.url]
  let next = 0
  const proxy = httpProxy.createProxyServer({ xfwd: true })
  proxyServer = http.createServer((req, res) => {
    // `x-target` pins a request to one instance; otherwise round robin.
    const pinned = req.headers['x-target']
    const target = pinned === 'a' ? targets[0]! : pinned === 'b' ? targets[1]! : targets[next++ % 2]!
    proxy.web(req, res, { target }, () => {
      res.statusCode = 502
      res.end()
    })
  })
  await new Promise<void>((resolve) => proxyServer.listen(ports.proxy, '127.0.0.1', resolve))

  const account = { email: 'quantri@thanhmien.example', password: 'Mat-khau-san-xuat-1' }
  const first = await fetch(`${proxyUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...account, name: 'Quản trị' }),
  })
  expect(first.status).toBe(200)
  const login = await json(
    await fetch(`${proxyUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(account) }),
  )
  auth = { Authorization: `JWT ${login.body.token}` }
}, 600_000)

afterAll(async () => {
  for (const instance of instances) {
    if (instance.child.exitCode === null) instance.child.kill('SIGTERM')
    await Promise.race([instance.exited, new Promise((resolve) => setTimeout(resolve, 30_000))])
    if (instance.child.exitCode === null) instance.child.kill('SIGKILL')
  }
  // For a failing run: what each instance wrote.
  for (const instance of instances) writeFileSync(path.join(tmpdir(), `cchc-production-server-${instance.name}.log`), instance.output.join('\n'))
  await new Promise((resolve) => proxyServer?.close(resolve))
  await db?.end()
}, 120_000)

const unitBody = (code: string) => JSON.stringify({ code, name: `Đơn vị ${code}`, shortName: code.slice(0, 10), kind: 'front', accessLevel: 'contributor' })

describe.skipIf(!built)('two production servers on one database', () => {
  it('answers a repeated anonymous read before Next.js, as Next.js answered it', async () => {
    const [a] = instances
    const url = `${a!.url}/api/cchc-topics?limit=5&depth=0`
    const first = await fetch(url, { headers: { 'x-request-id': 'first-read-0001' } })
    const second = await fetch(url, { headers: { 'x-request-id': 'second-read-0002' } })
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(await second.text()).toBe(await first.text())
    const headersOf = (response: Response) =>
      Object.fromEntries([...response.headers].filter(([name]) => !['date', 'x-request-id', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name)))
    expect(headersOf(second)).toEqual(headersOf(first))
    expect(first.headers.get('x-request-id')).toBe('first-read-0001')
    expect(second.headers.get('x-request-id')).toBe('second-read-0002')
    // A revalidation is answered 304 on the fast path too.
    const again = await fetch(url, { headers: { 'if-none-match': second.headers.get('etag')!, 'x-request-id': 'third-read-0003' } })
    expect(again.status).toBe(304)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const lines = logLines(a!)
    const byId = (id: string) => lines.filter((line) => line.requestId === id)
    expect(byId('first-read-0001')).toEqual([expect.objectContaining({ msg: 'request', method: 'GET', status: 200, via: 'next', path: '/api/cchc-topics?limit=5&depth=0' })])
    expect(byId('second-read-0002')).toEqual([expect.objectContaining({ msg: 'request', status: 200, via: 'cache' })])
    expect(byId('third-read-0003')).toEqual([expect.objectContaining({ status: 304, via: 'cache' })])
    expect(typeof byId('second-read-0002')[0]!.durationMs).toBe('number')
  })

  it('sends a stored answer compressed, the same bytes on every hit', async () => {
    const [a] = instances
    const url = `${a!.url}/api/cchc-topics?limit=50&depth=1`
    // Raw bytes, as a browser receives them (fetch would unpack them).
    const raw = (id: string) =>
      new Promise<{ status: number; encoding?: string; body: Buffer }>((resolve, reject) => {
        http
          .get(url, { headers: { 'accept-encoding': 'gzip', 'x-request-id': id } }, (response) => {
            const chunks: Buffer[] = []
            response.on('data', (chunk: Buffer) => chunks.push(chunk))
            response.on('end', () => resolve({ status: response.statusCode!, encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }))
          })
          .on('error', reject)
      })
    const plain = await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).text()
    expect(Buffer.byteLength(plain)).toBeGreaterThan(1024)
    const [first, second] = [await raw('gzip-hit-0001'), await raw('gzip-hit-0002')]
    for (const hit of [first, second]) {
      expect(hit.status).toBe(200)
      expect(hit.encoding).toBe('gzip')
      expect(gunzipSync(hit.body).toString('utf8')).toBe(plain)
    }
    expect(second.body.equals(first.body)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(logLines(a!).filter((line) => line.requestId === 'gzip-hit-0002')).toEqual([expect.objectContaining({ status: 200, via: 'cache' })])
  })

  it('never answers a signed-in request from the cache', async () => {
    const [a] = instances
    const response = await fetch(`${a!.url}/api/cchc-topics?limit=5&depth=0`, { headers: { ...auth, 'x-request-id': 'signed-in-0001' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(logLines(a!).filter((line) => line.requestId === 'signed-in-0001')).toEqual([expect.objectContaining({ via: 'next' })])
  })

  let mediaId: number
  let postId: number
  // The instance that runs the jobs queue (it holds the jobs lock).
  let leader: Instance

  const draftPost = async (base: string, title: string): Promise<number> => {
    const topic = (await json(await fetch(`${base}/api/cchc-topics?limit=1&depth=0`))).body.docs[0].id
    const unit = (await json(await fetch(`${base}/api/units?limit=1&depth=0`))).body.docs[0].id
    const draft = await json(
      await fetch(`${base}/api/cchc-posts`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, excerpt: 'Sapo bài hẹn giờ đăng.', format: 'article', coverImage: mediaId, topics: [topic], unit }),
      }),
    )
    expect(draft.status).toBe(201)
    return draft.body.doc.id
  }

  /**
   * A scheduled publication of `post`, due now, that blocks as it runs: `lock` (a transaction of the test's)
   * holds the post's row, so the job's update waits for it. Resolves once the job has been claimed and waits.
   */
  const runningPublication = async (post: number, lock: pg.Client): Promise<number> => {
    await lock.query('begin')
    await lock.query('select id from cchc_posts where id = $1 for update', [post])
    const { rows } = await db.query<{ id: number }>(
      `insert into payload_jobs (task_slug, input, queue, total_tried, has_error, processing, wait_until, created_at, updated_at)
       values ('schedulePublish', $1, 'default', 0, false, false, now() - interval '1 second', now(), now()) returning id`,
      [JSON.stringify({ type: 'publish', doc: { relationTo: 'cchc-posts', value: String(post) } })],
    )
    const job = rows[0]!.id
    // The crons fire every 5 s (CCHC_JOBS_CRON).
    for (let attempt = 0; attempt < 180; attempt++) {
      const claimed = await db.query(`select 1 from payload_jobs where id = $1 and processing`, [job])
      const waiting = await db.query(
        `select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
      )
      if (claimed.rowCount && waiting.rowCount) return job
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error('the scheduled publication was not claimed within 90 s')
  }
  const statusOf = async (post: number) => (await db.query<{ _status: string }>(`select _status from cchc_posts where id = $1`, [post])).rows[0]?._status
  const jobRow = async (job: number) =>
    (await db.query<{ processing: boolean; completed_at: Date | null; has_error: boolean }>(`select processing, completed_at, has_error from payload_jobs where id = $1`, [job]))
      .rows[0]

  it('serves a file uploaded through one instance from the other', async () => {
    const [a, b] = instances
    const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a52' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'anh-hai-may.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh tải lên qua máy a' }))
    const uploaded = await json(await fetch(`${a!.url}/api/cchc-media`, { method: 'POST', headers: auth, body: form }))
    expect(uploaded.status).toBe(201)
    mediaId = uploaded.body.doc.id
    const file = await fetch(`${b!.url}/api/cchc-media/file/${uploaded.body.doc.filename}`)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(image)).toBe(true)
  })

  it('serves a publish made through one instance on the very next request to the other', async () => {
    const [a, b] = instances
    const listed = async () => (await json(await fetch(`${b!.url}/api/cchc-posts?limit=100&depth=0`))).body.docs.map((post: { id: number }) => post.id)
    const topic = (await json(await fetch(`${a!.url}/api/cchc-topics?limit=1&depth=0`))).body.docs[0].id
    const unit = (await json(await fetch(`${a!.url}/api/units?limit=1&depth=0`))).body.docs[0].id
    const draft = await json(
      await fetch(`${a!.url}/api/cchc-posts`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Bài đăng qua máy a', excerpt: 'Sapo bài thử hai máy.', format: 'article', coverImage: mediaId, topics: [topic], unit }),
      }),
    )
    expect(draft.status).toBe(201)
    postId = draft.body.doc.id
    // Twice: the second read is a cache hit on b.
    expect(await listed()).not.toContain(postId)
    expect(await listed()).not.toContain(postId)
    const published = await fetch(`${a!.url}/api/cchc-posts/${postId}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(published.status).toBe(200)
    expect(await listed()).toContain(postId)
    // And a unit made through b is in a's next answer.
    const codes = async () => (await json(await fetch(`${a!.url}/api/units?limit=100&depth=0`))).body.docs.map((unit: { code: string }) => unit.code)
    expect(await codes()).not.toContain('doan-thanh-nien')
    expect(await codes()).not.toContain('doan-thanh-nien')
    const created = await fetch(`${b!.url}/api/units`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: unitBody('doan-thanh-nien') })
    expect(created.status).toBe(201)
    expect(await codes()).toContain('doan-thanh-nien')
  })

  it('holds a rate limit across both instances', async () => {
    // The service rating takes 30 an hour from one address; the proxy alternates a and b.
    const statuses: number[] = []
    for (let i = 0; i < 31; i++) {
      const response = await fetch(`${proxyUrl}/api/cchc/service-rating`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'user-agent': `Trinh duyet ${i}` },
        body: JSON.stringify({ score: 5 }),
      })
      await response.arrayBuffer()
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 30).every((status) => status < 300)).toBe(true)
    expect(statuses[30]).toBe(429)
  })

  it('counts views made through both instances, each visitor once', async () => {
    const id = postId
    const view = async (visitor: number) =>
      json(await fetch(`${proxyUrl}/api/cchc-posts/${id}/view`, { method: 'POST', headers: { 'user-agent': `Mozilla/5.0 khach-${visitor}` } }))
    const first = await Promise.all(Array.from({ length: 10 }, (_, visitor) => view(visitor)))
    expect(first.every((reply) => reply.status === 200 && reply.body.counted === true)).toBe(true)
    const repeated = await Promise.all(Array.from({ length: 10 }, (_, visitor) => view(visitor)))
    expect(repeated.every((reply) => reply.status === 200 && reply.body.counted === false)).toBe(true)
    expect(Math.max(...repeated.map((reply) => reply.body.viewCount))).toBe(10)
  })

  it('runs a queued job once although both instances run the queue, and schedules each task once', async () => {
    const { rows } = await db.query<{ id: number }>(
      `insert into payload_jobs (task_slug, input, queue, total_tried, has_error, processing, created_at, updated_at)
       values ('cchcPurgeExpiredRecords', '{}', 'default', 0, false, false, now(), now()) returning id`,
    )
    const id = rows[0]!.id
    const running = () => instances.map((instance) => logLines(instance).filter((line) => /^Running \d+ jobs/.test(String(line.msg))).length)
    const before = running()
    // Both instances' crons fire at the same moments (every 5 s here); Payload deletes a job once it has completed.
    let left = 1
    for (let attempt = 0; attempt < 150 && left > 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      left = (await db.query(`select id, has_error from payload_jobs where id = $1`, [id])).rowCount ?? 0
    }
    expect(left).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const after = running()
    // One instance ran the queue; the other (not holding the jobs lock) never did.
    const ran = after.map((count, index) => count - before[index]!)
    expect(ran.filter((count) => count > 0)).toHaveLength(1)
    leader = instances[ran.findIndex((count) => count > 0)]!
    expect(after.filter((count) => count > 0)).toHaveLength(1)
    // The hourly tasks were scheduled once each, not once per instance.
    const duplicates = await db.query(`select task_slug, count(*) from payload_jobs where completed_at is null group by task_slug having count(*) > 1`)
    expect(duplicates.rows).toEqual([])
  }, 120_000)

  it('on SIGTERM during a burst of writes and a running scheduled publication, stores every acknowledged write and finishes the job, then exits 0', async () => {
    const other = instances.find((instance) => instance !== leader)!
    const post = await draftPost(leader.url, 'Bài hẹn giờ đăng khi máy dừng')
    const lock = new pg.Client({ connectionString: databaseUrl })
    await lock.connect()
    const job = await runningPublication(post, lock)
    expect(await statusOf(post)).toBe('draft')

    const acknowledged: string[] = []
    let stopping = false
    const writer = async (worker: number) => {
      for (let i = 0; ; i++) {
        const code = `sigterm-${worker}-${i}`
        try {
          const response = await fetch(`${leader.url}/api/units`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: unitBody(code) })
          await response.arrayBuffer()
          if (response.status === 201) acknowledged.push(code)
        } catch {
          // refused: the server no longer accepts
          if (stopping) return
        }
        if (stopping && i > 200) return
      }
    }
    // Five writers: with the job's transaction, as many as the server admits at once (pool 10 less 3 kept back).
    const writers = Array.from({ length: 5 }, (_, worker) => writer(worker))
    // Let the burst get going, then stop the server in the middle of it.
    while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 20))
    stopping = true
    leader.child.kill('SIGTERM')
    await Promise.all(writers)
    // The requests are done, the job is not: the server waits for it (SHUTDOWN_TIMEOUT_SECONDS is 10).
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(leader.child.exitCode).toBe(null)
    expect(leader.output.some((line) => line.includes('"shut down"'))).toBe(false)
    await lock.query('commit')
    await lock.end()
    const code = await leader.exited
    expect(code).toBe(0)
    expect(acknowledged.length).toBeGreaterThanOrEqual(20)
    const { rows } = await db.query<{ code: string }>(`select code from units where code like 'sigterm-%'`)
    const stored = new Set(rows.map((row) => row.code))
    expect(acknowledged.filter((code) => !stored.has(code))).toEqual([])
    expect(leader.output.some((line) => line.includes('shut down'))).toBe(true)
    // The job finished before the exit: its post is published and the job is done (Payload deletes it).
    expect(await statusOf(post)).toBe('published')
    const row = await jobRow(job)
    expect(row === undefined || row.completed_at !== null).toBe(true)
    // The other instance still answers.
    expect((await fetch(`${other.url}/api/cchc/health`)).status).toBe(200)
  }, 180_000)

  it('hands a job still running at the shutdown timeout back to the queue, and an instance started afterwards runs it once', async () => {
    // The one left runs the jobs now: the lock was freed as the other stopped.
    const survivor = instances.find((instance) => instance.child.exitCode === null)!
    const post = await draftPost(survivor.url, 'Bài hẹn giờ đăng, máy dừng giữa chừng')
    const lock = new pg.Client({ connectionString: databaseUrl })
    await lock.connect()
    const job = await runningPublication(post, lock)
    const sent = Date.now()
    survivor.child.kill('SIGTERM')
    // Cut at the timeout (10 s): exit code 1, and the job back in the queue, not done, its post still a draft.
    expect(await survivor.exited).toBe(1)
    expect(Date.now() - sent).toBeGreaterThanOrEqual(9_000)
    expect(await jobRow(job)).toEqual({ processing: false, completed_at: null, has_error: false })
    expect(await statusOf(post)).toBe('draft')
    expect(logLines(survivor).some((line) => line.handedBack === 1)).toBe(true)
    await lock.query('commit')
    await lock.end()
    // The cut run's transaction is rolled back, never committed: the post stays a draft until the job runs again.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await statusOf(post)).toBe('draft')

    // A restart (a deploy): the new instance runs the queue at its first tick, and the job once.
    const restarted = await start('c', ports.c)
    for (let attempt = 0; attempt < 180 && (await jobRow(job)) !== undefined; attempt++) await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await jobRow(job)).toBeUndefined()
    expect(await statusOf(post)).toBe('published')
    // Published once: one published version of the post.
    const versions = await db.query(`select 1 from _cchc_posts_v where parent_id = $1 and version__status = 'published'`, [post])
    expect(versions.rowCount).toBe(1)
    expect((await fetch(`${restarted.url}/api/cchc/ready`)).status).toBe(200)
  }, 240_000)
})

/** Processes whose command line names `dir` (a PostgreSQL started on that data folder). */
const processesOn = (dir: string) =>
  readdirSync('/proc').filter((entry) => {
    if (!/^\d+$/.test(entry)) return false
    try {
      return readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)
    } catch {
      return false
    }
  })

describe.skipIf(!built)('npm start with the embedded PostgreSQL', () => {
  it('stops the embedded database on SIGTERM, and starts again on the same data', async () => {
    const dataParent = mkdtempSync(path.join(tmpdir(), 'cchc-embedded-start-'))
    const dataDir = path.join(dataParent, 'postgres')
    const env = {
      DATABASE_URL: undefined,
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(ports.embeddedDatabase),
      SERVER_URL: `http://127.0.0.1:${ports.embeddedApp}`,
      MEDIA_DIR: mkdtempSync(path.join(tmpdir(), 'cchc-embedded-media-')),
    }
    try {
      const first = await start('embedded-1', ports.embeddedApp, env)
      expect(processesOn(dataDir).length).toBeGreaterThan(0)
      const account = { email: 'nhung@thanhmien.example', password: 'Mat-khau-nhung-1' }
      const registered = await fetch(`${first.url}/api/users/first-register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...account, name: 'Quản trị' }),
      })
      expect(registered.status).toBe(200)
      first.child.kill('SIGTERM')
      expect(await first.exited).toBe(0)
      // No PostgreSQL left on the folder, and it was shut down cleanly (no postmaster.pid).
      expect(processesOn(dataDir)).toEqual([])
      expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false)

      const second = await start('embedded-2', ports.embeddedApp, env)
      const login = await fetch(`${second.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(account) })
      expect(login.status).toBe(200)
      expect((await fetch(`${second.url}/api/cchc/ready`)).status).toBe(200)
      second.child.kill('SIGTERM')
      expect(await second.exited).toBe(0)
      expect(processesOn(dataDir)).toEqual([])
    } finally {
      rmSync(dataParent, { recursive: true, force: true })
      rmSync(env.MEDIA_DIR, { recursive: true, force: true })
    }
  }, 300_000)
})
