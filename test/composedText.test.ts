/**
 * Text that arrives decomposed (NFD, as some keyboards and PDF copies send it) is stored and
 * compared composed (NFC), on every path: REST, GraphQL, the Local API, search parameters and
 * the annex CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { composedDeep } from '../src/lib/composedText.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

const nfd = (text: string) => text.normalize('NFD')
const name = 'Đăng ký kết hôn có yếu tố nước ngoài'
const isComposed = (text: string) => text === text.normalize('NFC')

describe('composedDeep', () => {
  it('composes every string, keys too, and leaves other values and untouched objects as they are', () => {
    const input = { [nfd('tên')]: nfd('Hộ tịch'), list: [nfd('ế'), 1, null], deep: { date: new Date(0) } }
    const output = composedDeep(input)
    expect(nfd('ế')).not.toBe('ế')
    expect(output).toEqual({ tên: 'Hộ tịch', list: ['ế', 1, null], deep: { date: new Date(0) } })
    const plain = { a: 'Hộ tịch', b: [1, 'x'] }
    expect(composedDeep(plain)).toBe(plain)
  })
})

describe('decomposed input on every path', () => {
  let app: TestApp
  let editor: Actor
  let serial = 0
  const code = () => `1.${String(700000 + ++serial)}`

  beforeAll(async () => {
    app = await bootApp()
    editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  })
  afterAll(() => app?.close())

  const storedName = async (id: number | string) =>
    ((await app.payload.findByID({ collection: 'procedures' as 'units', id, depth: 0 })) as any).name as string

  it('REST: a procedure named in NFD is stored in NFC and found by its composed and its decomposed name', async () => {
    const reply = await app.rest('POST', '/procedures', {
      token: editor.token,
      body: { code: code(), name: nfd(name), sector: nfd('Hộ tịch'), _status: 'published' },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body.doc.name).toBe(name)
    expect(await storedName(reply.body.doc.id)).toBe(name)
    for (const asked of [name, nfd(name)]) {
      const found = await app.rest('GET', `/procedures?where[name][equals]=${encodeURIComponent(asked)}`)
      expect(found.body.totalDocs).toBe(1)
    }
  })

  it('GraphQL: create and where in NFD', async () => {
    const created = await app.graphql(
      `mutation ($data: mutationProcedureInput!) { createProcedure(data: $data) { id name sector } }`,
      { data: { code: code(), name: nfd(`${name} 2`), sector: nfd('Chứng thực'), _status: 'published' } },
      editor.token,
    )
    expect(created.body.errors, JSON.stringify(created.body)).toBeUndefined()
    expect(created.body.data.createProcedure.name).toBe(`${name} 2`)
    expect(created.body.data.createProcedure.sector).toBe('Chứng thực')
    const found = await app.graphql(`query ($n: String) { Procedures(where: { name: { equals: $n } }) { totalDocs } }`, { n: nfd(`${name} 2`) }, editor.token)
    expect(found.body.data?.Procedures?.totalDocs, JSON.stringify(found.body)).toBe(1)
  })

  it('Local API: create, update and find in NFD', async () => {
    const doc = (await app.payload.create({
      collection: 'procedures' as 'units',
      data: { code: code(), name: nfd(`${name} 3`), sector: 'Hộ tịch' } as any,
      user: editor.user,
      overrideAccess: false,
    })) as any
    expect(await storedName(doc.id)).toBe(`${name} 3`)
    await app.payload.update({ collection: 'procedures' as 'units', id: doc.id, data: { name: nfd(`${name} 4`) } as any, user: editor.user, overrideAccess: false })
    expect(await storedName(doc.id)).toBe(`${name} 4`)
    const found = await app.payload.find({ collection: 'procedures' as 'units', where: { name: { equals: nfd(`${name} 4`) } }, user: editor.user, overrideAccess: false })
    expect(found.totalDocs).toBe(1)
  })

  it('titles, slugs and rich text of a post, and a topic slug, are stored composed', async () => {
    const title = 'Hướng dẫn đăng ký khai sinh trực tuyến'
    const body = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
      { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
        children: [{ type: 'text', version: 1, text: nfd('Người dân nộp hồ sơ'), detail: 0, format: 0, mode: 'normal', style: '' }] },
    ] } }
    const reply = await app.rest('POST', '/cchc-posts', { token: editor.token, body: { title: nfd(title), format: 'article', content: body } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const post = (await app.payload.findByID({ collection: 'cchc-posts' as 'units', id: reply.body.doc.id, depth: 0 })) as any
    expect(post.title).toBe(title)
    expect(post.slug).toBe('huong-dan-dang-ky-khai-sinh-truc-tuyen')
    expect(post.content.root.children[0].children[0].text).toBe('Người dân nộp hồ sơ')
    const topic = await app.rest('POST', '/cchc-topics', { token: editor.token, body: { name: nfd('Hỏi đáp'), slug: nfd('hỏi-đáp') } })
    expect(topic.status, JSON.stringify(topic.body)).toBe(201)
    expect(topic.body.doc.name).toBe('Hỏi đáp')
    expect(isComposed(topic.body.doc.slug)).toBe(true)
  })

  it('search parameters in NFD find composed text (sector and words)', async () => {
    const reply = await app.rest('GET', `/procedures/search?sector=${encodeURIComponent(nfd('Chứng thực'))}`)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.docs.map((doc: { name: string }) => doc.name)).toEqual([`${name} 2`])
    const words = await app.rest('GET', `/procedures/search?q=${encodeURIComponent(nfd('kết hôn nước ngoài'))}`)
    expect(words.body.totalDocs).toBe(2)
  })

  it('an annex CSV written in NFD imports composed names', async () => {
    const decision = await app.rest('POST', '/procedure-announcements', {
      token: editor.token,
      body: { number: '77/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng', signedAt: '2026-06-01T12:00:00.000Z', effectiveDate: '2026-06-02T12:00:00.000Z', summary: 'Công bố' },
    })
    expect(decision.status).toBe(201)
    const itemCode = code()
    const file = nfd(`Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực\r\nMới ban hành,${itemCode},Đăng ký khai tử,Hộ tịch\r\n`)
    const form = new FormData()
    form.append('file', new Blob([file], { type: 'text/csv' }), 'phu-luc.csv')
    const imported = await app.rest('POST', `/procedure-announcements/${decision.body.doc.id}/import`, { token: editor.token, body: form })
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
    const stored = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: decision.body.doc.id, depth: 0 })) as any
    expect(stored.items[0].data).toMatchObject({ name: 'Đăng ký khai tử', sector: 'Hộ tịch' })
  })
})
