/**
 * The jobs queue over HTTP (`/api/payload-jobs/run`, `…/handle-schedules`) and through the Local
 * API answers only system administrators and a scheduler holding the cron secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

const cronSecret = 'cron-secret-only-for-this-test-file'
process.env.CRON_SECRET = cronSecret

let app: TestApp
let actors: Awaited<ReturnType<typeof makeActors>>

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
})
afterAll(() => app?.close())

const endpoints = ['/payload-jobs/run?allQueues=true', '/payload-jobs/handle-schedules?allQueues=true']

describe.each(endpoints)('GET %s', (endpoint) => {
  it.each(['anonymous', 'contributor', 'coordinator', 'editor'] as const)('is refused to %s', async (role) => {
    const reply = await app.rest('GET', endpoint, { token: (actors[role] as Actor).token })
    expect(reply.status).toBe(401)
  })

  it('is refused with a wrong secret', async () => {
    const reply = await app.rest('GET', endpoint, { headers: { Authorization: 'Bearer not-the-cron-secret-at-all' } })
    expect(reply.status).toBe(401)
  })

  it('runs for a system administrator', async () => {
    expect((await app.rest('GET', endpoint, { token: actors.administrator.token })).status).toBe(200)
  })

  it('runs for the scheduler with the cron secret', async () => {
    expect((await app.rest('GET', endpoint, { headers: { Authorization: `Bearer ${cronSecret}` } })).status).toBe(200)
  })
})

describe('the Local API with overrideAccess: false', () => {
  const queue = (actor: Actor) =>
    app.payload.jobs.queue({ task: 'cchcMarkOverdueReports', input: {}, overrideAccess: false, req: { user: actor.user } as never } as never)

  it('refuses a contributor or an editor to queue or cancel jobs', async () => {
    for (const actor of [actors.contributor, actors.editor]) {
      await expect(queue(actor)).rejects.toThrow()
      await expect(app.payload.jobs.cancel({ where: {}, overrideAccess: false, req: { user: actor.user } as never } as never)).rejects.toThrow()
    }
  })

  it('lets an administrator queue a job', async () => {
    await expect(queue(actors.administrator)).resolves.toBeTruthy()
  })
})

it('keeps the jobs themselves unreadable to anyone over REST', async () => {
  for (const role of ['contributor', 'editor', 'administrator'] as const) {
    expect((await app.rest('GET', '/payload-jobs', { token: actors[role].token })).status).toBe(403)
  }
})
