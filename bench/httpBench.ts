import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BenchOptions } from './benchOptions.ts'

import { type BenchCase, benchCases } from './benchCases.ts'
import { openBenchDatabase } from './benchDatabase.ts'
import { type LoadSample, loadRun } from './loadRun.ts'
import { jsonDifferences } from './jsonDifferences.ts'
import { ensureProductionBuild } from './productionBuild.ts'
import { type BenchServer, freePort, startProject, startServer } from './productionServer.ts'
import { printTable, type Row } from './benchTable.ts'
import { compareInstances } from './instancesBench.ts'
import { seedAtScale } from './seedAtScale.ts'

type Target = { key: 'project' | 'raw' | 'uncached'; label: string; server: BenchServer }

const machineLoad = () => os.loadavg().map((value) => value.toFixed(2)).join(' ')
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The main part of `npm run bench`: the production build on a seeded database, measured with
 * autocannon against the raw-SQL twin (and, with --uncached, the project started with CCHC_CACHE=off),
 * interleaved in rounds; prints one table and writes the figures as JSON.
 */
export const runHttpBench = async (options: BenchOptions, root: string): Promise<void> => {
  const startedAt = new Date()
  const cleanups: Array<() => Promise<void>> = []
  const cleanup = async () => {
    while (cleanups.length > 0) await cleanups.pop()!().catch((error: Error) => console.error(`bench: cleanup: ${error.message}`))
  }
  const interrupted = () => void cleanup().then(() => process.exit(130))
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  const say = (message: string) => console.log(`bench: ${message}`)

  try {
    say(`scale ${options.scale}: ${options.publishedPosts} published + ${options.draftPosts} draft posts, ${options.procedures} procedures; load average ${machineLoad()} on ${os.cpus().length} cores`)
    const build = ensureProductionBuild(root)
    say(build)

    const db = await openBenchDatabase()
    cleanups.push(db.stop)
    say(`database: ${db.where}${db.countsStatements ? ', pg_stat_statements loaded' : ', without pg_stat_statements: statements per request are n/a'}`)
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-run-'))
    cleanups.push(async () => rmSync(scratch, { recursive: true, force: true }))
    const mediaDir = path.join(scratch, 'media')
    const logDir = path.join(scratch, 'logs')
    mkdirSync(logDir)

    const migrate = spawnSync('npm', ['run', 'migrate'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: db.url, PAYLOAD_SECRET: randomBytes(32).toString('hex') },
      encoding: 'utf8',
    })
    if (migrate.status !== 0) throw new Error(`npm run migrate failed:\n${migrate.stdout}\n${migrate.stderr}`)
    say('migrations applied')

    // Seed through one production server, then start afresh: nothing of the seeding stays in memory.
    const seedStart = performance.now()
    const seeder = await startProject({ name: 'project-seeding', root, databaseUrl: db.url, mediaDir, logDir })
    cleanups.push(seeder.stop)
    const seeded = await seedAtScale({ baseUrl: seeder.url, db, publishedPosts: options.publishedPosts, draftPosts: options.draftPosts, procedures: options.procedures })
    await seeder.stop()
    const seedSeconds = (performance.now() - seedStart) / 1000
    say(
      `seeded in ${seedSeconds.toFixed(0)} s (templates over REST ${seeded.restSeconds.toFixed(1)} s, bulk SQL ${seeded.sqlSeconds.toFixed(1)} s, ANALYZE ${seeded.analyzeSeconds.toFixed(1)} s): ` +
        Object.entries(seeded.counts).map(([name, count]) => `${name} ${count}`).join(', '),
    )

    if (options.instances === 2) {
      await compareInstances({ options, root, databaseUrl: db.url, seeded, mediaDir, logDir, cleanups, say, startedAt, where: db.where })
      return
    }

    const project = await startProject({ name: 'project', root, databaseUrl: db.url, mediaDir, logDir })
    cleanups.push(project.stop)
    const targets: Target[] = [{ key: 'project', label: 'project', server: project }]
    const twinPort = await freePort()
    const twin = await startServer({
      name: 'raw-sql-twin',
      command: path.join(root, 'node_modules', '.bin', 'tsx'),
      args: [path.join(root, 'bench', 'twin', 'twinServer.ts')],
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: db.url, PORT: String(twinPort), PUBLIC_URL: project.url },
      port: twinPort,
      readyPath: '/api/procedures/search?q=ab',
      logFile: path.join(logDir, 'raw-sql-twin.log'),
    })
    cleanups.push(twin.stop)
    targets.push({ key: 'raw', label: 'raw SQL', server: twin })
    if (options.uncached) {
      const uncached = await startProject({ name: 'project-uncached', root, databaseUrl: db.url, mediaDir, logDir, extraEnv: { CCHC_CACHE: 'off' } })
      cleanups.push(uncached.stop)
      targets.push({ key: 'uncached', label: 'project, CCHC_CACHE=off', server: uncached })
    }
    const fresh = Object.fromEntries(targets.map((target) => [target.key, target.server.rssMB()]))

    // Cases the project does not answer yet are listed, not measured.
    const cases: Array<BenchCase & { list: string[] }> = []
    const skipped: string[] = []
    for (const benchCase of benchCases) {
      const list = benchCase.paths(seeded)
      if (benchCase.probe) {
        const response = await fetch(`${project.url}${list[0]}`, { method: benchCase.method, headers: benchCase.headers?.() })
        await response.arrayBuffer()
        if (response.status === 404 || response.status === 405) {
          skipped.push(`${benchCase.name}: ${benchCase.probe} (${benchCase.method} ${list[0]} answers ${response.status})`)
          continue
        }
      }
      cases.push({ ...benchCase, list })
    }

    // The twin must answer what the project answers, or its figures mean nothing.
    const failures: string[] = []
    for (const benchCase of cases.filter((c) => c.twin)) {
      for (const requestPath of benchCase.list) {
        const [expected, actual] = await Promise.all(
          [project, twin].map(async (server) => {
            const response = await fetch(`${server.url}${requestPath}`, { method: benchCase.method, headers: benchCase.headers?.() })
            const text = await response.text()
            return { status: response.status, body: benchCase.compare === 'json' ? JSON.parse(text) : undefined }
          }),
        )
        const differences =
          expected!.status !== actual!.status
            ? [`status: project ${expected!.status}, twin ${actual!.status}`]
            : benchCase.compare === 'json'
              ? jsonDifferences(expected!.body, actual!.body)
              : []
        if (differences.length > 0) failures.push(`${benchCase.name}: ${benchCase.method} ${requestPath}\n    ${differences.join('\n    ')}`)
      }
    }
    if (failures.length > 0) {
      console.error(`\nbench: THE RAW-SQL TWIN DOES NOT ANSWER WHAT THE PROJECT ANSWERS (${failures.length} request(s)); fix bench/twin/ first:\n`)
      console.error(failures.slice(0, 10).join('\n'))
      throw new Error('the twin differs from the project')
    }
    say(`the twin answers the same JSON as the project (key order included) for ${cases.filter((c) => c.twin).reduce((n, c) => n + c.list.length, 0)} requests`)

    const targetsOf = (benchCase: BenchCase) => targets.filter((target) => target.key !== 'raw' || benchCase.twin)

    // Statements and bytes per request, one request at a time (exact: nothing else runs meanwhile).
    const perRequest = new Map<string, { statements: number; kB: number }>()
    for (const benchCase of cases) {
      for (const target of targetsOf(benchCase)) {
        const count = Math.max(20, benchCase.list.length)
        const before = await db.statementsSoFar()
        let bytes = 0
        for (let i = 0; i < count; i++) {
          const response = await fetch(`${target.server.url}${benchCase.list[i % benchCase.list.length]}`, { method: benchCase.method, headers: benchCase.headers?.() })
          bytes += (await response.arrayBuffer()).byteLength
        }
        const after = await db.statementsSoFar()
        perRequest.set(`${benchCase.key}/${target.key}`, { statements: (after - before) / count, kB: bytes / count / 1024 })
      }
    }

    say(`warming up (${options.warmupSeconds} s per case and server)`)
    for (const benchCase of cases) {
      for (const target of targetsOf(benchCase)) {
        await loadRun({ url: target.server.url, method: benchCase.method, paths: benchCase.list, connections: 10, seconds: options.warmupSeconds, headers: benchCase.headers })
      }
    }
    const warm = Object.fromEntries(targets.map((target) => [target.key, target.server.rssMB()]))

    const loadBefore = machineLoad()
    const samples = new Map<string, LoadSample[]>()
    const runs = options.rounds * cases.reduce((n, c) => n + options.connections.length * targetsOf(c).length, 0)
    say(`${options.rounds} rounds, ${runs} runs of ${options.durationSeconds} s (about ${Math.ceil((runs * (options.durationSeconds + 1.5)) / 60)} min); load average ${loadBefore}`)
    for (let round = 1; round <= options.rounds; round++) {
      for (const benchCase of cases) {
        for (const connections of options.connections) {
          // Each round starts with another server, so that none always runs first.
          const order = targetsOf(benchCase)
          const rotated = [...order.slice((round - 1) % order.length), ...order.slice(0, (round - 1) % order.length)]
          for (const target of rotated) {
            const sample = await loadRun({ url: target.server.url, method: benchCase.method, paths: benchCase.list, connections, seconds: options.durationSeconds, headers: benchCase.headers })
            const key = `${benchCase.key}/${connections}/${target.key}`
            samples.set(key, [...(samples.get(key) ?? []), { round, ...sample, rssMB: target.server.rssMB() }])
            // Requests still in flight when autocannon stops are left to finish before the next run.
            await pause(Math.min(10_000, Math.max(1_000, sample.p99Ms)))
          }
        }
      }
      say(`round ${round}/${options.rounds} done; load average ${machineLoad()}`)
    }
    const loadAfter = machineLoad()
    const after = Object.fromEntries(targets.map((target) => [target.key, target.server.rssMB()]))

    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
    const rows: Row[] = []
    for (const benchCase of cases) {
      for (const connections of options.connections) {
        const raw = samples.get(`${benchCase.key}/${connections}/raw`)
        for (const target of targetsOf(benchCase)) {
          const own = samples.get(`${benchCase.key}/${connections}/${target.key}`)!
          // Ratios within a round: both servers ran minutes apart, under the same machine noise.
          const ratios =
            target.key === 'raw' || !raw ? [] : own.map((sample) => sample.requestsPerSecond / raw.find((other) => other.round === sample.round)!.requestsPerSecond)
          rows.push({
            caseKey: benchCase.key,
            case: benchCase.name,
            connections,
            target: target.key,
            server: target.label,
            requestsPerSecond: mean(own.map((s) => s.requestsPerSecond)),
            p50Ms: mean(own.map((s) => s.p50Ms)),
            p99Ms: mean(own.map((s) => s.p99Ms)),
            errors: own.reduce((n, s) => n + s.errors, 0),
            non2xx: own.reduce((n, s) => n + s.non2xx, 0),
            statementsPerRequest: perRequest.get(`${benchCase.key}/${target.key}`)!.statements,
            kBPerResponse: perRequest.get(`${benchCase.key}/${target.key}`)!.kB,
            rssMB: Math.max(...own.map((s) => s.rssMB)),
            ratioToRaw: ratios.length ? { mean: mean(ratios), min: Math.min(...ratios), max: Math.max(...ratios) } : null,
            rounds: own,
          })
        }
      }
    }

    const memory = targets.map((target) => ({ server: target.label, freshMB: fresh[target.key]!, warmMB: warm[target.key]!, afterMB: after[target.key]! }))
    printTable({
      title: `scale ${options.scale} (${seeded.counts.publishedPosts} published + ${seeded.counts.draftPosts} draft posts, ${seeded.counts.publishedProcedures} published procedures), ${options.rounds} rounds of ${options.durationSeconds} s per run, ${os.cpus().length} cores, load average ${loadBefore} before and ${loadAfter} after`,
      rows,
      memory,
      skipped,
    })

    const out = options.out ?? path.join(root, '.data', 'bench', `http-scale${options.scale}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`)
    mkdirSync(path.dirname(out), { recursive: true })
    writeFileSync(
      out,
      `${JSON.stringify(
        {
          startedAt: startedAt.toISOString(),
          finishedAt: new Date().toISOString(),
          options,
          machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, node: process.version },
          build,
          database: db.where,
          seeded: { ...seeded, publishedSlugs: undefined, publishedPostIds: undefined, draftSlugs: undefined, seconds: seedSeconds },
          skipped,
          memory,
          rows,
        },
        null,
        2,
      )}\n`,
    )
    say(`figures written to ${path.relative(root, out)}`)
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
    await cleanup()
  }
}
