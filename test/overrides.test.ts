/**
 * A host changes the plugin's collections without forking it (`cchcPlugin({ collections })`, as
 * form-builder's `formOverrides`): its field is stored and served, its hook runs after the plugin's,
 * its access narrows the plugin's and never widens it, and the slugs stay what the contract says.
 */
import type { CollectionAfterChangeHook } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resolveOptions } from '../src/options.ts'
import { type Actor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { makeImage, topicId } from './helpers/posts.ts'

let app: TestApp
let actors: Awaited<ReturnType<typeof makeActors>>

/** What the host's hook saw: the post as the plugin's own hooks left it. */
const seenByHostHook: { searchText?: string; sourceNote?: string }[] = []
const recordForHost: CollectionAfterChangeHook = ({ doc }) => {
  seenByHostHook.push({ searchText: doc.searchText, sourceNote: doc.sourceNote })
  return doc
}

beforeAll(async () => {
  app = await bootApp({
    collections: {
      'cchc-posts': {
        fields: ({ defaultFields }) => [...defaultFields, { name: 'sourceNote', type: 'text', label: { vi: 'Nguồn tin', en: 'Source' } }],
        admin: { description: { vi: 'Chuyên mục của xã.', en: 'The commune’s column.' } },
        hooks: { afterChange: [recordForHost] },
        // The host tries to open every post to everyone and to forbid deleting: only the second holds.
        access: { read: () => true, delete: () => false },
      },
    },
  })
  actors = await makeActors(app)
})
afterAll(() => app?.close())

const createPost = (actor: Actor, data: Record<string, unknown>) =>
  app.rest('POST', '/cchc-posts', { token: actor.token, body: { title: 'Bài có nguồn', ...data } })

describe('a host’s field', () => {
  it('is stored and served through REST and GraphQL', async () => {
    const created = await createPost(actors.contributor, { sourceNote: 'Báo Hải Phòng' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number
    expect(await app.payload.findByID({ collection: 'cchc-posts', id, depth: 0 })).toMatchObject({ sourceNote: 'Báo Hải Phòng' })
    expect((await app.rest('GET', `/cchc-posts/${id}`, { token: actors.contributor.token })).body.sourceNote).toBe('Báo Hải Phòng')
    const graphql = await app.graphql(`{ CchcPost(id: ${id}) { sourceNote } }`, {}, actors.contributor.token)
    expect(graphql.body.data.CchcPost.sourceNote).toBe('Báo Hải Phòng')
  })

  it('sits beside the plugin’s, which keep their rules (the input checks too)', async () => {
    const refused = await createPost(actors.editor, { sourceNote: { not: 'text' } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('sourceNote')
  })
})

describe('a host’s hook', () => {
  it('runs after the plugin’s own, on the document they made', async () => {
    seenByHostHook.length = 0
    expect((await createPost(actors.editor, { title: 'Thủ tục đăng ký', sourceNote: 'Cổng thông tin' })).status).toBe(201)
    // The plugin's beforeChange hooks had folded the title for search before the host's afterChange ran.
    expect(seenByHostHook).toEqual([{ searchText: 'thu tuc dang ky', sourceNote: 'Cổng thông tin' }])
  })
})

describe('the plugin’s access still holds', () => {
  it('a host’s access cannot open drafts to the public: both must allow', async () => {
    const draft = await createPost(actors.contributor, { title: 'Bản nháp riêng' })
    expect(draft.status).toBe(201)
    expect((await app.rest('GET', `/cchc-posts/${draft.body.doc.id}`)).status).toBe(404)
    const list = await app.rest('GET', '/cchc-posts?limit=100')
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(draft.body.doc.id)
  })

  it('a contributor still cannot publish, and the host’s own rule narrows what the plugin allows', async () => {
    const complete = { excerpt: 'Tóm tắt', coverImage: (await makeImage(app)).id, topics: [await topicId(app)] }
    expect((await createPost(actors.contributor, { ...complete, _status: 'published' })).status).toBe(403)
    const own = await createPost(actors.editor, complete)
    expect(own.status).toBe(201)
    expect((await app.rest('DELETE', `/cchc-posts/${own.body.doc.id}`, { token: actors.editor.token })).status).toBe(403)
  })
})

describe('what a host may change', () => {
  it('merges admin settings over the plugin’s and keeps the slug', () => {
    const posts = app.config.collections.find((collection) => collection.slug === 'cchc-posts')!
    expect(posts.admin.description).toEqual({ vi: 'Chuyên mục của xã.', en: 'The commune’s column.' })
    expect(posts.admin.useAsTitle).toBe('title')
  })

  it('refuses an override of a collection the plugin does not have, or of its slug, naming it', () => {
    expect(() => resolveOptions({ collections: { posts: {} } as never })).toThrow(/option `collections.posts`/)
    expect(() => resolveOptions({ collections: { 'cchc-posts': { slug: 'bai-viet' } } as never })).toThrow(/option `collections.cchc-posts.slug`: unknown option/)
  })
})
