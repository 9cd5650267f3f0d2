/**
 * What `npm run bench` measures and how long, from its arguments and the environment:
 *
 *   npm run bench                          small: 1,000 published + 200 draft posts (about 5 minutes with the in-process part)
 *   npm run bench -- --scale=10000         the size: 10,000 + 2,000 posts, 2,000 procedures
 *   BENCH_SCALE=10000 npm run bench        the same (`npm run bench --scale=10000` too: npm passes it as npm_config_scale)
 *
 * Other switches (argument or variable): --rounds / BENCH_ROUNDS, --duration / BENCH_DURATION (seconds
 * per autocannon run), --warmup / BENCH_WARMUP, --uncached / BENCH_UNCACHED=1 (a third target: the
 * project started with CCHC_CACHE=off), --part=http|in-process|decision / BENCH_PART (decision: only bench/bigDecision.ts), --out=<file.json> / BENCH_OUT.
 *
 *   npm run bench -- --instances=2         instead: one production server against two on one database, both
 *                                          behind a round-robin balancer, at c=50 (--connections=10,50 / BENCH_CONNECTIONS
 *                                          for more); bench/instancesBench.ts. Only that: no twin, no in-process part.
 */
export type BenchOptions = {
  scale: number
  publishedPosts: number
  draftPosts: number
  procedures: number
  rounds: number
  durationSeconds: number
  warmupSeconds: number
  connections: number[]
  uncached: boolean
  part: 'all' | 'decision' | 'http' | 'in-process'
  out: string | undefined
  /** 2: compare one instance with two behind a balancer (bench/instancesBench.ts) instead of the usual run. */
  instances: 1 | 2
  /** The concurrencies of that comparison. */
  instanceConnections: number[]
}

const argument = (argv: string[], name: string): string | undefined => {
  const prefix = `--${name}=`
  const found = argv.find((arg) => arg === `--${name}` || arg.startsWith(prefix))
  if (found === undefined) return undefined
  return found === `--${name}` ? 'true' : found.slice(prefix.length)
}

const whole = (name: string, value: string | undefined, fallback: number, min = 1): number => {
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new Error(`bench: ${name} must be a whole number >= ${min}, not "${value}"`)
  return number
}

const yes = (value: string | undefined) => value !== undefined && value !== '' && value !== '0' && value !== 'false'

export const benchOptions = (argv: string[] = process.argv.slice(2), env: Record<string, string | undefined> = process.env): BenchOptions => {
  const pick = (name: string, variable: string) => argument(argv, name) ?? env[variable] ?? env[`npm_config_${name}`]
  const scale = whole('scale', pick('scale', 'BENCH_SCALE'), 1_000, 10)
  // The figures are at 10,000: longer runs there, so that one slow second weighs less.
  const big = scale >= 10_000
  const part = pick('part', 'BENCH_PART') ?? 'all'
  if (part !== 'all' && part !== 'decision' && part !== 'http' && part !== 'in-process') throw new Error(`bench: --part is all, http, in-process or decision, not "${part}"`)
  const instances = whole('instances', pick('instances', 'BENCH_INSTANCES'), 1)
  if (instances > 2) throw new Error(`bench: --instances is 1 or 2, not ${instances}`)
  const connectionsList = pick('connections', 'BENCH_CONNECTIONS')
  const instanceConnections = connectionsList ? connectionsList.split(',').map((value) => whole('connections', value.trim(), 50)) : [50]
  return {
    scale,
    publishedPosts: scale,
    draftPosts: Math.round(scale / 5),
    // 2,000 procedures at 10,000 posts (a province's list and then some), proportionally fewer below.
    procedures: Math.max(50, Math.round(scale / 5)),
    rounds: whole('rounds', pick('rounds', 'BENCH_ROUNDS'), big ? 3 : 2),
    durationSeconds: whole('duration', pick('duration', 'BENCH_DURATION'), big ? 10 : 3),
    warmupSeconds: whole('warmup', pick('warmup', 'BENCH_WARMUP'), 3),
    connections: [10, 50],
    uncached: yes(pick('uncached', 'BENCH_UNCACHED')),
    part,
    out: pick('out', 'BENCH_OUT'),
    instances: instances as 1 | 2,
    instanceConnections,
  }
}
