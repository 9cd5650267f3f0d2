/**
 * Bad input never answers 5xx (issue 9, items 8 to 11): each malformed request of the outside
 * probe, through REST and, where the path exists, GraphQL and the Local API, gets a 400 that names
 * the field or parameter (a 404 where nothing can be found), and writes nothing.
 */
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerInputErrors } from '../src/hooks/answerInputErrors.ts'
import { keepErrorData } from '../src/hooks/keepErrorData.ts'
import { maxAnnexRows } from '../src/lib/annexCsv.ts'
import { type Actor, makeActors, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type Reply, type TestApp } from './helpers/boot.ts'
import { jpeg, postInState, topicId } from './helpers/posts.ts'
import { i18nIn, vietnameseLetters } from './helpers/languages.ts'
import { rowCounts } from './helpers/rowCounts.ts'

let app: TestApp
let editor: Actor
let administrator: Actor
let editorUnit: number | string
let postId: number | string
let decisionId: number

beforeAll(async () => {
  app = await bootApp()
  const actors = await makeActors(app)
  editor = actors.editor
  administrator = actors.administrator
  editorUnit = await unitIdByCode(app, 'ttdvsnc')
  // Two published posts by different authors: the public list has something a sort could reorder.
  postId = (await postInState(app, editorUnit, 'published', { author: editor.user!.id })).id
  await postInState(app, editorUnit, 'published', { author: administrator.user!.id })
  decisionId = (
    await app.payload.create({
      collection: 'procedure-announcements' as 'units',
      data: {
        number: '101/QĐ-UBND',
        issuer: 'UBND thành phố Hải Phòng',
        signedAt: '2026-06-01T00:00:00.000Z',
        effectiveDate: '2026-06-15T00:00:00.000Z',
        summary: 'Công bố danh mục thủ tục hành chính',
      } as never,
    })
  ).id as number
})
afterAll(() => app?.close())

type ErrorEntry = { path?: string; message?: string }
type PayloadError = { message: string; data?: { errors?: ErrorEntry[] } | null }

/** The field or parameter an error names: the paths it lists, and its message. */
const named = (error: PayloadError | undefined, path: string) => {
  expect(error, 'an error').toBeDefined()
  const entries = error!.data?.errors ?? []
  const entry = entries.find((candidate) => candidate.path === path || candidate.path?.startsWith(`${path}.`))
  // In Vietnamese, the language of a request that asks for none, whichever the entry or the message carries.
  const text = entry?.message ?? error!.message
  expect(Boolean(entry) || error!.message.includes(path), `names ${path}: ${JSON.stringify(error)}`).toBe(true)
  expect(text, 'Vietnamese').toMatch(vietnameseLetters)
}

/** Runs a bad request and checks that no table gained or lost a row. */
const writesNothing = async <T>(work: () => Promise<T>): Promise<T> => {
  const before = await rowCounts(app)
  const result = await work()
  expect(await rowCounts(app)).toEqual(before)
  return result
}

const restRefuses = async (call: () => Promise<Reply>, path: string | null, status = 400) => {
  const reply = await writesNothing(call)
  expect(reply.status, JSON.stringify(reply.body)).toBe(status)
  if (path) named(reply.body.errors?.[0], path)
  return reply
}

const graphqlRefuses = async (query: string, variables: Record<string, unknown>, token: string | undefined, path: string) => {
  const reply = await writesNothing(() => app.graphql(query, variables, token))
  expect(reply.status).toBeLessThan(500)
  const error = reply.body.errors?.[0]
  expect(error?.extensions?.statusCode, JSON.stringify(reply.body)).toBe(400)
  named({ message: error.message, data: error.extensions.data }, path)
}

const localRefuses = async (work: () => Promise<unknown>, path: string, status = 400) => {
  const error = await writesNothing(() => work().then(() => undefined, (thrown: unknown) => thrown))
  expect((error as { status?: number } | undefined)?.status, String(error)).toBe(status)
  named(error as PayloadError, path)
}

/** A request with a body as it comes (text, a form), through Payload's own request handler. */
const raw = async (method: string, path: string, body: BodyInit | undefined, headers: Record<string, string> = {}, token = editor.token): Promise<Reply> => {
  const request = new Request(`http://localhost:3000/api${path}`, { method, body, headers: { ...headers, Authorization: `JWT ${token}` } })
  const response = await handleEndpoints({ config: app.config, request })
  const text = await response.text()
  return { status: response.status, body: JSON.parse(text), headers: response.headers }
}

