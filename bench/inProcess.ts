/**
 * The in-process part of `npm run bench` (bench/run.ts runs it after the HTTP part; alone:
 * `npm run bench -- --part=in-process`): the public read path of the CCHC column, measured in one
 * run, figures and ratios side by side. Boots the host app on a fresh database (DATABASE_URL's
 * server, or an embedded PostgreSQL), fills it with posts, then times list requests as the portal
 * makes them and counts the SQL statements each one costs; last, a burst of 100 simultaneous writes
 * with reads among them.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { getPayload, handleEndpoints } from 'payload'
import sharp from 'sharp'

import { startEmbeddedPostgres } from '../host/embeddedPostgres.ts'
import { guardGraphQL } from '../src/index.ts'

const POSTS = Number(process.env.BENCH_POSTS ?? 300)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 150)

// Count statements sent to PostgreSQL, whatever client sends them.
let statements = 0
const query = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++
  return (query as (...a: unknown[]) => unknown).apply(this, args)
} as typeof query

const dataParent = process.env.DATABASE_URL ? undefined : mkdtempSync(path.join(tmpdir(), 'cchc-bench-'))
const embedded = dataParent
  ? await startEmbeddedPostgres({ dataDir: path.join(dataParent, 'pg'), persistent: false, port: 56100 + Math.floor(Math.random() * 300) })
  : undefined
const server = embedded ? embedded.urlFor('') .replace(/\/$/, '') : process.env.DATABASE_URL!.replace(/\/[^/]*$/, '')
const database = `cchc_bench_${randomBytes(4).toString('hex')}`
const admin = new pg.Client({ connectionString: `${server}/postgres` })
await admin.connect()
await admin.query(`create database "${database}"`)
await admin.end()
process.env.DATABASE_URL = `${server}/${database}`
process.env.PAYLOAD_SECRET ??= 'bench-only-secret'
process.env.MEDIA_DIR = mkdtempSync(path.join(tmpdir(), 'cchc-bench-media-'))
process.env.VITEST = 'bench' // keeps the jobs queue from auto-running

const { default: configPromise } = await import('../payload.config.ts')
const config = await configPromise
const payload = await getPayload({ config })
// As the host's route: the plugin's limits in front of Payload's handler.
const graphql = guardGraphQL(config, GRAPHQL_POST(config))

// Data: POSTS published posts over the seven topics and six units, plus as many drafts.
const jpeg = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#3a7' } }).jpeg().toBuffer()
const cover = await payload.create({
  collection: 'cchc-media',
  data: { alt: 'Ảnh bìa' },
  file: { data: jpeg, mimetype: 'image/jpeg', name: 'bia.jpg', size: jpeg.length },
})
const topics = (await payload.find({ collection: 'cchc-topics', pagination: false })).docs
const units = (await payload.find({ collection: 'units', pagination: false })).docs
const editorUnit = units.find((u) => u.code === 'ttdvsnc')!
await payload.create({
  collection: 'users',
  data: { email: 'bench@thanhmien.example', name: 'Bench', password: 'Bench-mat-khau-1', unit: editorUnit.id },
})
const seedStart = performance.now()
for (let i = 0; i < POSTS * 2; i++) {
  await payload.create({
    collection: 'cchc-posts',
    data: {
      title: `Tin cải cách hành chính số ${i}`,
      excerpt: 'Sapo ngắn cho danh sách.',
      format: 'article',
      coverImage: cover.id,
      topics: [topics[i % topics.length]!.id],
      unit: units[i % units.length]!.id,
      ...(i % 2 === 0 ? { _status: 'published' } : {}),
    } as never,
  })
}
const seedMs = performance.now() - seedStart

// Procedures: a decision's annex of PROCEDURES rows imported from CSV, then published (applied).
const PROCEDURES = Number(process.env.BENCH_PROCEDURES ?? 500)
const sectors = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Bảo trợ xã hội', 'Văn hóa cơ sở', 'Đăng ký kết hôn']
const annex = [
  'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ DVC,Cách thức thực hiện,Thời hạn giải quyết,"Phí, lệ phí"',
  ...Array.from(
    { length: PROCEDURES },
    (_, n) =>
      `Mới ban hành,1.${String(400000 + n).padStart(6, '0')},Thủ tục ${sectors[n % sectors.length]!.toLowerCase()} số ${n},${sectors[n % sectors.length]},Cấp xã,${n % 2 ? 'Toàn trình' : ''},"Trực tiếp; Trực tuyến",05 ngày làm việc,Không`,
  ),
].join('\r\n')
const editor = await payload.find({ collection: 'users', where: { email: { equals: 'bench@thanhmien.example' } } })
const decision = await payload.create({
  collection: 'procedure-announcements' as 'units',
  data: { number: '999/QĐ-UBND', issuer: 'UBND', signedAt: '2026-06-01T12:00:00Z', effectiveDate: '2026-06-01T12:00:00Z', summary: 'Bench' } as never,
})
const benchLogin = async () =>
  ((await (
    await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: editor.docs[0]!.email, password: 'Bench-mat-khau-1' }),
      }),
    })
  ).json()) as { token: string }).token
const editorToken = await benchLogin()
const importStart = performance.now()
const imported = await handleEndpoints({
  config,
  request: new Request(`http://localhost:3000/api/procedure-announcements/${decision.id}/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv', Authorization: `JWT ${editorToken}` },
    body: annex,
  }),
})
const importMs = performance.now() - importStart
if (imported.status !== 200) throw new Error(`import: HTTP ${imported.status} ${await imported.text()}`)
const applyStart = performance.now()
const applied = await handleEndpoints({
  config,
  request: new Request(`http://localhost:3000/api/procedure-announcements/${decision.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
    body: JSON.stringify({ _status: 'published' }),
  }),
})
const applyMs = performance.now() - applyStart
if (applied.status !== 200) throw new Error(`publish: HTTP ${applied.status} ${await applied.text()}`)
// What the committed migration adds for search; development pushes the schema without it.
{
  const { searchIndexStatements } = await import('../src/db/searchIndexes.ts')
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  for (const statement of searchIndexStatements) await client.query(statement)
  await client.end()
}
// Fresh tables have no planner statistics yet; a running site has them (autovacuum).
{
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await client.query('analyze')
  await client.end()
}
const login = await handleEndpoints({
  config,
  request: new Request('http://localhost:3000/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bench@thanhmien.example', password: 'Bench-mat-khau-1' }),
  }),
})
const token = ((await login.json()) as { token: string }).token

type Case = { name: string; run: () => Promise<Response> }
const rest = (query: string, auth?: boolean, collectionPath = 'cchc-posts'): Case['run'] => () =>
  handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api/${collectionPath}?${query}`, { headers: auth ? { Authorization: `JWT ${token}` } : {} }),
  })
const topic = topics[0]!.id
const list = `limit=12&sort=-publishedAt&where[topics][in]=${topic}`
const cases: Case[] = [
  { name: 'REST anonymous, topic page, depth 0', run: rest(`${list}&depth=0`) },
  { name: 'REST anonymous, topic page, depth 1', run: rest(`${list}&depth=1`) },
  { name: 'REST editor, topic page, depth 1', run: rest(`${list}&depth=1`, true) },
  { name: 'REST anonymous, home (newest 12), depth 1', run: rest('limit=12&sort=-publishedAt&depth=1') },
  { name: 'REST anonymous, procedure search "dang ky ket hon"', run: rest('q=dang%20ky%20ket%20hon&limit=20', false, 'procedures/search') },
  { name: 'REST anonymous, procedures by field, online', run: rest('sector=ho%20tich&onlineLevel=toan_trinh&limit=20', false, 'procedures/search') },
  { name: 'REST anonymous, recent procedure changes', run: rest('from=2026-05-01&to=2026-06-30&limit=100', false, 'procedures/changes') },
  {
    name: 'GraphQL anonymous, topic page',
    run: () =>
      graphql(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            query: `{ CchcPosts(limit: 12, sort: "-publishedAt", where: { topics: { in: [${topic}] } }) { docs { id title slug excerpt publishedAt coverImage { url alt } } } }`,
          }),
        }),
      ),
  },
]

// Round-robin, so warm-up and background noise fall on every case alike.
for (const c of cases) for (let i = 0; i < 10; i++) await (await c.run()).text()
const samples = cases.map(() => ({ times: [] as number[], statements: 0, heap: 0 }))
for (let round = 0; round < ROUNDS; round++) {
  for (const [index, c] of cases.entries()) {
    const sample = samples[index]!
    const before = statements
    const heapBefore = process.memoryUsage().heapUsed
    const start = performance.now()
    const response = await c.run()
    await response.text()
    sample.times.push(performance.now() - start)
    sample.statements += statements - before
    sample.heap += Math.max(0, process.memoryUsage().heapUsed - heapBefore)
    if (response.status !== 200) throw new Error(`${c.name}: HTTP ${response.status}`)
  }
}
const results = cases.map((c, index) => {
  const { times, statements: sent, heap } = samples[index]!
  times.sort((a, b) => a - b)
  return {
    name: c.name,
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    p95Ms: times[Math.floor(times.length * 0.95)]!,
    statements: sent / ROUNDS,
    heapKB: heap / ROUNDS / 1024,
  }
})

const base = results[0]!.meanMs
console.log(`\nCCHC public read path: ${POSTS} published + ${POSTS} draft posts, ${ROUNDS} requests per case (seeded in ${(seedMs / 1000).toFixed(1)} s)\n`)
console.log(['case'.padEnd(50), 'mean ms', '  p95 ms', ' ratio', ' SQL/req', ' alloc KB/req'].join(' '))
for (const r of results) {
  console.log(
    [
      r.name.padEnd(50),
      r.meanMs.toFixed(2).padStart(7),
      r.p95Ms.toFixed(2).padStart(8),
      (r.meanMs / base).toFixed(2).padStart(6),
      r.statements.toFixed(1).padStart(8),
      r.heapKB.toFixed(0).padStart(13),
    ].join(' '),
  )
}
console.log(
  `\nProcedures: annex of ${PROCEDURES} rows imported (CSV parsed, checked, saved) in ${importMs.toFixed(0)} ms; publishing the decision (${PROCEDURES} procedures created in one transaction) took ${(applyMs / 1000).toFixed(1)} s`,
)
// GraphQL's limits: the 499 aliased counts (34 kB), refused before anything runs.
{
  const query = `{ ${Array.from({ length: 499 }, (_, i) => `a${i}: countCchcPosts(where: { title: { like: "a" } }) { totalDocs }`).join(' ')} }`
  const times: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    const response = await graphql(
      new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) }),
    )
    await response.text()
    times.push(performance.now() - start)
    if (response.status !== 400) throw new Error(`499 aliases: HTTP ${response.status}`)
  }
  times.sort((a, b) => a - b)
  console.log(
    `\nGraphQL: 499 aliased countCchcPosts refused with 400 in ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(2)} ms on average, p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(2)} ms`,
  )
}
console.log(`\nrss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB; ratio = mean / first case; SQL/req = statements sent per request; alloc = heap growth per request (before GC)`)

// 100 simultaneous writes (30 on one topic, 30 on 30 topics, 20 on 20 posts, 20 new procedures),
// with 40 anonymous reads sent among them: what the transaction gate lets through, and how fast.
const send = (method: string, url: string, body?: unknown, auth = true) =>
  handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api/${url}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(auth ? { Authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
const burstTopics = await Promise.all(
  Array.from({ length: 31 }, async (_, i) => (await payload.create({ collection: 'cchc-topics', data: { name: `Chuyên mục đo ${i}`, order: 900 + i } as never })).id),
)
const drafts = (await payload.find({ collection: 'cchc-posts', where: { _status: { equals: 'draft' } }, limit: 20, depth: 0 })).docs
const burstWrites = [
  ...Array.from({ length: 30 }, (_, i) => () => send('PATCH', `cchc-topics/${burstTopics[30]}`, { description: `Lần ${i}` })),
  ...burstTopics.slice(0, 30).map((id, i) => () => send('PATCH', `cchc-topics/${id}`, { description: `Sửa ${i}` })),
  ...drafts.map((post, i) => () => send('PATCH', `cchc-posts/${post.id}`, { excerpt: `Sapo đo ${i}.` })),
  ...Array.from({ length: 20 }, (_, i) => () =>
    send('POST', 'procedures', { code: `1.${String(800000 + i).padStart(6, '0')}`, name: `Thủ tục đo ${i}`, sector: 'Hộ tịch' }),
  ),
]
const timedCall = async (call: () => Promise<Response>) => {
  const start = performance.now()
  try {
    const response = await call()
    await response.text()
    return { status: response.status, ms: performance.now() - start }
  } catch {
    return { status: 0, ms: performance.now() - start }
  }
}
const burstStart = performance.now()
const inFlight = burstWrites.flatMap((write, i) => [
  timedCall(write).then((answer) => ({ ...answer, kind: 'write' as const })),
  ...(i % 5 < 2 ? [timedCall(() => send('GET', 'cchc-posts?limit=12&sort=-publishedAt&depth=0', undefined, false)).then((answer) => ({ ...answer, kind: 'read' as const }))] : []),
])
const burst = await Promise.all(inFlight)
const burstMs = performance.now() - burstStart
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!
const burstWritesDone = burst.filter((answer) => answer.kind === 'write')
const burstReads = burst.filter((answer) => answer.kind === 'read')
const byStatus = Object.entries(
  burstWritesDone.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {}),
)
  .map(([status, count]) => `${status}: ${count}`)
  .join(', ')
const completed = burstWritesDone.filter(({ status }) => status >= 200 && status < 300).length
const writeTimes = burstWritesDone.map(({ ms }) => ms)
const readTimes = burstReads.map(({ ms }) => ms)
console.log(
  `
100 simultaneous mixed writes (+${burstReads.length} anonymous reads) in ${burstMs.toFixed(0)} ms: ${completed} completed (${byStatus}); ` +
    `write p50 ${percentile(writeTimes, 0.5).toFixed(0)} ms, p99 ${percentile(writeTimes, 0.99).toFixed(0)} ms; ` +
    `reads answered ${burstReads.filter(({ status }) => status === 200).length}/${burstReads.length}, p50 ${percentile(readTimes, 0.5).toFixed(0)} ms, p99 ${percentile(readTimes, 0.99).toFixed(0)} ms`,
)
// Sign-in failures: an unknown address, a wrong password and the right password of an account in an
// inactive unit must take about as long (and answer alike), or the times tell which accounts exist.
{
  const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 12)
  const idle = await payload.create({
    collection: 'units',
    data: { code: 'bench-nghi', name: 'Đơn vị tạm nghỉ', shortName: 'Nghỉ', kind: 'department', accessLevel: 'contributor', active: false } as never,
  })
  await payload.create({
    collection: 'users',
    data: { email: 'bench-nghi@thanhmien.example', name: 'Bench nghỉ', password: 'Bench-mat-khau-1', unit: idle.id } as never,
  })
  const signInCases = [
    { name: 'unknown e-mail', email: 'khong-ton-tai@thanhmien.example', password: 'Bench-mat-khau-1' },
    { name: 'wrong password', email: 'bench@thanhmien.example', password: 'Bench-sai-mat-khau' },
    { name: 'inactive unit, right password', email: 'bench-nghi@thanhmien.example', password: 'Bench-mat-khau-1' },
  ]
  const signInTimes = signInCases.map(() => [] as number[])
  const answers = signInCases.map(() => new Set<string>())
  for (let round = 0; round < SIGN_INS; round++) {
    for (const [index, c] of signInCases.entries()) {
      const start = performance.now()
      // Each attempt from its own address (198.18.0.0/15 is for benchmarks), so no limit is reached.
      const response = await handleEndpoints({
        config,
        request: new Request('http://localhost:3000/api/users/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.18.${round}.${index + 1}` },
          body: JSON.stringify({ email: c.email, password: c.password }),
        }),
      })
      answers[index]!.add(`${response.status} ${await response.text()}`)
      signInTimes[index]!.push(performance.now() - start)
    }
  }
  console.log(`\nSign-in failures (${SIGN_INS} each, interleaved): the same answer and about the same time`)
  console.log(['case'.padEnd(50), 'mean ms', '  p95 ms', ' answer'].join(' '))
  const means = signInTimes.map((times) => times.reduce((a, b) => a + b, 0) / times.length)
  for (const [index, c] of signInCases.entries()) {
    const times = [...signInTimes[index]!].sort((a, b) => a - b)
    console.log([c.name.padEnd(50), means[index]!.toFixed(1).padStart(7), times[Math.floor(times.length * 0.95)]!.toFixed(1).padStart(8), ` ${[...answers[index]!].join(' | ').slice(0, 3)}`].join(' '))
  }
  const sameAnswer = new Set(answers.flatMap((set) => [...set])).size === 1
  console.log(`slowest / fastest mean: ${(Math.max(...means) / Math.min(...means)).toFixed(2)}; one answer for all three: ${sameAnswer ? 'yes' : 'NO'}`)
}

// The adapter keeps a pooled client open; its disconnection on shutdown is expected.
process.on('uncaughtException', (error: Error & { code?: string }) => {
  if (error.code !== '57P01') throw error
})
await payload.destroy()
await embedded?.stop()
for (const folder of [process.env.MEDIA_DIR, dataParent]) if (folder) rmSync(folder, { recursive: true, force: true })
process.exit(0)
