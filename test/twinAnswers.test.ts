/**
 * The bench's raw-SQL twin answers the bench's reads with the project's JSON, key order included
 * (the bench refuses to run otherwise): checked here on a small database, so that a change to the
 * public shape (populated fields, a new field) is caught before a bench run.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jsonDifferences } from '../bench/jsonDifferences.ts'
import { makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { makeImage, postInState, topicId } from './helpers/posts.ts'

let app: TestApp
let twin: ChildProcess
let twinUrl: string
let topic: number | string
const slugs: string[] = []

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

beforeAll(async () => {
  app = await bootApp()
  const editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  topic = await topicId(app)
  for (let i = 0; i < 3; i++) slugs.push((await postInState(app, editor.unitId!, 'published', { title: `Tin so sánh ${i}`, byline: 'Phóng viên' })).slug)
  // One with its SEO fields and sharing image.
  const image = await makeImage(app, 'Ảnh chia sẻ')
  slugs.push((await postInState(app, editor.unitId!, 'published', { title: 'Tin có SEO', meta: { title: 'Tiêu đề SEO', description: 'Mô tả', image: image.id } })).slug)
  await postInState(app, editor.unitId!, 'draft')
  // Procedures the search finds, with every kind of part the twin must join: a list, the channels,
  // the dossier, the legal basis and a history entry with the fields it changed.
  const list = await app.payload.create({ collection: 'procedure-lists' as 'units', data: { name: 'Liên thông khai sinh' } as any })
  await app.payload.create({
    collection: 'procedures' as 'units',
    data: {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      sector: 'Hộ tịch',
      nonTerritorial: true,
      lists: [list.id],
      channels: [{ kind: 'in_person', processingTime: 'Ngay trong ngày', fees: 'Miễn phí' }],
      dossier: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 }],
      legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }],
      history: [{ kind: 'amended', changes: 'Sửa thời hạn', changedFields: [{ field: 'name', before: 'A', after: 'B' }] }],
      _status: 'published',
    } as any,
  })
  await app.payload.create({
    collection: 'procedures' as 'units',
    data: { code: '1.001022', name: 'Đăng ký kết hôn', sector: 'Hộ tịch', _status: 'published' } as any,
  })
  const port = await freePort()
  twinUrl = `http://127.0.0.1:${port}`
  twin = spawn(process.execPath, ['--import', 'tsx', 'bench/twin/twinServer.ts'], {
    env: { ...process.env, PORT: String(port), PUBLIC_URL: 'http://localhost:3000' },
    stdio: 'inherit',
  })
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`${twinUrl}/api/cchc-posts?depth=1`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error('the twin did not start')
})
afterAll(async () => {
  twin?.kill('SIGTERM')
  await app?.close()
})

describe('the twin answers as the project does', () => {
  it('a topic page, a post by slug and the search', async () => {
    const paths = [
      `/cchc-posts?where[topics][in]=${topic}&sort=-publishedAt&limit=12&depth=1`,
      ...slugs.map((slug) => `/cchc-posts?where[slug][equals]=${encodeURIComponent(slug)}&depth=1`),
      '/procedures/search?q=dang%20ky',
    ]
    for (const path of paths) {
      const project = await app.rest('GET', path)
      const twinReply = await fetch(`${twinUrl}/api${path}`)
      expect(twinReply.status, path).toBe(project.status)
      expect(jsonDifferences(project.body, await twinReply.json()), path).toEqual([])
    }
    expect((await app.rest('GET', paths[0]!)).body.docs).toHaveLength(4)
    // The search found both procedures, so their parts were compared, not an empty page.
    expect((await app.rest('GET', paths.at(-1)!)).body.docs.map((doc: { code: string }) => doc.code)).toEqual(['1.001022', '1.001193'])
    // The SEO fields are served, the sharing image populated with its public fields.
    const seo = (await app.rest('GET', paths[4]!)).body.docs[0]
    expect(seo.meta).toMatchObject({ title: 'Tiêu đề SEO', description: 'Mô tả', image: { alt: 'Ảnh chia sẻ' } })
    expect(seo.meta.image.url).toMatch(/^http:\/\/localhost:3000\/api\/cchc-media\/file\//)
  })
})