const asUser = (actor: Actor) => ({ user: actor.user, overrideAccess: false })
const posts = 'cchc-posts' as 'units'
const decisions = 'procedure-announcements' as 'units'

const decision = (extra: Record<string, unknown>) => ({
  number: `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`,
  issuer: 'UBND thành phố Hải Phòng',
  signedAt: '2026-06-01T00:00:00.000Z',
  effectiveDate: '2026-06-15T00:00:00.000Z',
  summary: 'Công bố danh mục',
  ...extra,
})
const createDecision = `mutation($data: mutationProcedureAnnouncementInput!) { createProcedureAnnouncement(data: $data) { id } }`
const createPost = `mutation($data: mutationCchcPostInput!) { createCchcPost(data: $data) { id } }`

describe('item 9: bad input that answered 500', () => {
  it('a NUL byte in a title', async () => {
    await restRefuses(() => app.rest('POST', '/cchc-posts', { token: editor.token, body: { title: 'Bài\u0000viết' } }), 'title')
    await restRefuses(() => app.rest('POST', '/cchc-posts?draft=true', { token: editor.token, body: { title: 'Bài\u0000viết' } }), 'title')
    await restRefuses(() => app.rest('PATCH', `/cchc-posts/${postId}`, { token: editor.token, body: { title: 'Bài\u0000viết' } }), 'title')
    await graphqlRefuses(createPost, { data: { title: 'Bài\u0000viết', format: 'article', workflowState: 'draft' } }, editor.token, 'title')
    await localRefuses(() => app.payload.create({ collection: posts, data: { title: 'Bài\u0000viết' } as never, ...asUser(editor) }), 'title')
  })

  it('a NUL byte in an uploaded file’s name', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await jpeg())], { type: 'image/jpeg' }), 'anh\u0000.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh' }))
    // The multipart header itself is broken by the byte: the form is what the answer names.
    const reply = await restRefuses(() => raw('POST', '/cchc-media', form), null)
    expect(reply.body.errors[0].message).toMatch(/^Không đọc được biểu mẫu multipart/)
  })

  it('a NUL byte in a search (?q=%00ab)', async () => {
    await restRefuses(() => app.rest('GET', '/cchc-posts/search?q=%00ab'), 'q')
    await restRefuses(() => app.rest('GET', '/procedures/search?q=%00ab'), 'q')
    const reply = await app.graphql('query($q: String) { ProcedureSearch(q: $q) { totalDocs } }', { q: '\u0000ab' })
    expect(reply.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(reply.body.errors[0].message).toContain('"q"')
  })

  it('a cover image that does not exist (coverImage: 999999)', async () => {
    await restRefuses(() => app.rest('POST', '/cchc-posts', { token: editor.token, body: { title: 'Bài', coverImage: 999999 } }), 'coverImage')
    await restRefuses(() => app.rest('PATCH', `/cchc-posts/${postId}?draft=true`, { token: editor.token, body: { coverImage: 999999 } }), 'coverImage')
    await graphqlRefuses(createPost, { data: { title: 'Bài', format: 'article', workflowState: 'draft', coverImage: 999999 } }, editor.token, 'coverImage')
    await localRefuses(() => app.payload.create({ collection: posts, data: { title: 'Bài', coverImage: 999999 } as never, ...asUser(editor) }), 'coverImage')
  })

  it('a topic that does not exist (topics: [999999])', async () => {
    const topics = [await topicId(app), 999999]
    await restRefuses(() => app.rest('POST', '/cchc-posts', { token: editor.token, body: { title: 'Bài', topics } }), 'topics.1')
    await graphqlRefuses(createPost, { data: { title: 'Bài', format: 'article', workflowState: 'draft', topics } }, editor.token, 'topics.1')
    await localRefuses(() => app.payload.create({ collection: posts, data: { title: 'Bài', topics } as never, ...asUser(editor) }), 'topics.1')
  })

  it('links sent as numeric strings ("6", as forms send them) are taken as the ids they name, not refused in English', async () => {
    const topic = await topicId(app)
    const reply = await app.rest('POST', '/cchc-posts?draft=true', { token: editor.token, body: { title: 'Bài có liên kết dạng chữ', topics: [String(topic)], unit: String(editorUnit) } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const stored = await app.payload.findByID({ collection: 'cchc-posts', id: reply.body.doc.id, depth: 0, draft: true })
    expect(stored).toMatchObject({ topics: [topic], unit: editorUnit })
    // A string that names no id is still refused, in Vietnamese, under the field.
    await restRefuses(() => app.rest('POST', '/cchc-posts', { token: editor.token, body: { title: 'Bài', topics: ['sáu'] } }), 'topics.0')
  })

  it('a user in a unit that does not exist (unit: 9999)', async () => {
    const user = (email: string) => ({ email, password: 'Mot-mat-khau-du-dai-2026', name: 'Người mới', unit: 9999 })
    await restRefuses(() => app.rest('POST', '/users', { token: administrator.token, body: user('moi1@thanhmien.example') }), 'unit')
    await restRefuses(() => app.rest('PATCH', `/users/${editor.user!.id}`, { token: administrator.token, body: { unit: 9999 } }), 'unit')
    await graphqlRefuses(
      'mutation($data: mutationUserInput!) { createUser(data: $data) { id } }',
      { data: user('moi2@thanhmien.example') },
      administrator.token,
      'unit',
    )
    await localRefuses(() => app.payload.create({ collection: 'users', data: user('moi3@thanhmien.example') as never, ...asUser(administrator) }), 'unit')
  })

  it('a day that does not exist (signedAt: 2026-02-30)', async () => {
    await restRefuses(() => app.rest('POST', '/procedure-announcements', { token: editor.token, body: decision({ signedAt: '2026-02-30' }) }), 'signedAt')
    await graphqlRefuses(createDecision, { data: decision({ signedAt: '2026-02-30' }) }, editor.token, 'signedAt')
    await localRefuses(() => app.payload.create({ collection: decisions, data: decision({ signedAt: '2026-02-30' }) as never, ...asUser(editor) }), 'signedAt')
  })

  it('a date in the year 99999', async () => {
    for (const signedAt of ['+099999-01-01T00:00:00.000Z', '99999-01-01']) {
      await restRefuses(() => app.rest('POST', '/procedure-announcements?draft=true', { token: editor.token, body: decision({ signedAt }) }), 'signedAt')
    }
    await graphqlRefuses(createDecision, { data: decision({ signedAt: '+099999-01-01T00:00:00.000Z' }) }, editor.token, 'signedAt')
    await localRefuses(
      () => app.payload.create({ collection: decisions, data: decision({ signedAt: '+099999-01-01T00:00:00.000Z' }) as never, ...asUser(editor) }),
      'signedAt',
    )
  })

  it('?page=-1', async () => {
    await restRefuses(() => app.rest('GET', '/cchc-posts?page=-1'), 'page')
    await graphqlRefuses('{ CchcPosts(page: -1) { docs { id } } }', {}, undefined, 'page')
    await localRefuses(() => app.payload.find({ collection: posts, page: -1, overrideAccess: false }), 'page')
  })

  it('where=notanobject', async () => {
    await restRefuses(() => app.rest('GET', '/cchc-posts?where=notanobject'), 'where')
    await restRefuses(() => app.rest('GET', '/cchc-posts?where=12'), 'where')
    await localRefuses(() => app.payload.find({ collection: posts, where: 'notanobject' as never, overrideAccess: false }), 'where')
  })

  it('where[content][like]=0: a text match on a whole rich-text column (found by the property suite)', async () => {
    await restRefuses(() => app.rest('GET', '/cchc-posts?where[content][like]=0'), 'where.content.like')
    await restRefuses(() => app.rest('GET', '/procedure-announcements?where[body][contains]=x'), 'where.body.contains')
    await localRefuses(() => app.payload.find({ collection: posts, where: { content: { like: '0' } }, overrideAccess: false }), 'where.content.like')
  })

  it('where on a field that is not there, or not stored (the virtual `scheduledAt`): 400 naming it in Vietnamese, not the versions table', async () => {
    for (const [query, path] of [
      ['where[nosuch][equals]=1', 'where.nosuch'],
      ['draft=true&where[nosuch][equals]=1', 'where.nosuch'],
      ['draft=true&where[scheduledAt][exists]=true', 'where.scheduledAt'],
    ] as const) {
      const reply = await restRefuses(() => app.rest('GET', `/cchc-posts?${query}`, { token: editor.token }), path)
      expect(JSON.stringify(reply.body), query).not.toContain('version.')
    }
    const graphql = await app.graphql('{ CchcPosts(draft: true, where: { scheduledAt: { exists: true } }) { docs { id } } }', undefined, editor.token)
    expect(graphql.body.errors?.[0]?.message).toMatch(vietnameseLetters)
  })

  it('where[title][near]=1,2', async () => {
    await restRefuses(() => app.rest('GET', '/cchc-posts?where[title][near]=1,2'), 'where.title.near')
    await localRefuses(() => app.payload.find({ collection: posts, where: { title: { near: '1,2' } }, overrideAccess: false }), 'where.title.near')
  })

  it('where[id][in]=abc,def', async () => {
    await restRefuses(() => app.rest('GET', '/cchc-posts?where[id][in]=abc,def'), 'where.id.in')
    await restRefuses(() => app.rest('DELETE', '/cchc-posts?where[id][in]=abc,def', { token: editor.token }), 'where.id.in')
    // The versions' own paths too.
    await restRefuses(() => app.rest('GET', '/cchc-posts/versions?where[parent][in]=abc,def', { token: editor.token }), 'where.parent.in')
    await localRefuses(() => app.payload.find({ collection: posts, where: { id: { in: 'abc,def' } }, overrideAccess: false }), 'where.id.in')
  })

  it('/api/cchc-posts/99999999999999999999 is not found', async () => {
    await restRefuses(() => app.rest('GET', '/cchc-posts/99999999999999999999'), null, 404)
    await restRefuses(() => app.rest('PATCH', '/cchc-posts/99999999999999999999', { token: editor.token, body: { title: 'x' } }), null, 404)
    await restRefuses(() => app.rest('DELETE', '/cchc-posts/abc', { token: editor.token }), null, 404)
    const error = await app.payload.findByID({ collection: posts, id: '99999999999999999999', overrideAccess: false }).catch((thrown) => thrown)
    expect(error.status).toBe(404)
    expect(await app.payload.findByID({ collection: posts, id: 'abc', disableErrors: true })).toBeNull()
  })

  it('a text/plain body', async () => {
    await restRefuses(() => raw('POST', '/cchc-posts', 'title=Bài viết', { 'Content-Type': 'text/plain' }), 'JSON')
  })

  it('an urlencoded body', async () => {
    await restRefuses(() => raw('PATCH', `/cchc-posts/${postId}`, 'title=B%C3%A0i', { 'Content-Type': 'application/x-www-form-urlencoded' }), 'JSON')
  })

  it('a multipart form whose _payload is not JSON', async () => {
    const form = new FormData()
    form.append('_payload', '{"title": "Bài')
    await restRefuses(() => raw('POST', '/cchc-posts', form), '_payload')
  })

  it('JSON nested 3,000 deep', async () => {
    const deep = (inner: string) => `${'{"a":'.repeat(3000)}${inner}${'}'.repeat(3000)}`
    const reply = await restRefuses(() => raw('POST', '/cchc-posts', `{"title":"Bài","content":${deep('1')}}`, { 'Content-Type': 'application/json' }), null)
    expect(reply.body.errors[0].message).toMatch(/^Dữ liệu lồng nhau quá 64 cấp/)
    await restRefuses(() => raw('GET', `/cchc-posts?where=${encodeURIComponent(deep('{"equals":1}'))}`, undefined), 'where')
    const content = JSON.parse(deep('1'))
    const graphql = await writesNothing(() => app.graphql(createPost, { data: { title: 'Bài', format: 'article', workflowState: 'draft', content } }, editor.token))
    expect(graphql.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    const local = await app.payload.create({ collection: posts, data: { title: 'Bài', content } as never, ...asUser(editor) }).catch((thrown) => thrown)
    expect(local.status).toBe(400)
  })
})

describe('item 10: wrong values that were accepted', () => {
  it('title: {"a":1} is not text', async () => {
    await restRefuses(() => app.rest('POST', '/cchc-posts', { token: editor.token, body: { title: { a: 1 } } }), 'title')
    await localRefuses(() => app.payload.create({ collection: posts, data: { title: { a: 1 } } as never, ...asUser(editor) }), 'title')
  })

  it('content: "hello" is not a Lexical document', async () => {
    await restRefuses(() => app.rest('POST', '/cchc-posts?draft=true', { token: editor.token, body: { title: 'Bài', content: 'hello' } }), 'content')
    await graphqlRefuses(createPost, { data: { title: 'Bài', format: 'article', workflowState: 'draft', content: 'hello' } }, editor.token, 'content')
    await localRefuses(() => app.payload.create({ collection: posts, data: { title: 'Bài', content: 'hello' } as never, ...asUser(editor) }), 'content')
    const lexical = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Xin chào', version: 1 }], version: 1 }], direction: null, format: '', indent: 0, version: 1 } }
    const good = await app.rest('POST', '/cchc-posts?draft=true', { token: editor.token, body: { title: 'Bài có nội dung', content: lexical } })
    expect(good.status, JSON.stringify(good.body)).toBe(201)
  })

  it('dossier.originals: "abc" is not a number', async () => {
    const procedure = { code: '1.009001', name: 'Thủ tục thử', sector: 'Hộ tịch', dossier: [{ name: 'Tờ khai', originals: 'abc' }] }
    await restRefuses(() => app.rest('POST', '/procedures', { token: editor.token, body: procedure }), 'dossier.0.originals')
    await localRefuses(() => app.payload.create({ collection: 'procedures' as 'units', data: procedure as never, ...asUser(editor) }), 'dossier.0.originals')
  })

  it('1.5 and 1e20 are not counts', async () => {
    const figures = {
      periodKind: 'quarter',
      year: 2026,
      periodNumber: 2,
      carriedOver: 1e20,
      received: 10,
      receivedOnline: 0,
      resolvedBeforeDeadline: 1e20,
      resolvedOnTime: 10,
      resolvedLate: 0,
      inProgressWithinDeadline: 0,
      inProgressOverdue: 0,
    }
    // 1e20 + 10 === 1e20: the balance "holds" in floating point.
    await restRefuses(() => app.rest('POST', '/procedure-results?draft=true', { token: editor.token, body: figures }), 'carriedOver')
    await graphqlRefuses(
      'mutation($data: mutationProcedureResultInput!) { createProcedureResult(data: $data) { id } }',
      { data: { ...figures, carriedOver: 1.5, resolvedBeforeDeadline: 1.5 } },
      editor.token,
      'carriedOver',
    )
    const procedure = (originals: number) => ({ code: '1.009002', name: 'Thủ tục thử', sector: 'Hộ tịch', dossier: [{ name: 'Tờ khai', originals }] })
    await restRefuses(() => app.rest('POST', '/procedures?draft=true', { token: editor.token, body: procedure(1.5) }), 'dossier.0.originals')
    await localRefuses(() => app.payload.create({ collection: 'procedures' as 'units', data: procedure(1e20) as never, ...asUser(editor) }), 'dossier.0.originals')
  })

  it('effectiveDate: 12345 is not a date (it was stored as 1970)', async () => {
    await restRefuses(() => app.rest('POST', '/procedure-announcements', { token: editor.token, body: decision({ effectiveDate: 12345 }) }), 'effectiveDate')
    await restRefuses(() => app.rest('PATCH', `/procedure-announcements/${decisionId}`, { token: editor.token, body: { effectiveDate: 12345 } }), 'effectiveDate')
    await localRefuses(() => app.payload.create({ collection: decisions, data: decision({ effectiveDate: 12345 }) as never, ...asUser(editor) }), 'effectiveDate')
  })

  it('an e-mail address of 100 kB', async () => {
    const email = `${'a'.repeat(100_000)}@thanhmien.example`
    const user = { email, password: 'Mot-mat-khau-du-dai-2026', name: 'Người dài' }
    await restRefuses(() => app.rest('POST', '/users', { token: administrator.token, body: user }), 'email')
    await graphqlRefuses('mutation($data: mutationUserInput!) { createUser(data: $data) { id } }', { data: user }, administrator.token, 'email')
    await localRefuses(() => app.payload.create({ collection: 'users', data: user as never, ...asUser(administrator) }), 'email')
  })
})

describe('item 11: the annex import', () => {
  const header = 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực'
  const newRow = (n: number) => `Mới ban hành,1.${String(500000 + n).padStart(6, '0')},Thủ tục số ${n},Hộ tịch`
  const annex = (rows: number, extra: string[] = []) => [header, ...Array.from({ length: rows }, (_, n) => newRow(n)), ...extra].join('\r\n')
  const importFile = (id: number, content: string, headers?: Record<string, string>) => {
    const form = new FormData()
    form.append('file', new Blob([content], { type: 'text/csv' }), 'phu-luc.csv')
    return app.rest('POST', `/procedure-announcements/${id}/import`, { token: editor.token, body: form, headers })
  }
  const itemsOf = async (id: number) => ((await app.payload.findByID({ collection: decisions, id, depth: 0 })) as { items?: unknown[] }).items ?? []

  it(`takes ${maxAnnexRows} rows, a commune’s list many times over`, async () => {
    const reply = await importFile(decisionId, annex(maxAnnexRows))
    expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(200)
    expect(await itemsOf(decisionId)).toHaveLength(maxAnnexRows)
  })

  it(`refuses ${maxAnnexRows + 1} rows, and 10,000, before doing the work`, async () => {
    for (const rows of [maxAnnexRows + 1, 10_000]) {
      const reply = await restRefuses(() => importFile(decisionId, annex(rows)), null)
      expect(reply.body.errors[0].data.errors).toEqual([{ path: 'file', row: 0, message: expect.stringMatching(new RegExp(`${rows} dòng.*tối đa ${maxAnnexRows}`)) }])
      const english = await importFile(decisionId, annex(rows), { 'Accept-Language': 'en' })
      expect(english.body.errors[0].data.errors[0].message).toMatch(new RegExp(`${rows} procedure rows; one import takes at most ${maxAnnexRows}`))
    }
    expect(await itemsOf(decisionId)).toHaveLength(maxAnnexRows)
  })

  it('refuses items past the cap through REST too', async () => {
    const items = Array.from({ length: maxAnnexRows + 1 }, (_, n) => ({ kind: 'repealed', code: `1.${String(600000 + n).padStart(6, '0')}` }))
    await restRefuses(() => app.rest('PATCH', `/procedure-announcements/${decisionId}?draft=true`, { token: editor.token, body: { items } }), 'items')
  })

  it('a NUL byte in a cell is an error of that row and column', async () => {
    const reply = await restRefuses(() => importFile(decisionId, annex(3, ['Mới ban hành,1.509999,Tên\u0000lạ,Hộ tịch'])), null)
    expect(reply.body.errors[0].data.errors).toEqual([{ path: 'file', row: 5, column: 'Tên thủ tục', message: expect.stringMatching(/^Không được chứa ký tự NUL/) }])
  })
})

describe('item 8: sorting on what the caller may not read', () => {
  it('refuses sort=author.hash and author.salt to the public (REST, GraphQL, Local API)', async () => {
    for (const path of ['author.hash', '-author.salt', 'author.email']) {
      await restRefuses(() => app.rest('GET', `/cchc-posts?sort=${path}`), 'sort')
      await graphqlRefuses(`{ CchcPosts(sort: "${path}") { docs { id } } }`, {}, undefined, 'sort')
      await localRefuses(() => app.payload.find({ collection: posts, sort: path, overrideAccess: false }), 'sort')
    }
  })

  it('refuses fields behind field access (reviewNote, authorName) to the public', async () => {
    for (const path of ['reviewNote', '-authorName']) {
      await restRefuses(() => app.rest('GET', `/cchc-posts?sort=${path}`), 'sort')
    }
  })

  it('refuses it inside a join too', async () => {
    await restRefuses(() => app.rest('GET', '/procedures?joins[relatedPosts][sort]=author.hash'), 'joins.relatedPosts.sort')
  })

  it('refuses the hash to everyone, administrators included', async () => {
    await restRefuses(() => app.rest('GET', '/cchc-posts?sort=author.hash', { token: administrator.token }), 'sort')
    await restRefuses(() => app.rest('GET', '/users?sort=salt', { token: administrator.token }), 'sort')
  })

  it('still sorts by what the caller reads', async () => {
    const reply = await app.rest('GET', '/cchc-posts?sort=-publishedAt,title')
    expect(reply.status).toBe(200)
    expect(reply.body.docs).toHaveLength(2)
    // Through a relationship, into fields the public reads.
    expect((await app.rest('GET', '/cchc-posts?sort=unit.name')).status).toBe(200)
    expect((await app.rest('GET', '/cchc-posts?sort=author.email', { token: administrator.token })).status).toBe(200)
  })
})

describe('beyond the probe', () => {
  it('a NUL byte in the e-mail of a login, a password reset or an unlock', async () => {
    for (const path of ['/users/login', '/users/forgot-password']) {
      await restRefuses(() => app.rest('POST', path, { body: { email: 'bientap\u0000@thanhmien.example', password: 'x' } }), 'email')
    }
    await restRefuses(() => app.rest('POST', '/users/unlock', { token: administrator.token, body: { email: 'a\u0000@thanhmien.example' } }), 'email')
  })
})

describe('the last line of defence (answerInputErrors)', () => {
  let vietnamese: Awaited<ReturnType<typeof i18nIn>>
  beforeAll(async () => {
    vietnamese = await i18nIn('vi')
  })
  type Drizzle = { execute: (query: string) => Promise<unknown> }
  /** The error PostgreSQL and the ORM really throw for `statement`. */
  const databaseError = (statement: string) =>
    (app.payload.db as unknown as { drizzle: Drizzle }).drizzle.execute(statement).then(
      () => undefined,
      (error: Error) => error,
    )
  const req = () => ({ headers: new Headers(), query: {}, ...vietnamese }) as never

  it('answers 400 for what a bad value makes PostgreSQL refuse, in REST and GraphQL shapes', async () => {
    for (const statement of [`select 'abc'::int`, `select '2026-02-30'::date`, `select (E'a' || chr(0))::text`, `select 1e400::float8`, `select 1 limit -1`]) {
      const error = (await databaseError(statement))!
      expect(error, statement).toBeInstanceOf(Error)
      const rest = await answerInputErrors({ error, req: req(), context: {} })
      expect(rest, statement).toMatchObject({ status: 400, response: { errors: [{ message: expect.stringMatching(/^Dữ liệu không hợp lệ: /) }] } })
      expect(JSON.stringify(rest)).not.toMatch(/select|::/i)
      const graphql = await answerInputErrors({ error: Object.assign(new Error('wrapped'), { originalError: error }), graphqlResult: { message: 'Something went wrong.', extensions: { statusCode: 500 } }, req: req(), context: {} })
      expect(graphql).toMatchObject({ graphqlResult: { extensions: { statusCode: 400 } } })
    }
  })

  it('puts back the fields at fault when Payload’s answer lost them (a production bundle defeats its instanceof), for public errors only', async () => {
    const data = { collection: 'units', errors: [{ path: 'code', message: 'Mã đơn vị chỉ gồm chữ thường…' }] }
    const refused = Object.assign(new Error('Lỗi - Field sau không hợp lệ: code'), { name: 'ValidationError', status: 400, isPublic: true, data })
    expect(await keepErrorData({ error: refused, req: req(), context: {}, result: { errors: [{ message: refused.message }] } })).toEqual({
      response: { errors: [{ name: 'ValidationError', data, message: refused.message }] },
    })
    // Already there, or an error of the server's own: nothing to do.
    expect(await keepErrorData({ error: refused, req: req(), context: {}, result: { errors: [{ message: refused.message, data }] } })).toBeUndefined()
    const internal = Object.assign(new Error('boom'), { status: 500, data: { secret: 1 } })
    expect(await keepErrorData({ error: internal, req: req(), context: {}, result: { errors: [{ message: 'Something went wrong.' }] } })).toBeUndefined()
  })

  it('leaves the server’s own errors at 500', async () => {
    expect(await answerInputErrors({ error: new TypeError('x is undefined'), req: req(), context: {} })).toBeUndefined()
    expect(await answerInputErrors({ error: (await databaseError('select * from no_such_table'))!, req: req(), context: {} })).toBeUndefined()
  })
})
