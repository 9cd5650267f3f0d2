/**
 * GraphQL GET (`/api/graphql?query=…`): anonymous queries of published content go through the same
 * HTTP cache as REST (ETag, 304, public Cache-Control), never a mutation, an error, a request with
 * credentials or a query of anything else; a post turned back to a draft is gone on the next read.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cacheAnonymousReads, graphqlGet, guardGraphQL } from '../src/index.ts'
import { readGraphQLGet, readsOnly } from '../src/lib/graphqlGet.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { postInState } from './helpers/posts.ts'

describe('reading a GraphQL GET (pure)', () => {
  const read = (query: string, more: Record<string, string> = {}) => readGraphQLGet(new URLSearchParams({ query, ...more }))
  it('takes a query with its variables and top-level fields; refuses mutations, bad variables and no query', () => {
    expect(read('query Q($s: String) { CchcPosts(where: { slug: { equals: $s } }) { docs { title } } countCchcPosts { totalDocs } }', { variables: '{"s":"a"}', operationName: 'Q' })).toEqual({
      ok: true,
      request: { query: expect.any(String), variables: { s: 'a' }, operationName: 'Q' },
      topFields: ['CchcPosts', 'countCchcPosts'],
    })
    expect(read('mutation { deleteCchcPost(id: 1) { id } }')).toEqual({ ok: false, problem: 'mutation' })
    expect(read('query A { CchcPosts { totalDocs } } mutation B { deleteCchcPost(id: 1) { id } }', { operationName: 'A' })).toEqual({ ok: false, problem: 'mutation' })
    expect(read('{ CchcPosts { totalDocs } }', { variables: '[1]' })).toEqual({ ok: false, problem: 'badVariables' })
    expect(read('{ CchcPosts { totalDocs } }', { variables: '{' })).toEqual({ ok: false, problem: 'badVariables' })
    expect(readGraphQLGet(new URLSearchParams())).toEqual({ ok: false, problem: 'noQuery' })
    // Fragments at the top, or a query that does not parse: not known to be public.
    expect(read('{ ...F } fragment F on Query { CchcPosts { totalDocs } }')).toMatchObject({ ok: true, topFields: null })
    expect(read('{ CchcPosts {')).toMatchObject({ ok: true, topFields: null })
    const fields = new Set(['CchcPosts', 'CchcPost'])
    expect(readsOnly(['CchcPosts', '__typename'], fields)).toBe(true)
    expect(readsOnly(['CchcPosts', 'Users'], fields)).toBe(false)
    expect(readsOnly(null, fields)).toBe(false)
    expect(readsOnly([], fields)).toBe(false)
  })
})

let app: TestApp
let editor: Actor
let get: (query: string, headers?: Record<string, string>, variables?: Record<string, unknown>) => Promise<{ status: number; text: string; headers: Headers }>

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  // As the host's route: app/(payload)/api/graphql/route.ts.
  const handler = cacheAnonymousReads(app.config, graphqlGet(app.config, guardGraphQL(app.config, GRAPHQL_POST(app.config))))
  get = async (query, headers = {}, variables) => {
    const params = new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) })
    const response = await handler(new Request(`http://localhost:3000/api/graphql?${params}`, { headers }))
    return { status: response.status, text: await response.text(), headers: response.headers }
  }
})
afterAll(() => app?.close())

const byTitle = `query ($title: String) { CchcPosts(where: { title: { equals: $title } }) { docs { id title } } }`
const titlesIn = (text: string): string[] => (JSON.parse(text) as { data: { CchcPosts: { docs: { title: string }[] } } }).data.CchcPosts.docs.map((doc) => doc.title)

describe('anonymous GraphQL GET', () => {
  it('answers a public query with a strong ETag, public Cache-Control, CORS, and 304 for the same tag', async () => {
    await postInState(app, editor.unitId!, 'published', { title: 'Tin qua GraphQL' })
    const first = await get(byTitle, {}, { title: 'Tin qua GraphQL' })
    expect(first.status).toBe(200)
    expect(titlesIn(first.text)).toEqual(['Tin qua GraphQL'])
    const tag = first.headers.get('etag')!
    expect(tag).toMatch(/^"[\w-]{32}"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('last-modified')).toBeTruthy()
    const again = await get(byTitle, { 'if-none-match': tag }, { title: 'Tin qua GraphQL' })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    // Another query is another answer.
    const count = await get('{ countCchcPosts { totalDocs } }')
    expect(count.status).toBe(200)
    expect(count.headers.get('etag')).not.toBe(tag)
  })

  it('a post read, turned back to a draft, read again: gone', async () => {
    const post = await postInState(app, editor.unitId!, 'published', { title: 'Tin GraphQL sẽ gỡ' })
    const byId = `{ CchcPost(id: ${post.id}) { title } }`
    expect(titlesIn((await get(byTitle, {}, { title: 'Tin GraphQL sẽ gỡ' })).text)).toEqual(['Tin GraphQL sẽ gỡ'])
    expect((await get(byId)).text).toContain('Tin GraphQL sẽ gỡ')
    const unpublished = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: editor.token, body: { _status: 'draft' } })
    expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
    expect(titlesIn((await get(byTitle, {}, { title: 'Tin GraphQL sẽ gỡ' })).text)).toEqual([])
    const gone = await get(byId)
    expect(gone.text).not.toContain('Tin GraphQL sẽ gỡ')
    // Not found is an error: never kept.
    expect(gone.headers.get('cache-control')).toBe('no-store')
    expect(gone.headers.get('etag')).toBeNull()
  })

  it('never keeps an error: a query that does not validate is answered no-store, every time afresh', async () => {
    for (let i = 0; i < 2; i++) {
      const wrong = await get('{ CchcPosts { docs { noSuchField } } }')
      expect(wrong.text).toContain('noSuchField')
      expect(wrong.headers.get('cache-control')).toBe('no-store')
      expect(wrong.headers.get('etag')).toBeNull()
    }
  })

  it('refuses a mutation with 405 (Allow: POST), in Vietnamese, and changes nothing', async () => {
    const post = await postInState(app, editor.unitId!, 'published', { title: 'Tin không được xóa bằng GET' })
    for (const headers of [{}, { authorization: `JWT ${editor.token}` }] as Record<string, string>[]) {
      const refused = await get(`mutation { deleteCchcPost(id: ${post.id}) { id } }`, headers)
      expect(refused.status).toBe(405)
      expect(refused.headers.get('allow')).toBe('POST')
      expect(refused.headers.get('cache-control')).toMatch(/no-store/)
      expect(JSON.parse(refused.text).errors[0].message).toBe('GET chỉ dùng để đọc: gửi thao tác thay đổi dữ liệu (mutation) bằng POST.')
    }
    expect((await app.payload.findByID({ collection: 'cchc-posts', id: post.id, disableErrors: true }))?.title).toBe('Tin không được xóa bằng GET')
    const english = await get('{ CchcPosts { totalDocs } }', { 'accept-language': 'en' }, undefined)
    expect(english.status).toBe(200)
    const noQuery = await get('', { 'accept-language': 'en' })
    expect(noQuery.status).toBe(400)
    expect(JSON.parse(noQuery.text).errors[0].message).toBe('A GraphQL GET needs a query parameter.')
  })

  it('with a token: Cache-Control private, no-store, and the editor sees what the public does not', async () => {
    const post = await postInState(app, editor.unitId!, 'draft', { title: 'Nháp chỉ biên tập thấy' })
    const query = `{ CchcPost(id: ${post.id}, draft: true) { title } }`
    const withToken = await get(query, { authorization: `JWT ${editor.token}` })
    expect(withToken.status).toBe(200)
    expect(withToken.text).toContain('Nháp chỉ biên tập thấy')
    expect(withToken.headers.get('cache-control')).toBe('private, no-store')
    expect(withToken.headers.get('etag')).toBeNull()
    // The same URL anonymously, after the editor's read: nothing of the draft.
    const anonymous = await get(query)
    expect(anonymous.text).not.toContain('Nháp chỉ biên tập thấy')
    expect(anonymous.headers.get('cache-control')).toBe('no-store')
  })

  it('does not cache a query of anything but the public collections', async () => {
    const users = await get('{ Users { totalDocs } }')
    expect(users.headers.get('cache-control')).toBe('no-store')
    expect(users.headers.get('etag')).toBeNull()
    const mixed = await get('{ CchcPosts { totalDocs } Users { totalDocs } }')
    expect(mixed.headers.get('cache-control')).toBe('no-store')
  })
})
