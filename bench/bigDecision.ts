/**
 * The decision part of `npm run bench` (alone: `npm run bench -- --part=decision`): a decision of
 * BENCH_DECISION_ITEMS (500) new procedures published through REST and applied, then one amending,
 * repealing and replacing as many, each timed with the SQL statements it sent, over BENCH_DECISION_ROUNDS
 * (3) fresh databases. Issue 12 asks for a 500-item decision applied in under 2 s on this machine.
 * Then the two halves of that time apart, on a third decision of as many new procedures: Payload's
 * update that publishes the decision (Local API, with the applying hook held back), and applying its
 * items (services/applyAnnouncement.ts applyDueItems, set-based) in a transaction of its own.
 * Each publish goes through PATCH (Payload's update) and through POST /:id/publish (the decision's own
 * publish), on decisions of the same shape. BENCH_PROFILE=<folder>: a CPU profile of each publish alone (open it in Chrome's DevTools).
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { commitTransaction, createLocalReq, getPayload, handleEndpoints, initTransaction, type Payload, type SanitizedConfig } from 'payload'

import { startEmbeddedPostgres } from '../host/embeddedPostgres.ts'

const ITEMS = Number(process.env.BENCH_DECISION_ITEMS ?? 500)
const ROUNDS = Number(process.env.BENCH_DECISION_ROUNDS ?? 3)
// Each round runs in a process of its own (BENCH_DECISION_ROUND set): Payload's config, read once per
// process, keeps the first round's database.
const ROUND = process.env.BENCH_DECISION_ROUND === undefined ? undefined : Number(process.env.BENCH_DECISION_ROUND)

let statements = 0
const query = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++
  return (query as (...a: unknown[]) => unknown).apply(this, args)
} as typeof query

const dataParent = process.env.DATABASE_URL || ROUND !== undefined ? undefined : mkdtempSync(path.join(tmpdir(), 'cchc-bench-'))
const embedded = dataParent
  ? await startEmbeddedPostgres({ dataDir: path.join(dataParent, 'pg'), persistent: false, port: 56400 + Math.floor(Math.random() * 90) })
  : undefined
const server = embedded ? embedded.urlFor('').replace(/\/$/, '') : process.env.DATABASE_URL!.replace(/\/[^/]*$/, '')
process.env.PAYLOAD_SECRET ??= 'bench-only-secret'
process.env.MEDIA_DIR = mkdtempSync(path.join(tmpdir(), 'cchc-bench-media-'))
process.env.VITEST = 'bench' // keeps the jobs queue from auto-running

const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: `${server}/postgres` })
  await client.connect()
  await client.query(sql)
  await client.end()
}

const codes = (from: number) => Array.from({ length: ITEMS }, (_, i) => `2.${String(from + i).padStart(6, '0')}`)
const newItem = (code: string) => ({
  kind: 'new',
  code,
  data: { name: `Thủ tục ${code}`, sector: 'Hộ tịch', level: 'commune', channels: ['in_person', 'online'], processingTime: '05 ngày làm việc', fees: 'Không' },
})

// cpuMs: this process's CPU time (Node's share, PostgreSQL's apart), steadier than wall time on a busy machine.
type Figure = { name: string; ms: number; cpuMs: number; statements: number }
const figures: Figure[] = []

const round = async (index: number) => {
  const database = `cchc_bench_decision_${randomBytes(4).toString('hex')}`
  await admin(`create database "${database}"`)
  process.env.DATABASE_URL = `${server}/${database}`
  const { hostConfig, pluginOptions } = await import('../payload.config.ts')
  const { buildConfig } = await import('payload')
  const { cchcPlugin } = await import('../src/index.ts')
  const config: SanitizedConfig = await buildConfig({ ...hostConfig, plugins: [cchcPlugin(pluginOptions)] })
  const payload: Payload = await getPayload({ config, key: database })
  try {
    const unit = (await payload.find({ collection: 'units', where: { code: { equals: 'ttdvsnc' } } })).docs[0]!
    await payload.create({ collection: 'users', data: { email: 'bench@thanhmien.example', name: 'Bench', password: 'Bench-mat-khau-1', unit: unit.id } as never })
    const call = (method: string, route: string, body: unknown, token?: string) =>
      handleEndpoints({
        config,
        payloadInstanceCacheKey: database,
        request: new Request(`http://localhost:3000/api${route}`, {
          method,
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
          body: JSON.stringify(body),
        }),
      } as Parameters<typeof handleEndpoints>[0])
    const token = ((await (await call('POST', '/users/login', { email: 'bench@thanhmien.example', password: 'Bench-mat-khau-1' })).json()) as { token: string }).token
    // `via`: Payload's update (PATCH with `_status`), or the decision's own publish endpoint.
    const publish = async (name: string, items: unknown[], number: string, via: 'patch' | 'endpoint' = 'patch') => {
      const created = await call('POST', '/procedure-announcements', {
        number, issuer: 'UBND thành phố Hải Phòng', signer: 'Chủ tịch', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: '2026-05-02T12:00:00.000Z',
        summary: 'Quyết định lớn', items, _status: 'draft',
      }, token)
      if (created.status !== 201) throw new Error(`create: HTTP ${created.status} ${(await created.text()).slice(0, 300)}`)
      const id = ((await created.json()) as { doc: { id: number } }).doc.id
      const profiler = process.env.BENCH_PROFILE ? new Session() : undefined
      if (profiler) {
        profiler.connect()
        await profiler.post('Profiler.enable')
        await profiler.post('Profiler.start')
      }
      const before = statements
      const cpu = process.cpuUsage()
      const started = performance.now()
      const reply =
        via === 'patch'
          ? await call('PATCH', `/procedure-announcements/${id}`, { _status: 'published' }, token)
          : await call('POST', `/procedure-announcements/${id}/publish`, {}, token)
      const ms = performance.now() - started
      const used = process.cpuUsage(cpu)
      if (profiler) {
        const { profile } = await profiler.post('Profiler.stop')
        writeFileSync(path.join(process.env.BENCH_PROFILE!, `decision-${index + 1}-${figures.length + 1}.cpuprofile`), JSON.stringify(profile))
        profiler.disconnect()
      }
      if (reply.status !== 200) throw new Error(`publish: HTTP ${reply.status} ${(await reply.text()).slice(0, 300)}`)
      figures.push({ name, ms, cpuMs: (used.user + used.system) / 1000, statements: statements - before })
      console.log(`FIGURE ${JSON.stringify(figures.at(-1))}`)
      console.log(`  round ${index + 1}: ${name}: ${Math.round(ms)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms), ${statements - before} statements`)
    }
    const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const before = statements
      const cpu = process.cpuUsage()
      const started = performance.now()
      const result = await work()
      const ms = performance.now() - started
      const used = process.cpuUsage(cpu)
      figures.push({ name, ms, cpuMs: (used.user + used.system) / 1000, statements: statements - before })
      console.log(`FIGURE ${JSON.stringify(figures.at(-1))}`)
      console.log(`  round ${index + 1}: ${name}: ${Math.round(ms)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms), ${statements - before} statements`)
      return result
    }
    const mixed = (created: string[], replacements: string[]) => [
      ...created.slice(0, ITEMS / 2).map((code) => ({ kind: 'amended', code, changes: 'Rút ngắn thời hạn', data: { processingTime: '02 ngày làm việc', channels: ['online'] } })),
      ...created.slice(ITEMS / 2, ITEMS / 2 + ITEMS / 5).map((code) => ({ kind: 'repealed', code })),
      ...replacements.map(newItem),
      ...created.slice(ITEMS - replacements.length - Math.round(ITEMS / 10), ITEMS - Math.round(ITEMS / 10)).map((code, n) => ({ kind: 'replaced', code, replacementCode: replacements[n] })),
    ]
    const created = codes(100000)
    await publish(`${ITEMS} new procedures (PATCH)`, created.map(newItem), `${ITEMS}/QĐ-UBND`)
    await publish(`${ITEMS} items: amended, repealed, new, replaced (PATCH)`, mixed(created, codes(300000).slice(0, Math.round(ITEMS / 10))), `${ITEMS + 1}/QĐ-UBND`)
    const createdToo = codes(600000)
    // BENCH_DECISION_ENDPOINT=0: PATCH only (a build without the endpoint, to compare).
    if (process.env.BENCH_DECISION_ENDPOINT !== '0') await publish(`${ITEMS} new procedures (POST /:id/publish)`, createdToo.map(newItem), `${ITEMS + 3}/QĐ-UBND`, 'endpoint')
    if (process.env.BENCH_DECISION_ENDPOINT !== '0') await publish(`${ITEMS} items: amended, repealed, new, replaced (POST /:id/publish)`, mixed(createdToo, codes(700000).slice(0, Math.round(ITEMS / 10))), `${ITEMS + 4}/QĐ-UBND`, 'endpoint')

    const { applyingAnnouncement } = await import('../src/requestContext.ts')
    const { applyDueItems } = await import('../src/services/applyAnnouncement.ts')
    const third = await call('POST', '/procedure-announcements', {
      number: `${ITEMS + 2}/QĐ-UBND`, issuer: 'UBND', signer: 'Chủ tịch', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: '2026-05-02T12:00:00.000Z',
      summary: 'Quyết định lớn', items: codes(500000).map(newItem), _status: 'draft',
    }, token)
    const thirdId = ((await third.json()) as { doc: { id: number } }).doc.id
    await timed(`  of which Payload's update publishing the ${ITEMS}-item decision`, () =>
      payload.update({ collection: 'procedure-announcements' as 'units', id: thirdId, data: { _status: 'published' } as never, context: applyingAnnouncement(), depth: 0 }),
    )
    await timed(`  of which applying its ${ITEMS} items (set-based)`, async () => {
      const req = await createLocalReq({ context: {} }, payload)
      await initTransaction(req)
      const result = await applyDueItems(req, config.custom.cchc, thirdId, new Date())
      await commitTransaction(req)
      if (result?.newlyApplied !== ITEMS) throw new Error(`applied ${result?.newlyApplied}, not ${ITEMS}`)
    })
  } finally {
    await payload.destroy()
    await admin(`drop database if exists "${database}" with (force)`).catch(() => {})
  }
}

if (ROUND !== undefined) {
  await round(ROUND)
  process.exit(0)
}
console.log(`\nDecision: ${ITEMS} items published and applied through REST, ${ROUNDS} rounds (fresh database each); load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
for (let index = 0; index < ROUNDS; index++) {
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, DATABASE_URL: `${server}/postgres`, BENCH_DECISION_ROUND: String(index) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
  for (const line of child.stdout.split('\n')) {
    if (line.startsWith('FIGURE ')) figures.push(JSON.parse(line.slice('FIGURE '.length)) as Figure)
    else if (line.startsWith('  round ')) console.log(line)
  }
  if (child.status !== 0) {
    await embedded?.stop()
    throw new Error(`bench: decision round ${index + 1} failed (exit ${child.status})`)
  }
}
for (const name of [...new Set(figures.map((figure) => figure.name))]) {
  const mine = figures.filter((figure) => figure.name === name)
  const times = mine.map((figure) => figure.ms).sort((a, b) => a - b)
  const cpus = mine.map((figure) => figure.cpuMs).sort((a, b) => a - b)
  console.log(
    `  ${name}: median ${Math.round(times[Math.floor(times.length / 2)]!)} ms (min ${Math.round(times[0]!)}, max ${Math.round(times.at(-1)!)}), ` +
      `Node CPU median ${Math.round(cpus[Math.floor(cpus.length / 2)]!)} ms, ${mine[0]!.statements} statements`,
  )
}
console.log(`  load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
await embedded?.stop()
process.exit(0)
