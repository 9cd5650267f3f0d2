/**
 * The public read path: anonymous readers get published posts only, whichever path they take,
 * and never a draft, a version, a post in review, a review note, an author account or an e-mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { postInState, topicId } from './helpers/posts.ts'

let app: TestApp
let owner: Actor
let other: Actor
const ids: Record<string, number | string> = {}
const secret = 'BẢN NHÁP CHƯA DUYỆT'

beforeAll(async () => {
  app = await bootApp()
  owner = await makeActor(app, 'contributor', { unit: 'mttq', email: 'tacgia@thanhmien.example' })
  other = await makeActor(app, 'contributor', { unit: 'kinh-te' })
  for (const state of ['draft', 'in_review', 'changes_requested', 'archived', 'published'] as const) {
    ids[state] = (await postInState(app, owner.unitId!, state, { title: `${state === 'published' ? 'Công khai' : secret} ${state}` })).id
  }
  // A published post whose newer draft is not public yet.
  const edited = await postInState(app, owner.unitId!, 'published', { title: 'Bản đã đăng' })
  ids.editedDraft = edited.id
  await app.payload.update({ collection: 'cchc-posts', id: edited.id, draft: true, data: { title: secret } as never })
  await app.payload.update({ collection: 'cchc-posts', id: ids.published!, data: { author: owner.user!.id, reviewNote: 'Ghi chú nội bộ' } as never })
})
afterAll(() => app?.close())

const noSecrets = (body: unknown) => {
  const text = JSON.stringify(body)
  expect(text).not.toContain(secret)
  expect(text).not.toContain('tacgia@thanhmien.example')
  expect(text).not.toContain('Ghi chú nội bộ')
  expect(text).not.toContain('Thêm nguồn')
}

describe('REST', () => {
  it('lists published posts only, with or without ?draft=true, at any depth', async () => {
    for (const query of ['', '?draft=true', '?depth=3', '?draft=true&depth=3']) {
      const reply = await app.rest('GET', `/cchc-posts${query}`)
      expect(reply.status).toBe(200)
      const listed = reply.body.docs.map((d: { id: number }) => d.id).sort()
      expect(listed, query).toEqual([ids.published, ids.editedDraft].sort())
      noSecrets(reply.body)
      for (const doc of reply.body.docs) {
        expect(doc).not.toHaveProperty('reviewNote')
        expect(doc).not.toHaveProperty('author')
        expect(doc).not.toHaveProperty('authorName')
      }
    }
  })

  it('refuses each unpublished post by id, with or without ?draft=true', async () => {
    for (const state of ['draft', 'in_review', 'changes_requested', 'archived']) {
      for (const query of ['', '?draft=true']) {
        const reply = await app.rest('GET', `/cchc-posts/${ids[state]}${query}`)
        expect(reply.status, `${state}${query}`).not.toBe(200)
        noSecrets(reply.body)
      }
    }
  })

  it('serves the published text of a post that has a newer draft', async () => {
    for (const query of ['', '?draft=true']) {
      const reply = await app.rest('GET', `/cchc-posts/${ids.editedDraft}${query}`)
      expect(reply.status).toBe(200)
      expect(reply.body.title).toBe('Bản đã đăng')
    }
  })

  it('refuses the versions endpoints', async () => {
    expect((await app.rest('GET', '/cchc-posts/versions')).status).toBe(403)
    const version = (await app.payload.findVersions({ collection: 'cchc-posts', limit: 1 })).docs[0]!
    expect((await app.rest('GET', `/cchc-posts/versions/${version.id}`)).status).toBe(403)
  })

  it('never hands out e-mails: users stay closed', async () => {
    expect((await app.rest('GET', '/users')).status).toBe(403)
    expect((await app.rest('GET', `/users/${owner.user!.id}`)).status).toBe(403)
  })

  it('lists by topic, format, unit and featured, newest first', async () => {
    const topic = await topicId(app)
    const where = encodeURIComponent(
      JSON.stringify({ and: [{ topics: { in: [topic] } }, { format: { equals: 'article' } }, { unit: { equals: owner.unitId } }] }),
    )
    const reply = await app.rest('GET', `/cchc-posts?where=${where}&sort=-publishedAt`)
    expect(reply.body.docs.map((d: { id: number }) => d.id)).toEqual([ids.editedDraft, ids.published])
    const featured = await app.rest('GET', '/cchc-posts?where[featured][equals]=true')
    expect(featured.body.docs).toEqual([])
  })
})

describe('GraphQL', () => {
  it('lists published posts only, drafts or not', async () => {
    for (const draft of [false, true]) {
      const reply = await app.graphql(`{ CchcPosts(draft: ${draft}, limit: 50) { docs { id title reviewNote author { email } } } }`)
      const listed = reply.body.data.CchcPosts.docs.map((d: { id: number }) => d.id).sort()
      expect(listed).toEqual([ids.published, ids.editedDraft].sort())
      noSecrets(reply.body.data)
      for (const doc of reply.body.data.CchcPosts.docs) {
        expect(doc.reviewNote).toBeNull()
        expect(doc.author).toBeNull()
      }
    }
  })

  it('refuses unpublished posts and versions', async () => {
    for (const state of ['draft', 'in_review', 'archived']) {
      const reply = await app.graphql(`{ CchcPost(id: ${ids[state]}, draft: true) { id title } }`)
      expect(reply.body.data?.CchcPost ?? null).toBeNull()
      noSecrets(reply.body)
    }
    const versions = await app.graphql('{ versionsCchcPosts { docs { id version { title } } } }')
    expect(versions.body.errors?.length).toBeGreaterThan(0)
    noSecrets(versions.body.data)
  })
})

describe('Local API with overrideAccess: false and no user', () => {
  it('finds published posts only, even with draft: true', async () => {
    const result = await app.payload.find({ collection: 'cchc-posts', overrideAccess: false, draft: true, depth: 2 })
    expect(result.docs.map((d) => d.id).sort()).toEqual([ids.published, ids.editedDraft].sort())
    noSecrets(result)
    await expect(app.payload.findByID({ collection: 'cchc-posts', id: ids.draft!, overrideAccess: false })).rejects.toThrow()
    await expect(app.payload.findVersions({ collection: 'cchc-posts', overrideAccess: false })).rejects.toThrow()
  })
})

describe('signed-in readers', () => {
  it('a contributor reads its own unit’s drafts, not another unit’s', async () => {
    const own = await app.rest('GET', '/cchc-posts?limit=50', { token: owner.token })
    expect(own.body.docs.map((d: { id: number }) => d.id)).toContain(ids.in_review)
    const foreign = await app.rest('GET', '/cchc-posts?limit=50', { token: other.token })
    const listed = foreign.body.docs.map((d: { id: number }) => d.id).sort()
    expect(listed).toEqual([ids.published, ids.editedDraft].sort())
    expect((await app.rest('GET', `/cchc-posts/${ids.draft}`, { token: other.token })).status).not.toBe(200)
  })

  it('the editor finds the posts waiting for review (Chờ duyệt)', async () => {
    const editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
    const reply = await app.rest('GET', '/cchc-posts?where[workflowState][equals]=in_review', { token: editor.token })
    expect(reply.body.docs.map((d: { id: number }) => d.id)).toEqual([ids.in_review])
  })
})

describe('errors', () => {
  it('Payload’s own field errors come in the request’s language, Vietnamese by default, naming the field', async () => {
    const create = (headers?: Record<string, string>) => app.rest('POST', '/cchc-posts', { token: owner.token, body: { excerpt: 'x'.repeat(401) }, headers })
    const reply = await create()
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'Trường này là bắt buộc.', label: expect.anything() },
        expect.objectContaining({ path: 'excerpt', message: expect.stringMatching(/400 ký tự\.$/) }),
      ]),
    )
    expect((await create({ 'Accept-Language': 'en' })).body.errors[0].data.errors).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'This field is required.', label: expect.anything() },
        expect.objectContaining({ path: 'excerpt', message: expect.stringMatching(/^This value must be shorter .* 400 characters\.$/) }),
      ]),
    )
    expect(await app.payload.count({ collection: 'cchc-posts', where: { excerpt: { equals: 'x'.repeat(401) } } })).toMatchObject({ totalDocs: 0 })
  })
})
