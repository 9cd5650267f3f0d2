/** Only one instance runs the jobs queue (host/jobsLeader.ts): the one holding the advisory lock, until it stops. */
import pg from 'pg'
import { afterAll, expect, inject, it } from 'vitest'

import { jobsLeader } from '../host/jobsLeader.ts'
import { createDatabase } from './helpers/boot.ts'

const clients: pg.Client[] = []
afterAll(async () => {
  for (const client of clients) await client.end().catch(() => {})
})

it('lets one of two instances run the queue, and the other take over when it stops', async () => {
  const url = `${inject('databaseServer')}/${await createDatabase()}`
  const first = jobsLeader(url)
  const second = jobsLeader(url)
  expect(await first()).toBe(true)
  expect(await second()).toBe(false)
  // Asked again at each tick: the answers hold.
  expect(await first()).toBe(true)
  expect(await second()).toBe(false)
  // The first instance's connection ends (it stopped, or crashed): its lock goes with it.
  const admin = new pg.Client({ connectionString: url })
  clients.push(admin)
  await admin.connect()
  // Only this file's database and the jobs lock's key (the server may be shared with other runs).
  await admin.query(
    `select pg_terminate_backend(pid) from pg_locks
      where locktype = 'advisory' and granted and objid = 7366357 and pid <> pg_backend_pid()
        and database = (select oid from pg_database where datname = current_database())`,
  )
  await new Promise((resolve) => setTimeout(resolve, 200))
  expect(await second()).toBe(true)
  expect(await first()).toBe(false)
})

it('says no, without throwing, when the database cannot be reached', async () => {
  expect(await jobsLeader('postgres://postgres@127.0.0.1:1/none')()).toBe(false)
})
