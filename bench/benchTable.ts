import type { LoadSample } from './loadRun.ts'

/** One line of the table: one case, at one concurrency, on one server, over every round. */
export type Row = {
  caseKey: string
  case: string
  connections: number
  target: 'project' | 'raw' | 'uncached'
  server: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  non2xx: number
  statementsPerRequest: number
  kBPerResponse: number
  rssMB: number
  /** This server's req/s over the twin's, round by round (null for the twin). */
  ratioToRaw: { mean: number; min: number; max: number } | null
  rounds: LoadSample[]
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

export const printTable = ({
  title,
  rows,
  memory,
  skipped,
}: {
  title: string
  rows: Row[]
  memory: Array<{ server: string; freshMB: number; warmMB: number; afterMB: number }>
  skipped: string[]
}) => {
  const columns = [
    { head: 'case', width: 32, left: true },
    { head: 'c', width: 3 },
    { head: 'server', width: 24, left: true },
    { head: 'req/s', width: 8 },
    { head: 'p50 ms', width: 8 },
    { head: 'p99 ms', width: 8 },
    { head: 'err/non2xx', width: 10 },
    { head: 'SQL/req', width: 7 },
    { head: 'kB/resp', width: 7 },
    { head: 'RSS MB', width: 6 },
    { head: 'vs raw SQL (min-max)', width: 20, left: true },
  ]
  const line = (cells: string[]) =>
    cells.map((cell, i) => (columns[i]!.left ? cell.padEnd(columns[i]!.width) : cell.padStart(columns[i]!.width))).join('  ').trimEnd()
  console.log(`\nPublic reads, production build against the raw-SQL twin: ${title}\n`)
  console.log(line(columns.map((column) => column.head)))
  let previous = ''
  for (const row of rows) {
    const group = `${row.case}/${row.connections}`
    if (previous && row.caseKey !== previous.split('|')[0]) console.log('')
    console.log(
      line([
        group === previous.split('|')[1] ? '' : row.case,
        String(row.connections),
        row.server,
        fixed(row.requestsPerSecond, 1),
        fixed(row.p50Ms, 0),
        fixed(row.p99Ms, 0),
        `${row.errors}/${row.non2xx}`,
        fixed(row.statementsPerRequest, 1),
        fixed(row.kBPerResponse, 1),
        fixed(row.rssMB, 0),
        row.ratioToRaw ? `${row.ratioToRaw.mean.toFixed(2)} (${row.ratioToRaw.min.toFixed(2)}-${row.ratioToRaw.max.toFixed(2)})` : '',
      ]),
    )
    previous = `${row.caseKey}|${group}`
  }
  console.log('\nServer memory (RSS of the listening process, MB): ' + memory.map((m) => `${m.server} ${m.freshMB.toFixed(0)} started, ${m.warmMB.toFixed(0)} warmed up, ${m.afterMB.toFixed(0)} after the load`).join('; '))
  for (const reason of skipped) console.log(`Not measured: ${reason}`)
  console.log(
    'req/s: responses per second over each run, mean of the rounds; p50/p99: latency, mean of the rounds; err/non2xx: connection errors and timeouts / answers other than 2xx, summed;\n' +
      'SQL/req: statements PostgreSQL ran per request (pg_stat_statements, one request at a time); kB/resp: response body; RSS MB: highest after a run;\n' +
      'vs raw SQL: req/s over the twin’s in the same round, mean (lowest-highest).',
  )
}
