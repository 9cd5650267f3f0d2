import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BenchOptions } from './benchOptions.ts'
import type { SeededData } from './seedAtScale.ts'

import { type BenchCase, benchCases } from './benchCases.ts'
import { type LoadSample, loadRun } from './loadRun.ts'
import { type BenchServer, freePort, startProject, startServer } from './productionServer.ts'

const machineLoad = () => os.loadavg().map((value) => value.toFixed(2)).join(' ')
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

export type InstancesRow = {
  caseKey: string
  case: string
  connections: number
  one: { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }
  two: { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }
  /** Two instances' req/s over one's, round by round. */
  ratio: { mean: number; min: number; max: number }
  rounds: { one: LoadSample[]; two: LoadSample[] }
}

const summary = (samples: LoadSample[]) => ({
  requestsPerSecond: mean(samples.map((s) => s.requestsPerSecond)),
  p50Ms: mean(samples.map((s) => s.p50Ms)),
  p99Ms: mean(samples.map((s) => s.p99Ms)),
  errors: samples.reduce((n, s) => n + s.errors, 0),
  non2xx: samples.reduce((n, s) => n + s.non2xx, 0),
})

/**
 * `npm run bench -- --instances=2`: two production servers (`npm start`) on the seeded database and one
 * media folder, behind a round-robin balancer (bench/balancer.ts, `http-proxy`), against one of them
 * behind the same balancer (so both sides pay the same hop), each case at c=50 (`--connections`), in
 * rounds that alternate which side runs first. Prints req/s and p50/p99 side by side with the ratio
 * two/one, and the load average before, during and after; writes the figures as JSON.
 */
