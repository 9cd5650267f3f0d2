/**
 * Feeds (RSS 2.0, Atom, JSON Feed) of the column, of a topic, of procedure changes and of documents, and the
 * sitemap: they parse, carry published content only, bodies in HTML, and every link on the public site.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { postInState, topicId } from './helpers/posts.ts'

const site = 'https://cchc.thanhmien.example'
process.env.PUBLIC_SITE_URL = site

let app: TestApp
let editor: Actor
const secret = 'BẢN NHÁP KHÔNG ĐƯỢC LỘ'
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
const body = (text: string) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 1, mode: 'normal', style: '' }] }] } })

// Namespaces and format identifiers, not links: every other absolute URL must be on the public site.
const formatUrls = /^https?:\/\/(www\.w3\.org|purl\.org|jsonfeed\.org|www\.sitemaps\.org|backend\.userland\.com|validator\.w3\.org|github\.com\/jpmonette)/
const foreignUrls = (text: string) => (text.match(/https?:\/\/[^\s"'<>\\]+/g) ?? []).filter((url) => !url.startsWith(`${site}/`) && url !== site && !formatUrls.test(url))

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  const other = await topicId(app, 'hoi-dap')
  await postInState(app, editor.unitId!, 'published', { title: 'Tin đầu tiên', slug: 'tin-dau-tien', content: body('Nội dung đậm của tin.'), publishedAt: '2026-11-01T03:00:00.000Z' })
  await postInState(app, editor.unitId!, 'published', { title: 'Tin chuyên mục khác', slug: 'tin-khac', topics: [other], publishedAt: '2026-11-02T03:00:00.000Z' })
  await postInState(app, editor.unitId!, 'in_review', { title: secret })
  // A decision that makes a new procedure.
  const decision = await app.rest('POST', '/procedure-announcements', {
    token: editor.token,
    body: {
      number: '77/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng', signer: 'Chủ tịch', signedAt: '2026-10-01T12:00:00.000Z', effectiveDate: '2026-10-02T12:00:00.000Z',
      summary: 'Công bố thủ tục mới', _status: 'draft',
      items: [{ kind: 'new', code: '1.999001', data: { name: 'Đăng ký khai sinh', sector: 'Hộ tịch', level: 'commune', channels: ['in_person'], processingTime: '01 ngày', fees: 'Không' } }],
    },
  })
  expect(decision.status, JSON.stringify(decision.body)).toBe(201)
  const published = await app.rest('PATCH', `/procedure-announcements/${decision.body.doc.id}`, { token: editor.token, body: { _status: 'published' } })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  decisionId = decision.body.doc.id
  // The column's documents: a published plan with its signed PDF, a published dispatch, a draft.
  const issuer = (await app.payload.create({ collection: 'cchc-document-issuers' as 'units', data: { name: 'UBND xã Thanh Miện' } as never })).id
  const pdfData = readFileSync(path.join(import.meta.dirname, 'fixtures', 'notice.pdf'))
  const pdf = (await app.payload.create({ collection: 'cchc-media', data: { alt: 'Kế hoạch 42' } as never, file: { data: pdfData, mimetype: 'application/pdf', name: 'ke-hoach-42.pdf', size: pdfData.length } })) as { id: number }
  const document = (data: Record<string, unknown>) =>
    app.payload.create({ collection: 'cchc-documents' as 'units', data: { kind: 'plan', issuer, unit: editor.unitId, ...data } as never }) as Promise<{ id: number }>
  planId = (await document({ number: '42/KH-UBND', summary: 'Kế hoạch cải cách hành chính năm 2026', issuedAt: '2026-01-30T12:00:00.000Z', signedPdf: pdf.id, _status: 'published' })).id
  dispatchId = (await document({ kind: 'dispatch', number: '15/UBND-VP', summary: 'Về việc tuyên truyền dịch vụ công trực tuyến', issuedAt: '2026-11-10T12:00:00.000Z', _status: 'published' })).id
  await document({ number: '99/KH-UBND', summary: secret, issuedAt: '2026-11-20T12:00:00.000Z', _status: 'draft' })
})
let decisionId: number
let planId: number
let dispatchId: number
afterAll(() => app?.close())

describe('the column’s feed', () => {
  it('RSS 2.0: valid XML, published posts newest first, HTML bodies, links on the public site', async () => {
    const reply = await app.rest('GET', '/cchc/feeds/posts.xml')
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toContain('application/rss+xml')
    expect(reply.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=300')
    expect(XMLValidator.validate(reply.body)).toBe(true)
    const channel = parser.parse(reply.body).rss.channel
    expect(channel.title).toBe('Chuyên mục Cải cách hành chính')
    expect(channel.link).toBe(`${site}/cai-cach-hanh-chinh`)
    const items = [channel.item].flat()
    expect(items.map((item: { title: string }) => item.title)).toEqual(['Tin chuyên mục khác', 'Tin đầu tiên'])
    expect(items[1].link).toBe(`${site}/cai-cach-hanh-chinh/bai-viet/tin-dau-tien`)
    expect(items[1]['content:encoded']).toContain('<strong>Nội dung đậm của tin.</strong>')
    expect(items[1].enclosure['@url']).toMatch(new RegExp(`^${site}/api/cchc-media/file/`))
    expect(reply.body).not.toContain(secret)
    expect(foreignUrls(reply.body)).toEqual([])
  })

  it('Atom and JSON Feed carry the same posts', async () => {
    const atom = await app.rest('GET', '/cchc/feeds/posts.atom')
    expect(atom.headers.get('content-type')).toContain('application/atom+xml')
    expect(XMLValidator.validate(atom.body)).toBe(true)
    const entries = [parser.parse(atom.body).feed.entry].flat()
    expect(entries.map((entry: { title: unknown }) => (typeof entry.title === 'object' ? (entry.title as { '#text': string })['#text'] : entry.title))).toEqual([
      'Tin chuyên mục khác',
      'Tin đầu tiên',
    ])
    expect(foreignUrls(atom.body)).toEqual([])

    const json = await app.rest('GET', '/cchc/feeds/posts.json')
    expect(json.headers.get('content-type')).toContain('application/feed+json')
    expect(json.body.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/)
    expect(json.body.items.map((item: { url: string }) => item.url)).toEqual([
      `${site}/cai-cach-hanh-chinh/bai-viet/tin-khac`,
      `${site}/cai-cach-hanh-chinh/bai-viet/tin-dau-tien`,
    ])
    expect(JSON.stringify(json.body)).not.toContain(secret)
    expect(foreignUrls(JSON.stringify(json.body))).toEqual([])
  })

  it('shows a signed-in editor what the public sees, not the drafts', async () => {
    const reply = await app.rest('GET', '/cchc/feeds/posts.xml', { token: editor.token })
    expect(reply.status).toBe(200)
    expect(reply.body).not.toContain(secret)
    expect(reply.headers.get('cache-control')).toBe('private, no-store')
  })
})

describe('a topic’s feed', () => {
  it('carries that topic’s posts only; an unknown topic or format is a 404 in Payload’s shape', async () => {
    const reply = await app.rest('GET', '/cchc/feeds/topics/hoi-dap.xml')
    expect(reply.status).toBe(200)
    const items = [parser.parse(reply.body).rss.channel.item].flat()
    expect(items.map((item: { title: string }) => item.title)).toEqual(['Tin chuyên mục khác'])
    for (const path of ['/cchc/feeds/topics/khong-co.xml', '/cchc/feeds/posts.html', '/cchc/feeds/users.xml']) {
      const missing = await app.rest('GET', path)
      expect(missing.status, path).toBe(404)
      expect(missing.body.errors[0].message).toContain('Không có nguồn tin')
    }
  })
})

describe('procedure changes', () => {
  it('one item per change, with the decision, linked to the procedure on the public site', async () => {
    const reply = await app.rest('GET', '/cchc/feeds/procedures.xml')
    expect(reply.status).toBe(200)
    expect(XMLValidator.validate(reply.body)).toBe(true)
    const items = [parser.parse(reply.body).rss.channel.item].flat()
    expect(items).toHaveLength(1)
    expect(items[0].title).toBe('Mới ban hành: 1.999001 Đăng ký khai sinh')
    expect(items[0].link).toBe(`${site}/cai-cach-hanh-chinh/thu-tuc/1.999001`)
    expect(items[0].description).toContain('Quyết định 77/QĐ-UBND')
    expect(foreignUrls(reply.body)).toEqual([])
  })
})

describe('documents', () => {
  it('RSS 2.0: published documents and decisions newest first, linked on the public site, the PDF as enclosure; no draft', async () => {
    const reply = await app.rest('GET', '/cchc/feeds/documents.xml')
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toContain('application/rss+xml')
    expect(XMLValidator.validate(reply.body)).toBe(true)
    const channel = parser.parse(reply.body).rss.channel
    expect(channel.title).toBe('Văn bản chỉ đạo, điều hành về cải cách hành chính')
    expect(channel.link).toBe(`${site}/cai-cach-hanh-chinh/van-ban`)
    const items = [channel.item].flat()
    expect(items.map((item: { title: string }) => item.title)).toEqual(['Công văn 15/UBND-VP', 'Quyết định 77/QĐ-UBND', 'Kế hoạch 42/KH-UBND'])
    expect(items[0].link).toBe(`${site}/cai-cach-hanh-chinh/van-ban/${dispatchId}`)
    expect(items[0].description).toBe('Về việc tuyên truyền dịch vụ công trực tuyến')
    // A decision has no page: the list searched for its number.
    expect(items[1].link).toBe(`${site}/cai-cach-hanh-chinh/van-ban?q=${encodeURIComponent('77/QĐ-UBND')}`)
    expect(items[2].link).toBe(`${site}/cai-cach-hanh-chinh/van-ban/${planId}`)
    expect(items[2].enclosure['@url']).toMatch(new RegExp(`^${site}/api/cchc-media/file/ke-hoach-42`))
    expect(items[2].enclosure['@type']).toBe('application/pdf')
    expect(reply.body).not.toContain(secret)
    expect(reply.body).not.toContain('99/KH-UBND')
    expect(foreignUrls(reply.body)).toEqual([])
  })

  it('Atom and JSON Feed carry the same documents, each with its own id', async () => {
    const atom = await app.rest('GET', '/cchc/feeds/documents.atom')
    expect(atom.headers.get('content-type')).toContain('application/atom+xml')
    expect(XMLValidator.validate(atom.body)).toBe(true)
    const entries = [parser.parse(atom.body).feed.entry].flat()
    expect(entries).toHaveLength(3)
    expect(new Set(entries.map((entry: { id: string }) => entry.id)).size).toBe(3)
    expect(foreignUrls(atom.body)).toEqual([])
    const json = await app.rest('GET', '/cchc/feeds/documents.json')
    expect(json.headers.get('content-type')).toContain('application/feed+json')
    expect(json.body.items.map((item: { url: string }) => item.url)).toEqual([
      `${site}/cai-cach-hanh-chinh/van-ban/${dispatchId}`,
      `${site}/cai-cach-hanh-chinh/van-ban?q=${encodeURIComponent('77/QĐ-UBND')}`,
      `${site}/cai-cach-hanh-chinh/van-ban/${planId}`,
    ])
    expect(json.body.items[1].id).toContain(`procedure-announcements-${decisionId}`)
    expect(JSON.stringify(json.body)).not.toContain(secret)
  })

  it('shows a signed-in editor the public’s documents, not the drafts', async () => {
    const reply = await app.rest('GET', '/cchc/feeds/documents.json', { token: editor.token })
    expect(reply.status).toBe(200)
    expect(reply.body.items).toHaveLength(3)
    expect(JSON.stringify(reply.body)).not.toContain(secret)
  })
})

describe('the sitemap', () => {
  it('lists the published posts, procedures and topics, on the public site', async () => {
    const reply = await app.rest('GET', '/cchc/sitemap.xml')
    expect(reply.status).toBe(200)
    expect(XMLValidator.validate(reply.body)).toBe(true)
    const locs = [parser.parse(reply.body).urlset.url].flat().map((url: { loc: string }) => url.loc)
    expect(locs).toContain(`${site}/cai-cach-hanh-chinh/bai-viet/tin-dau-tien`)
    expect(locs).toContain(`${site}/cai-cach-hanh-chinh/thu-tuc/1.999001`)
    expect(locs).toContain(`${site}/cai-cach-hanh-chinh/chuyen-muc/hoi-dap`)
    expect(locs).toContain(`${site}/cai-cach-hanh-chinh/van-ban`)
    expect(locs).toContain(`${site}/cai-cach-hanh-chinh/van-ban/${planId}`)
    expect(locs).toContain(`${site}/cai-cach-hanh-chinh/van-ban/${dispatchId}`)
    expect(locs.filter((loc: string) => loc.includes('/van-ban/'))).toHaveLength(2)
    expect(locs.every((loc: string) => loc.startsWith(`${site}/`))).toBe(true)
    expect(reply.body).not.toContain(secret)
  })
})
