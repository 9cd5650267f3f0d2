/**
 * GET /api/cchc/health (liveness) and /api/cchc/ready (readiness): the database, the migrations
 * and the jobs queue, with no personal data and never cached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrationState } from '../src/lib/readiness.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
beforeAll(async () => {
  app = await bootApp()
})
afterAll(() => app?.close())

describe('liveness', () => {
  it('answers 200 without asking the database, never cached', async () => {
    const reply = await app.rest('GET', '/cchc/health')
    expect(reply.status).toBe(200)
    expect(reply.body).toEqual({ status: 'ok' })
    expect(reply.headers.get('cache-control')).toBe('no-store')
  })
})

describe('readiness', () => {
  it('is ready on a pushed development database with an idle queue', async () => {
    const reply = await app.rest('GET', '/cchc/ready')
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body).toMatchObject({ status: 'ready', database: { ok: true }, migrations: { ok: true, mode: 'push' }, jobs: { ok: true, overdue: 0, stuck: 0 } })
    expect(reply.headers.get('cache-control')).toBe('no-store')
    // Figures and states only: no address, name or e-mail of anyone.
    expect(JSON.stringify(reply.body)).not.toMatch(/@|thanhmien/)
  })

  it('is unavailable (503) while a job waits well past its time, and ready again once it has run', async () => {
    const job = await app.payload.jobs.queue({ task: 'cchcMarkOverdueReports', input: {} })
    const db = app.payload.db as any
    await db.pool.query(`update payload_jobs set created_at = now() - interval '1 hour' where id = $1`, [job.id])
    const late = await app.rest('GET', '/cchc/ready')
    expect(late.status).toBe(503)
    expect(late.body).toMatchObject({ status: 'unavailable', database: { ok: true }, jobs: { ok: false, overdue: 1, stuck: 0 } })
    await app.payload.jobs.runByID({ id: job.id })
    const after = await app.rest('GET', '/cchc/ready')
    expect(after.status, JSON.stringify(after.body)).toBe(200)
  })

  it('is unavailable while a job has been running far too long', async () => {
    const job = await app.payload.jobs.queue({ task: 'cchcMarkOverdueReports', input: {} })
    const db = app.payload.db as any
    await db.pool.query(`update payload_jobs set processing = true, updated_at = now() - interval '1 hour' where id = $1`, [job.id])
    const stuck = await app.rest('GET', '/cchc/ready')
    expect(stuck.status).toBe(503)
    expect(stuck.body.jobs).toMatchObject({ ok: false, stuck: 1 })
    await db.pool.query('delete from payload_jobs where id = $1', [job.id])
    expect((await app.rest('GET', '/cchc/ready')).status).toBe(200)
  })
})

describe('which migrations have run', () => {
  const shipped = ['20261129_010133_initial', '20261130_053117_safety']
  it('all of them: ready', () => {
    expect(migrationState(shipped, shipped.map((name) => ({ name, batch: 1 })))).toEqual({ ok: true, mode: 'migrations', pending: [] })
  })
  it('one missing: not ready, naming it', () => {
    expect(migrationState(shipped, [{ name: shipped[0]!, batch: 1 }])).toEqual({ ok: false, mode: 'migrations', pending: [shipped[1]] })
  })
  it('a schema pushed in development, with none run: ready (nothing to compare)', () => {
    expect(migrationState(shipped, [{ name: 'dev', batch: -1 }])).toEqual({ ok: true, mode: 'push' })
    expect(migrationState(shipped, [{ name: 'dev', batch: '-1' }])).toEqual({ ok: true, mode: 'push' })
    expect(migrationState(undefined, [])).toEqual({ ok: true, mode: 'push' })
  })
  it('an empty database with migrations to run: not ready', () => {
    expect(migrationState(shipped, [])).toMatchObject({ ok: false, pending: shipped })
  })
})
