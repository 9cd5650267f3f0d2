/**
 * Concurrent edits of one document: a contributor's save racing an editor's publish never takes
 * the post off the public (the second writer waits for the first and sees what it wrote), and an
 * update based on a stale version (If-Match, or the Local API's context.ifMatch) is refused with
 * 409 and changes nothing, through REST, GraphQL and the Local API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { postInState, storedPost } from './helpers/posts.ts'

let app: TestApp
let owner: Actor
let editor: Actor

beforeAll(async () => {
  app = await bootApp()
  owner = await makeActor(app, 'contributor', { unit: 'mttq' })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
})
afterAll(() => app?.close())

/** The post's versions, oldest first. */
const versionsOf = async (id: number | string) =>
  (await app.payload.findVersions({ collection: 'cchc-posts', where: { parent: { equals: id } }, sort: 'createdAt', limit: 100, depth: 0 })).docs

describe('a contributor’s saves racing an editor’s publish', () => {
  for (const round of [1, 2, 3, 4, 5]) {
    it(`round ${round}: the post stays published, and every save is answered 200 or a clean 4xx`, async () => {
      const post = await postInState(app, owner.unitId!, 'in_review')
      const saves = Array.from({ length: 8 }, (_, i) =>
        app.rest('PATCH', `/cchc-posts/${post.id}`, { token: owner.token, body: { excerpt: `Sapo sửa lần ${i}.` } }),
      )
      const publish = app.rest('PATCH', `/cchc-posts/${post.id}`, { token: editor.token, body: { workflowState: 'published' } })
      const [published, ...answers] = await Promise.all([publish, ...saves])
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      for (const answer of answers) {
        expect([200, 403], JSON.stringify(answer.body)).toContain(answer.status)
        if (answer.status === 403) expect(answer.body.errors[0].message).toBeTruthy()
      }
      const stored = await storedPost(app, post.id)
      expect(stored).toMatchObject({ _status: 'published', workflowState: 'published' })
      // No contributor's draft after the publication in the history either.
      const versions = await versionsOf(post.id)
      expect(versions.at(-1)!.version._status).toBe('published')
      expect((await app.rest('GET', `/cchc-posts/${post.id}`)).status).toBe(200)
    })
  }
})

describe('an update based on a stale version', () => {
  /** A post an editor is editing, and the version it read; then another editor publishes it. */
  const staleEdit = async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    const read = (await app.rest('GET', `/cchc-posts/${post.id}?draft=true`, { token: editor.token })).body
    await new Promise((resolve) => setTimeout(resolve, 5))
    const published = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: editor.token, body: { workflowState: 'published' } })
    expect(published.status).toBe(200)
    return { id: post.id as number, readAt: read.updatedAt as string, current: published.body.doc.updatedAt as string }
  }
  const unchanged = async (id: number) => {
    expect(await storedPost(app, id)).toMatchObject({ _status: 'published', workflowState: 'published', excerpt: 'Sapo bài viết thử nghiệm.' })
  }

  it('is refused with 409 through REST (If-Match), and goes through with the current version', async () => {
    const { id, readAt, current } = await staleEdit()
    const stale = await app.rest('PATCH', `/cchc-posts/${id}`, {
      token: editor.token,
      headers: { 'If-Match': `"${readAt}"` },
      body: { excerpt: 'Sửa trên bản cũ.', workflowState: 'draft' },
    })
    expect(stale.status, JSON.stringify(stale.body)).toBe(409)
    expect(stale.body.errors[0].message).toMatch(/^Tài liệu đã được người khác thay đổi/)
    await unchanged(id)
    const fresh = await app.rest('PATCH', `/cchc-posts/${id}`, { token: editor.token, headers: { 'If-Match': `"${current}"` }, body: { byline: 'Ban biên tập' } })
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(200)
    expect(fresh.body.doc).toMatchObject({ byline: 'Ban biên tập', _status: 'published' })
  })

  it('is refused with 409 through GraphQL (the request’s If-Match)', async () => {
    const { id, readAt } = await staleEdit()
    const reply = await app.graphql(
      `mutation { updateCchcPost(id: ${id}, data: { excerpt: "Sửa trên bản cũ.", workflowState: draft }) { id } }`,
      {},
      editor.token,
      { 'If-Match': `"${readAt}"` },
    )
    expect(reply.body.errors?.[0]).toMatchObject({ extensions: { statusCode: 409 } })
    await unchanged(id)
  })

  it('is refused with 409 through the Local API (context.ifMatch)', async () => {
    const { id, readAt } = await staleEdit()
    await expect(
      app.payload.update({
        collection: 'cchc-posts',
        id,
        data: { excerpt: 'Sửa trên bản cũ.', workflowState: 'draft' } as never,
        context: { ifMatch: readAt },
        user: editor.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 409 })
    await unchanged(id)
  })

  it('applies to the other collections with workflows: a procedure (REST)', async () => {
    const created = await app.rest('POST', '/procedures', { token: owner.token, body: { code: '1.700001', name: 'Thủ tục thử', sector: 'Hộ tịch' } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const readAt = created.body.doc.updatedAt
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect((await app.rest('PATCH', `/procedures/${created.body.doc.id}`, { token: editor.token, body: { _status: 'published' } })).status).toBe(200)
    const stale = await app.rest('PATCH', `/procedures/${created.body.doc.id}`, { token: editor.token, headers: { 'If-Match': readAt }, body: { name: 'Cũ' } })
    expect(stale.status).toBe(409)
  })

  it('an If-Match that is not a version is a 400 naming the header', async () => {
    const post = await postInState(app, owner.unitId!, 'draft')
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: owner.token, headers: { 'If-Match': 'yesterday' }, body: { excerpt: 'x' } })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].message).toMatch(/If-Match/)
  })
})
