/**
 * Feeds (RSS 2.0, Atom, JSON Feed) of the column, of a topic and of procedure changes, and the
 * sitemap: they parse, carry published content only, bodies in HTML, and every link on the public site.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
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
})
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

describe('the sitemap', () => {
  it('lists the published posts, procedures and topics, on the public site', async () => {
    const reply = await app.rest('GET', '/cchc/sitemap.xml')
    expect(reply.status).toBe(200)
    expect(XMLValidator.validate(reply.body)).toBe(true)
    const locs = [parser.parse(reply.body).urlset.url].flat().map((url: { loc: string }) => url.loc)
    expect(locs).toContain(`${site}/cai-cach-hanh-chinh/bai-viet/tin-dau-tien`)
    expect(locs).toContain(`${site}/cai-cach-hanh-chinh/thu-tuc/1.999001`)
    expect(locs).toContain(`${site}/cai-cach-hanh-chinh/chuyen-muc/hoi-dap`)
    expect(locs.every((loc: string) => loc.startsWith(`${site}/`))).toBe(true)
    expect(reply.body).not.toContain(secret)
  })
})