export const compareInstances = async ({
  options,
  root,
  databaseUrl,
  seeded,
  mediaDir,
  logDir,
  cleanups,
  say,
  startedAt,
  where,
}: {
  options: BenchOptions
  root: string
  databaseUrl: string
  seeded: SeededData
  mediaDir: string
  logDir: string
  cleanups: Array<() => Promise<void>>
  say: (message: string) => void
  startedAt: Date
  where: string
}): Promise<void> => {
  // One secret for both: a session made through one is good on the other, as behind a real balancer.
  const extraEnv = { PAYLOAD_SECRET: randomBytes(32).toString('hex') }
  const first = await startProject({ name: 'project-a', root, databaseUrl, mediaDir, logDir, extraEnv })
  cleanups.push(first.stop)
  const second = await startProject({ name: 'project-b', root, databaseUrl, mediaDir, logDir, extraEnv })
  cleanups.push(second.stop)
  const balancer = async (name: string, targets: BenchServer[]) => {
    const port = await freePort()
    const server = await startServer({
      name,
      command: path.join(root, 'node_modules', '.bin', 'tsx'),
      args: [path.join(root, 'bench', 'balancer.ts')],
      cwd: root,
      env: { ...process.env, PORT: String(port), BALANCER_TARGETS: targets.map((target) => target.url).join(',') },
      port,
      readyPath: '/api/cchc/health',
      logFile: path.join(logDir, `${name}.log`),
    })
    cleanups.push(server.stop)
    return server
  }
  const sides = [
    { key: 'one' as const, server: await balancer('balancer-one', [first]) },
    { key: 'two' as const, server: await balancer('balancer-two', [first, second]) },
  ]
  say(`two instances (${first.url}, ${second.url}) on one database; balancers: one instance ${sides[0]!.server.url}, both ${sides[1]!.server.url}`)

  // Cases the project does not answer yet are listed, not measured (as in the main part).
  const cases: Array<BenchCase & { list: string[] }> = []
  const skipped: string[] = []
  for (const benchCase of benchCases) {
    const list = benchCase.paths(seeded)
    if (benchCase.probe) {
      const response = await fetch(`${first.url}${list[0]}`, { method: benchCase.method, headers: benchCase.headers?.() })
      await response.arrayBuffer()
      if (response.status === 404 || response.status === 405) {
        skipped.push(`${benchCase.name}: ${benchCase.probe}`)
        continue
      }
    }
    cases.push({ ...benchCase, list })
  }

  say(`warming up (${options.warmupSeconds} s per case, both instances through the two-instance balancer)`)
  for (const benchCase of cases) {
    await loadRun({ url: sides[1]!.server.url, method: benchCase.method, paths: benchCase.list, connections: 10, seconds: options.warmupSeconds, headers: benchCase.headers })
  }

  const connections = options.instanceConnections
  const loads: string[] = []
  const loadBefore = machineLoad()
  const samples = new Map<string, LoadSample[]>()
  const runs = options.rounds * cases.length * connections.length * 2
  say(`${options.rounds} rounds, ${runs} runs of ${options.durationSeconds} s at c=${connections.join(', c=')} (about ${Math.ceil((runs * (options.durationSeconds + 1.5)) / 60)} min); load average ${loadBefore}`)
  for (let round = 1; round <= options.rounds; round++) {
    for (const benchCase of cases) {
      for (const c of connections) {
        const order = round % 2 === 1 ? sides : [...sides].reverse()
        for (const side of order) {
          const sample = await loadRun({ url: side.server.url, method: benchCase.method, paths: benchCase.list, connections: c, seconds: options.durationSeconds, headers: benchCase.headers })
          loads.push(machineLoad())
          const key = `${benchCase.key}/${c}/${side.key}`
          samples.set(key, [...(samples.get(key) ?? []), { round, ...sample, rssMB: Math.max(first.rssMB(), side.key === 'two' ? second.rssMB() : 0) }])
          await pause(Math.min(10_000, Math.max(1_000, sample.p99Ms)))
        }
      }
    }
    say(`round ${round}/${options.rounds} done; load average ${machineLoad()}`)
  }
  const loadAfter = machineLoad()

  const rows: InstancesRow[] = []
  for (const benchCase of cases) {
    for (const c of connections) {
      const one = samples.get(`${benchCase.key}/${c}/one`)!
      const two = samples.get(`${benchCase.key}/${c}/two`)!
      const ratios = two.map((sample) => sample.requestsPerSecond / one.find((other) => other.round === sample.round)!.requestsPerSecond)
      rows.push({
        caseKey: benchCase.key,
        case: benchCase.name,
        connections: c,
        one: summary(one),
        two: summary(two),
        ratio: { mean: mean(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
        rounds: { one, two },
      })
    }
  }

  const columns = [
    { head: 'case', width: 32, left: true },
    { head: 'c', width: 3 },
    { head: 'one req/s', width: 9 },
    { head: 'two req/s', width: 9 },
    { head: 'two/one (min-max)', width: 17, left: true },
    { head: 'one p50/p99 ms', width: 15 },
    { head: 'two p50/p99 ms', width: 15 },
    { head: 'err/non2xx 1|2', width: 14 },
  ]
  const line = (cells: string[]) =>
    cells.map((cell, i) => (columns[i]!.left ? cell.padEnd(columns[i]!.width) : cell.padStart(columns[i]!.width))).join('  ').trimEnd()
  const cpus = os.cpus().length
  console.log(
    `\nOne instance against two on one database, both behind the same round-robin balancer: scale ${options.scale} (${seeded.counts.publishedPosts} published posts, ${seeded.counts.publishedProcedures} published procedures), ` +
      `${options.rounds} rounds of ${options.durationSeconds} s per run, ${cpus} cores, load average ${loadBefore} before, ${loadAfter} after\n`,
  )
  console.log(line(columns.map((column) => column.head)))
  for (const row of rows) {
    console.log(
      line([
        row.case,
        String(row.connections),
        fixed(row.one.requestsPerSecond, 1),
        fixed(row.two.requestsPerSecond, 1),
        `${fixed(row.ratio.mean, 2)} (${fixed(row.ratio.min, 2)}-${fixed(row.ratio.max, 2)})`,
        `${fixed(row.one.p50Ms, 0)}/${fixed(row.one.p99Ms, 0)}`,
        `${fixed(row.two.p50Ms, 0)}/${fixed(row.two.p99Ms, 0)}`,
        `${row.one.errors}/${row.one.non2xx}|${row.two.errors}/${row.two.non2xx}`,
      ]),
    )
  }
  for (const reason of skipped) console.log(`Not measured: ${reason}`)
  console.log(
    `Load average (1, 5, 15 min) after each run: ${loads.map((load) => load.split(' ')[0]).join(', ')}.\n` +
      'two/one: req/s of the two instances over one in the same round, mean (lowest-highest). Every process (both servers, the balancers,\n' +
      `autocannon, PostgreSQL) shares this machine's ${cpus} cores: two instances can only do better than one where one leaves cores idle.`,
  )

  const out = options.out ?? path.join(root, '.data', 'bench', `instances-scale${options.scale}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`)
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        options,
        machine: { cores: cpus, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, loadAverageAfterEachRun: loads, node: process.version },
        database: where,
        skipped,
        rows,
      },
      null,
      2,
    )}\n`,
  )
  say(`figures written to ${path.relative(root, out)}`)
}
