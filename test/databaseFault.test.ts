/**
 * PostgreSQL stops in the middle of a burst of writes and starts again: every write is answered
 * (201, or 503 while the database is away, never a hang or a 500), the app recovers by itself, and
 * every write it acknowledged is in the database. It runs on a PostgreSQL of its own, since the
 * run's shared server serves other test files meanwhile.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type EmbeddedServer, startEmbeddedPostgres } from '../host/embeddedPostgres.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type Reply, type TestApp } from './helpers/boot.ts'

// The app must notice quickly that the database is away, not after the production defaults.
process.env.DATABASE_CONNECT_TIMEOUT_MS = '2000'
process.env.DATABASE_QUEUE_TIMEOUT_MS = '3000'

const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'cchc-fault-pg-')), 'data')
const port = 57000 + Math.floor(Math.random() * 900)
let server: EmbeddedServer
let app: TestApp
let editor: Actor

const start = () => startEmbeddedPostgres({ dataDir, port, persistent: true })
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  server = await start()
  app = await bootApp({ server: server.urlFor('').replace(/\/$/, '') })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
})
afterAll(async () => {
  await app?.close().catch(() => {})
  await server?.stop()
  rmSync(path.dirname(dataDir), { recursive: true, force: true })
})

describe('PostgreSQL stopped mid-burst', () => {
  it('answers every write, recovers by itself, and keeps every acknowledged write', async () => {
    const sent: Promise<{ name: string; reply: Reply | 'hang' }>[] = []
    // Which side of the outage each acknowledged write was answered on; the outage waits for enough
    // acknowledged writes before it, and the burst for enough after it, however slow the machine.
    let phase = 'before' as 'before' | 'down' | 'after'
    const acknowledgedIn = { before: 0, down: 0, after: 0 }
    const write = (name: string) =>
      Promise.race([
        app.rest('POST', '/cchc-topics', { token: editor.token, body: { name, order: 500 } }),
        pause(60_000).then(() => 'hang' as const),
      ]).then((reply) => {
        if (reply !== 'hang' && reply.status === 201) acknowledgedIn[phase]++
        return { name, reply }
      })

    // 4 writes every 50 ms; the database stops once 10 writes are acknowledged, is away for 1 s, and
    // the burst goes on until 10 more are acknowledged after it is back (at most two minutes).
    let serial = 0
    const burst = (async () => {
      const until = Date.now() + 120_000
      while (!(phase === 'after' && acknowledgedIn.after >= 10) && Date.now() < until) {
        for (let i = 0; i < 4; i++) sent.push(write(`Chuyên mục sự cố ${++serial}`))
        await pause(50)
      }
    })()
    while (acknowledgedIn.before < 10) await pause(20)
    phase = 'down'
    await server.stop()
    await pause(1000)
    server = await start()
    phase = 'after'
    await burst
    const answers = await Promise.all(sent)

    expect(answers.filter(({ reply }) => reply === 'hang')).toHaveLength(0)
    const statuses = answers.map(({ reply }) => (reply as Reply).status)
    // 403: while the database is down Payload's JWT strategy cannot load the user, swallows the
    // error and serves the request as anonymous, so the write is refused as forbidden. Like a 503
    // it writes nothing; a 500 or a hang is what must never happen.
    const unexpected = answers.filter(({ reply }) => ![201, 403, 503].includes((reply as Reply).status))
    expect(unexpected.map(({ reply }) => `${(reply as Reply).status} ${JSON.stringify((reply as Reply).body)}`)).toEqual([])
    const acknowledged = answers.filter(({ reply }) => (reply as Reply).status === 201).map(({ name }) => name)
    // The outage was seen, and writes went through before and after it.
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(0)
    expect(acknowledgedIn.before).toBeGreaterThanOrEqual(10)
    expect(acknowledgedIn.after).toBeGreaterThanOrEqual(10)

    // Recovers by itself: reads and a write are served again without a restart.
    let read: Reply | undefined
    for (let attempt = 0; attempt < 30 && read?.status !== 200; attempt++) {
      read = await app.rest('GET', '/cchc-topics?limit=1').catch(() => undefined)
      if (read?.status !== 200) await pause(500)
    }
    expect(read?.status).toBe(200)
    const after = await app.rest('POST', '/cchc-topics', { token: editor.token, body: { name: 'Sau sự cố', order: 501 } })
    expect(after.status, JSON.stringify(after.body)).toBe(201)

    // Every acknowledged write is there.
    const stored = await app.payload.find({
      collection: 'cchc-topics',
      where: { name: { like: 'Chuyên mục sự cố' } },
      pagination: false,
      depth: 0,
    })
    const names = new Set(stored.docs.map((doc) => doc.name as string))
    expect(acknowledged.filter((name) => !names.has(name))).toEqual([])
    console.log(`fault test: ${answers.length} writes, ${acknowledged.length} acknowledged, ${statuses.length - acknowledged.length} answered 503`)
  }, 180_000)
})
