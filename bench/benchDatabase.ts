import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../host/embeddedPostgres.ts'

export type BenchDatabase = {
  /** Connection string of the bench's own database. */
  url: string
  /** Where it runs, for the report. */
  where: string
  /** Whether `statementsSoFar` counts (pg_stat_statements is loaded). */
  countsStatements: boolean
  /**
   * Statements PostgreSQL has run in this database so far (top level, utility statements such as
   * BEGIN and COMMIT included), less the bench's own reads of the counter and the jobs queue's polling.
   */
  statementsSoFar: () => Promise<number>
  query: <R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>
  stop: () => Promise<void>
}

/**
 * A fresh database for one bench run: on DATABASE_URL's server, or on an embedded PostgreSQL of its
 * own that loads pg_stat_statements (to count the statements each request costs) and is removed
 * when the run ends.
 */
export const openBenchDatabase = async (): Promise<BenchDatabase> => {
  const name = `cchc_bench_${randomBytes(4).toString('hex')}`
  let serverUrl: string
  let stopServer = async () => {}
  let where: string
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL.replace(/\/[^/]*$/, '')
    where = `${new URL(process.env.DATABASE_URL).host} (DATABASE_URL)`
  } else {
    const dataParent = mkdtempSync(path.join(tmpdir(), 'cchc-bench-'))
    const dataDir = path.join(dataParent, 'pg')
    const port = 56400 + Math.floor(Math.random() * 400)
    // The library is loaded at start-up only: start once to create the cluster, set it, start again.
    const first = await startEmbeddedPostgres({ dataDir, persistent: true, port })
    const setup = new pg.Client({ connectionString: first.urlFor('postgres') })
    await setup.connect()
    await setup.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`)
    await setup.query(`alter system set pg_stat_statements.max = 10000`)
    await setup.end()
    await first.stop()
    const embedded = await startEmbeddedPostgres({ dataDir, persistent: true, port })
    serverUrl = embedded.urlFor('').replace(/\/$/, '')
    where = `embedded PostgreSQL 17 on 127.0.0.1:${port}`
    stopServer = async () => {
      await embedded.stop()
      rmSync(dataParent, { recursive: true, force: true })
    }
  }

  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  await admin.end()
  const url = `${serverUrl}/${name}`
  const pool = new pg.Pool({ connectionString: url, max: 2 })

  let countsStatements = false
  try {
    await pool.query('create extension if not exists pg_stat_statements')
    await pool.query('select pg_stat_statements_reset()')
    countsStatements = true
  } catch {
    // Not loaded on DATABASE_URL's server: the table says n/a.
  }

  return {
    url,
    where,
    countsStatements,
    statementsSoFar: async () => {
      if (!countsStatements) return Number.NaN
      const { rows } = await pool.query<{ calls: string | null }>(
        `select sum(calls) as calls from pg_stat_statements
          where dbid = (select oid from pg_database where datname = current_database())
            and query not ilike '%pg_stat_statements%' and query not ilike '%payload_jobs%'`,
      )
      return Number(rows[0]?.calls ?? 0)
    },
    query: (text, values) => pool.query(text, values as never[]),
    stop: async () => {
      await pool.end()
      if (process.env.DATABASE_URL) {
        const cleanup = new pg.Client({ connectionString: `${serverUrl}/postgres` })
        await cleanup.connect()
        await cleanup.query(`drop database if exists "${name}" with (force)`)
        await cleanup.end()
      }
      await stopServer()
    },
  }
}
