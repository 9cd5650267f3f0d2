/**
 * 100 simultaneous writes (one document, many documents, several collections) mixed with
 * anonymous reads: all of them answered, in bounded time, and the server answers after. Without
 * the plugin's transaction gate, 10 such writes hold every pooled connection while each waits for
 * another one (Payload's document-lock check runs outside the write's transaction) and the server
 * answers nothing again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type Reply, type TestApp } from './helpers/boot.ts'
import { completePost } from './helpers/posts.ts'

let app: TestApp
let administrator: Actor
let editor: Actor
let contributor: Actor
let sameTopic: number
const topics: number[] = []
const posts: number[] = []

/** No request may take longer than this; the gate's own line times out well before it. */
const bound = 45_000

type Answer = { kind: 'write' | 'read'; status: number | 'hang'; ms: number; body?: unknown }

const timed = async (kind: Answer['kind'], request: () => Promise<Reply>): Promise<Answer> => {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const hang = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), bound)
  })
  const reply = await Promise.race([request(), hang])
  clearTimeout(timer)
  return reply === 'hang'
    ? { kind, status: 'hang', ms: bound }
    : { kind, status: reply.status, ms: performance.now() - started, body: reply.body }
}

beforeAll(async () => {
  app = await bootApp()
  administrator = await makeActor(app, 'administrator', { isSystemAdmin: true })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  contributor = await makeActor(app, 'contributor', { unit: 'mttq' })
  for (let i = 0; i <= 30; i++) {
    const topic = await app.payload.create({ collection: 'cchc-topics', data: { name: `Chuyên mục tải ${i}`, order: 100 + i } as never })
    topics.push(topic.id as number)
  }
  sameTopic = topics.pop()!
  for (let i = 0; i < 20; i++) {
    const post = await app.payload.create({ collection: 'cchc-posts', data: (await completePost(app, contributor.unitId!)) as never })
    posts.push(post.id as number)
  }
})
afterAll(() => app?.close())

describe('100 simultaneous writes', () => {
  it('all finish with a 2xx in bounded time, reads are answered during and after, and one more write succeeds', async () => {
    const writes: (() => Promise<Reply>)[] = [
      // 30 on one document, as the report's administrator did.
      ...Array.from({ length: 30 }, (_, i) => () =>
        app.rest('PATCH', `/cchc-topics/${sameTopic}`, { token: administrator.token, body: { description: `Lần ${i}` } }),
      ),
      // 30 on 30 documents.
      ...topics.map((id, i) => () => app.rest('PATCH', `/cchc-topics/${id}`, { token: editor.token, body: { description: `Sửa ${i}` } })),
      // 20 on a versioned collection, each its own post.
      ...posts.map((id, i) => () =>
        app.rest('PATCH', `/cchc-posts/${id}`, { token: contributor.token, body: { excerpt: `Sapo mới ${i}.` } }),
      ),
      // 20 creations in other collections.
      ...Array.from({ length: 20 }, (_, i) => () =>
        app.rest('POST', '/procedures', {
          token: contributor.token,
          body: { code: `1.${String(600000 + i).padStart(6, '0')}`, name: `Thủ tục tải ${i}`, sector: 'Hộ tịch' },
        }),
      ),
    ]
    expect(writes).toHaveLength(100)
    const reads = Array.from({ length: 40 }, (_, i) => () =>
      app.rest('GET', i % 2 ? '/cchc-topics?limit=5&depth=0' : '/cchc-posts?limit=5&depth=0'),
    )
    // Interleaved, all started at once.
    const requests = writes.flatMap((write, i) => [timed('write', write), ...(i % 5 === 0 ? [timed('read', reads[i / 5 * 2]!), timed('read', reads[i / 5 * 2 + 1]!)] : [])])
    const answers = await Promise.all(requests)

    const hung = answers.filter((answer) => answer.status === 'hang')
    expect(hung, `${hung.length} requests never answered`).toHaveLength(0)
    const writeAnswers = answers.filter((answer) => answer.kind === 'write')
    expect(writeAnswers).toHaveLength(100)
    const failed = writeAnswers.filter((answer) => answer.status !== 200 && answer.status !== 201)
    expect(failed.map((answer) => `${answer.status} ${JSON.stringify(answer.body)}`)).toEqual([])
    const readAnswers = answers.filter((answer) => answer.kind === 'read')
    expect(readAnswers.length).toBe(40)
    expect(readAnswers.every((answer) => answer.status === 200)).toBe(true)

    // Every write landed.
    const topic = await app.payload.findByID({ collection: 'cchc-topics', id: sameTopic, depth: 0 })
    expect(String(topic.description)).toMatch(/^Lần \d+$/)
    const created = await app.payload.count({ collection: 'procedures' as 'units', where: { code: { like: '1.6000' } } })
    expect(created.totalDocs).toBe(20)

    // After: a read and one more write.
    expect((await app.rest('GET', '/cchc-topics?limit=1')).status).toBe(200)
    const after = await app.rest('PATCH', `/cchc-topics/${sameTopic}`, { token: administrator.token, body: { description: 'Sau đợt ghi' } })
    expect(after.status, JSON.stringify(after.body)).toBe(200)
  })
})
