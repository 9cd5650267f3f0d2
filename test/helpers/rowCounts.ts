import type { TestApp } from './boot.ts'

type Pool = { query: (text: string) => Promise<{ rows: { name: string; rows: string }[] }> }

// Not data a request could have written: counters of requests (rate limits), and the jobs queue,
// which Payload's scheduler fills by the clock (the hourly tasks) whatever the requests do.
const notData = /rate_limits|^payload_jobs/

/** The number of rows of every table of the app's database, by table. */
export const rowCounts = async (app: TestApp): Promise<Record<string, number>> => {
  const pool = (app.payload.db as unknown as { pool: Pool }).pool
  const tables = await pool.query(`select tablename as name, '' as rows from pg_tables where schemaname = current_schema()`)
  const names = tables.rows.map((row) => row.name).filter((name) => !notData.test(name))
  const counts = await pool.query(names.map((name) => `select '${name}' as name, count(*)::text as rows from "${name}"`).join(' union all '))
  return Object.fromEntries(counts.rows.map((row) => [row.name, Number(row.rows)]))
}
