import type { TestProject } from 'vitest/node'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { type EmbeddedServer, startEmbeddedPostgres } from '../host/embeddedPostgres.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL without a database name; each test file creates its own database on it. */
    databaseServer: string
    /** Every test database of this run starts with it, so the run can drop exactly its own. */
    databasePrefix: string
  }
}

let embedded: EmbeddedServer | undefined
let server: string | undefined
const prefix = `cchc_test_${Date.now().toString(36)}_`

/** One PostgreSQL for the whole run: DATABASE_URL's server when set, else an embedded one. */
export async function setup(project: TestProject) {
  project.provide('databasePrefix', prefix)
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = ''
    server = url.toString().replace(/\/$/, '')
    project.provide('databaseServer', server)
    console.log(`tests: PostgreSQL server from DATABASE_URL (${url.host})`)
    return
  }
  const port = Number(process.env.TEST_PG_PORT ?? 54330 + Math.floor(Math.random() * 500))
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'cchc-test-pg-')), 'data')
  try {
    embedded = await startEmbeddedPostgres({ dataDir, persistent: false, port })
  } catch (error) {
    // vitest 4.1 exits 0 when a global setup throws; a run without a database must fail loudly.
    console.error(error)
    process.exit(1)
  }
  project.provide('databaseServer', embedded.urlFor('').replace(/\/$/, ''))
  console.log(`tests: embedded PostgreSQL on 127.0.0.1:${port}`)
}

export async function teardown() {
  if (embedded) return embedded.stop()
  // On a shared server, drop this run's databases; the workers that used them have exited.
  const client = new pg.Client({ connectionString: `${server}/postgres` })
  await client.connect()
  const { rows } = await client.query('select datname from pg_database where datname like $1', [`${prefix}%`])
  for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`)
  await client.end()
}
