/**
 * What answering cache hits before Next.js saves (host/server.ts): the production build started
 * twice on one fresh database, with the fast path (default) and with CCHC_FAST_PATH=off (every
 * request through Next.js's routing, cache hits included), measured in interleaved rounds with
 * autocannon on:
 *
 * - `/api/cchc/health`: the cheapest route handler there is, no database: Next.js's per-request floor;
 * - a topic list and a unit list as anonymous reads that the app's cache holds (hits).
 *
 *   BENCH_DATABASE_SERVER=postgres://postgres@127.0.0.1:5432 tsx bench/fastPath.ts [--duration=10] [--rounds=3] [--connections=10]
 *
 * Needs `npm run build`. Ports FAST_PATH_PORTS (default 4135,4136).
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { loadRun } from './loadRun.ts'
import { type BenchServer, startServer } from './productionServer.ts'

const root = path.resolve(import.meta.dirname, '..')
const argument = (name: string, fallback: number) => {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`))
  return found ? Number(found.slice(name.length + 3)) : fallback
}
const seconds = argument('duration', 10)
const rounds = argument('rounds', 3)
const connections = argument('connections', 10)
const server = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432'
const [portOn, portOff] = (process.env.FAST_PATH_PORTS ?? '4135,4136').split(',').map(Number) as [number, number]

const database = `cchc_fastpath_${randomBytes(4).toString('hex')}`
const admin = new pg.Client({ connectionString: `${server}/postgres` })
await admin.connect()
await admin.query(`create database "${database}"`)
const logDir = mkdtempSync(path.join(tmpdir(), 'cchc-fastpath-'))
const mediaDir = mkdtempSync(path.join(tmpdir(), 'cchc-fastpath-media-'))
const secret = randomBytes(32).toString('hex')

const start = (name: string, port: number, extraEnv: Record<string, string> = {}) =>
  startServer({
    name,
    command: process.execPath,
    args: ['--import', 'tsx', 'host/withDatabase.ts', 'start'],
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: `${server}/${database}`,
      PAYLOAD_SECRET: secret,
      PORT: String(port),
      SERVER_URL: `http://127.0.0.1:${port}`,
      MEDIA_DIR: mediaDir,
      // Request logs to a file are part of the cost in production; kept on.
      ...extraEnv,
    },
    port,
    readyPath: '/api/cchc/health',
    logFile: path.join(logDir, `${name}.log`),
  })

const servers: BenchServer[] = []
try {
  // One after the other: the first runs the migrations.
  servers.push(await start('fast path', portOn))
  servers.push(await start('through Next.js', portOff, { CCHC_FAST_PATH: 'off' }))
  const cases = [
    { name: 'health (Next.js floor, no database)', paths: ['/api/cchc/health'] },
    { name: 'topics list, cached', paths: ['/api/cchc-topics?limit=12&depth=1'] },
    { name: 'units list, cached', paths: ['/api/units?limit=10&depth=0'] },
  ]
  const results = new Map<string, { rps: number[]; p50: number[]; p99: number[]; errors: number }>()
  for (let round = 0; round < rounds; round++) {
    for (const target of round % 2 === 0 ? servers : [...servers].reverse()) {
      for (const test of cases) {
        // Warm: the first request fills the cache.
        for (const p of test.paths) await (await fetch(`${target.url}${p}`)).arrayBuffer()
        const sample = await loadRun({ url: target.url, method: 'GET', paths: test.paths, connections, seconds })
        const key = `${test.name} | ${target.name}`
        const entry = results.get(key) ?? { rps: [], p50: [], p99: [], errors: 0 }
        entry.rps.push(sample.requestsPerSecond)
        entry.p50.push(sample.p50Ms)
        entry.p99.push(sample.p99Ms)
        entry.errors += sample.errors + sample.non2xx
        results.set(key, entry)
      }
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  console.log(`\nfast path vs Next.js, c=${connections}, ${rounds} rounds of ${seconds} s (median of rounds)\n`)
  console.log('| request | server | req/s | p50 ms | p99 ms | errors |')
  console.log('|---|---|---|---|---|---|')
  for (const [key, entry] of results) {
    const [request, target] = key.split(' | ')
    console.log(`| ${request} | ${target} | ${median(entry.rps).toFixed(0)} | ${median(entry.p50)} | ${median(entry.p99)} | ${entry.errors} |`)
  }
  console.log(`\nlogs: ${logDir}`)
} finally {
  for (const one of servers) await one.stop()
  await admin.query(`drop database if exists "${database}" with (force)`)
  await admin.end()
}
process.exit(0)
