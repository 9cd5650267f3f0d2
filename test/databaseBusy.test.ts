/**
 * When the database cannot serve a request in time, the answer is a clean 503 with Retry-After and
 * a message in the request's language, never a hang or a 500: a write that waits too long for its turn at
 * the transaction gate, and a read that finds no free pooled connection. Both recover by themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

// Short waits, so that the test sees the 503s quickly (the defaults are 15 s and 10 s).
process.env.DATABASE_QUEUE_TIMEOUT_MS = '1000'
process.env.DATABASE_CONNECT_TIMEOUT_MS = '1000'

type Pool = { options: { max: number }; connect: () => Promise<{ release: () => void }> }
type Adapter = { pool: Pool; beginTransaction: () => Promise<number | string>; commitTransaction: (id: number | string) => Promise<void> }

let app: TestApp
let editor: Actor
let topic: number

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  topic = (await app.payload.find({ collection: 'cchc-topics', limit: 1 })).docs[0]!.id as number
})
afterAll(() => app?.close())

const adapter = () => app.payload.db as unknown as Adapter

const expectBusy = (reply: { status: number; body: any; headers: Headers }) => {
  expect(reply.status, JSON.stringify(reply.body)).toBe(503)
  expect(reply.headers.get('retry-after')).toBe('5')
  expect(reply.body.errors[0].message).toMatch(/^Hệ thống đang bận/)
}

describe('a write that waits too long for its turn', () => {
  it('is answered 503 with Retry-After (REST and GraphQL) while reads go on, and goes through once there is room', async () => {
    // Every admitted transaction is taken (the pool's 10 less the reserve of 3).
    const held = await Promise.all(Array.from({ length: 7 }, () => adapter().beginTransaction()))
    try {
      const started = performance.now()
      const rest = await app.rest('PATCH', `/cchc-topics/${topic}`, { token: editor.token, body: { description: 'Đợi lượt' } })
      expectBusy(rest)
      expect(performance.now() - started).toBeLessThan(10_000)
      const graphql = await app.graphql(
        `mutation { updateCchcTopic(id: ${topic}, data: { description: "Đợi lượt" }) { id } }`,
        {},
        editor.token,
      )
      expect(graphql.body.errors[0]).toMatchObject({ extensions: { statusCode: 503 } })
      expect(graphql.body.errors[0].message).toMatch(/^Hệ thống đang bận/)
      // Reads run outside transactions, on the reserve.
      expect((await app.rest('GET', '/cchc-topics?limit=3')).status).toBe(200)
    } finally {
      for (const id of held) await adapter().commitTransaction(id)
    }
    const after = await app.rest('PATCH', `/cchc-topics/${topic}`, { token: editor.token, body: { description: 'Đến lượt' } })
    expect(after.status, JSON.stringify(after.body)).toBe(200)
    expect((await app.payload.findByID({ collection: 'cchc-topics', id: topic })).description).toBe('Đến lượt')
  })
})

describe('a request that finds no free connection', () => {
  it('is answered 503 after the connect timeout, not 500 and not never, and the next one is served', async () => {
    const pool = adapter().pool
    const taken: { release: () => void }[] = []
    try {
      for (let i = 0; i < pool.options.max; i++) {
        try {
          taken.push(await pool.connect())
        } catch {
          break // the pool is empty: the last attempt timed out
        }
      }
      expectBusy(await app.rest('GET', '/cchc-topics?limit=3'))
      expectBusy(await app.rest('PATCH', `/cchc-topics/${topic}`, { token: editor.token, body: { description: 'Không kết nối' } }))
    } finally {
      for (const client of taken) client.release()
    }
    expect((await app.rest('GET', '/cchc-topics?limit=3')).status).toBe(200)
    expect((await app.payload.findByID({ collection: 'cchc-topics', id: topic })).description).toBe('Đến lượt')
  })
})
