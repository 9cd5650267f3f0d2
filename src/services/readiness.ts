import type { Payload } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { postgresAdapter } from '../db/postgresAdapter.ts'
import { type MigrationState, migrationState } from '../lib/readiness.ts'

export type Readiness = {
  ok: boolean
  database: { ok: boolean; ms: number; error?: string }
  migrations: MigrationState | { ok: false; error: string }
  jobs: { ok: boolean; overdue: number; stuck: number } | { ok: false; error: string }
}

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)
    work.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })

type Pool = { query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Whether this instance can serve: the database answers in time, it runs every migration the host
 * ships, and the jobs queue moves (no job left waiting, or running, well past its time). Three
 * small queries, no personal data.
 */
export const checkReadiness = async (payload: Payload, options: ResolvedOptions, now: Date): Promise<Readiness> => {
  const adapter = postgresAdapter<{ pool: Pool; prodMigrations: { name: string }[] }>(payload)
  const pool = adapter.pool
  const { databaseTimeoutMs, jobsLateAfterMinutes } = options.health
  const started = performance.now()
  if (!pool) return { ok: false, database: { ok: false, ms: 0, error: 'no PostgreSQL pool' }, migrations: { ok: false, error: 'not checked' }, jobs: { ok: false, error: 'not checked' } }
  try {
    await withTimeout(pool.query('select 1'), databaseTimeoutMs)
  } catch (error) {
    const ms = Math.round(performance.now() - started)
    return { ok: false, database: { ok: false, ms, error: (error as Error).message }, migrations: { ok: false, error: 'not checked' }, jobs: { ok: false, error: 'not checked' } }
  }
  const database = { ok: true, ms: Math.round(performance.now() - started) }

  let migrations: Readiness['migrations']
  try {
    const { rows } = await withTimeout(pool.query('select name, batch from payload_migrations'), databaseTimeoutMs)
    migrations = migrationState(adapter.prodMigrations?.map((migration) => migration.name), rows as { name: string; batch: string }[])
  } catch (error) {
    migrations = { ok: false, error: (error as Error).message }
  }

  let jobs: Readiness['jobs']
  try {
    const late = new Date(now.getTime() - jobsLateAfterMinutes * 60_000).toISOString()
    const { rows } = await withTimeout(
      pool.query(
        `select
           count(*) filter (where processing is not true and coalesce(wait_until, created_at) < $1) as overdue,
           count(*) filter (where processing is true and updated_at < $1) as stuck
         from payload_jobs
         where completed_at is null and has_error is not true`,
        [late],
      ),
      databaseTimeoutMs,
    )
    const overdue = Number(rows[0]?.overdue ?? 0)
    const stuck = Number(rows[0]?.stuck ?? 0)
    jobs = { ok: overdue === 0 && stuck === 0, overdue, stuck }
  } catch (error) {
    jobs = { ok: false, error: (error as Error).message }
  }
  return { ok: database.ok && migrations.ok && jobs.ok, database, migrations, jobs }
}
