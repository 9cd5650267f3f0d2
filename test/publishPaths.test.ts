/**
 * Every other way a contributor might get a post published, each refused with nothing changed:
 * autosave, a draft save, bulk update, creating it published, restoring a published version,
 * and a scheduled-publish job. The editor's own paths (schedule, restore) work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { completePost, makeImage, postInState, storedPost } from './helpers/posts.ts'

let app: TestApp
let owner: Actor
let editor: Actor

beforeAll(async () => {
  app = await bootApp()
  owner = await makeActor(app, 'contributor', { unit: 'mttq' })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
})
afterAll(() => app?.close())

/** The version of a post that was saved as published. */
const publishedVersionOf = async (id: number | string) =>
  (
    await app.payload.findVersions({
      collection: 'cchc-posts',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    })
  ).docs[0]!

/** What the admin's schedule drawer does: queue a schedulePublish job in `actor`'s name. */
const schedulePublish = (id: number | string, actor: Actor, waitUntil: Date) =>
  app.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'cchc-posts', value: String(id) },
      user: { relationTo: 'users', value: actor.user!.id },
    },
    waitUntil,
  } as never)

const expectUnpublished = async (id: number | string, { everPublished = false } = {}) => {
  const post = await storedPost(app, id)
  expect(post!._status).toBe('draft')
  expect(post!.workflowState).not.toBe('published')
  if (!everPublished) expect(post!.publishedAt ?? null).toBeNull()
  const publicView = await app.rest('GET', `/cchc-posts/${id}`)
  expect(publicView.status).not.toBe(200)
}

describe('a contributor cannot publish', () => {
  it('by creating a post already published (REST, GraphQL, Local API)', async () => {
    const data = await completePost(app, owner.unitId!)
    const rest = await app.rest('POST', '/cchc-posts', { token: owner.token, body: { ...data, _status: 'published' } })
    expect(rest.status).toBe(403)
    const graphql = await app.graphql(
      'mutation($data: mutationCchcPostInput!) { createCchcPost(data: $data) { id } }',
      { data: { ...data, _status: 'published' } },
      owner.token,
    )
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    await expect(
      app.payload.create({ collection: 'cchc-posts', data: { ...data, _status: 'published' } as never, user: owner.user, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await app.payload.count({ collection: 'cchc-posts', where: { title: { equals: data.title } } })).totalDocs).toBe(0)
  })

  it('through autosave', async () => {
    const post = await postInState(app, owner.unitId!, 'draft')
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true&autosave=true`, {
      token: owner.token,
      body: { _status: 'published', title: 'Tự đăng' },
    })
    expect(reply.status).toBe(403)
    await expectUnpublished(post.id)
  })

  it('through a draft save that asks for the published state', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true`, { token: owner.token, body: { workflowState: 'published' } })
    expect(reply.status).toBe(403)
    await expectUnpublished(post.id)
  })

  it('through a bulk update', async () => {
    const a = await postInState(app, owner.unitId!, 'draft')
    const b = await postInState(app, owner.unitId!, 'in_review')
    const where = encodeURIComponent(JSON.stringify({ id: { in: [a.id, b.id] } }))
    const reply = await app.rest('PATCH', `/cchc-posts?where=${where}`, { token: owner.token, body: { _status: 'published' } })
    expect(reply.body.docs ?? []).toHaveLength(0)
    await expectUnpublished(a.id)
    await expectUnpublished(b.id)
    await expect(
      app.payload.update({ collection: 'cchc-posts', where: { id: { in: [a.id, b.id] } }, data: { workflowState: 'published' } as never, user: owner.user, overrideAccess: false }),
    ).resolves.toMatchObject({ docs: [] })
    await expectUnpublished(a.id)
  })

  it('by restoring a version that was published', async () => {
    const post = await postInState(app, owner.unitId!, 'published')
    // The editor takes it down; the contributor may edit it again, but not bring it back.
    await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { _status: 'draft' } as never })
    const published = await publishedVersionOf(post.id)
    const rest = await app.rest('POST', `/cchc-posts/versions/${published.id}`, { token: owner.token })
    expect(rest.status).toBe(403)
    const graphql = await app.graphql(`mutation { restoreVersionCchcPost(id: ${published.id}) { id } }`, {}, owner.token)
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    await expect(
      app.payload.restoreVersion({ collection: 'cchc-posts', id: published.id, user: owner.user, overrideAccess: false }),
    ).rejects.toThrow()
    await expectUnpublished(post.id, { everPublished: true })
  })

  it('by scheduling publication: the jobs API is closed and a job queued in its name publishes nothing', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    const rest = await app.rest('POST', '/payload-jobs', {
      token: owner.token,
      body: { taskSlug: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'cchc-posts', value: String(post.id) } } },
    })
    expect(rest.status).toBe(403)

    await schedulePublish(post.id, owner, new Date(Date.now() - 1000))
    await app.payload.jobs.run()
    await expectUnpublished(post.id)
    expect((await storedPost(app, post.id))!.workflowState).toBe('in_review')
  })
})

describe('an editor', () => {
  it('schedules publication, and the job publishes the post when it runs', async () => {
    const post = await postInState(app, owner.unitId!, 'in_review')
    await schedulePublish(post.id, editor, new Date(Date.now() + 60 * 60 * 1000))
    await app.payload.jobs.run()
    expect((await storedPost(app, post.id))!._status).toBe('draft')

    await app.payload.update({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } as never })
    await app.payload.jobs.run()
    const stored = await storedPost(app, post.id)
    expect(stored).toMatchObject({ _status: 'published', workflowState: 'published' })
    expect((await app.rest('GET', `/cchc-posts/${post.id}`)).status).toBe(200)
  })

  it('restores a published version', async () => {
    const post = await postInState(app, owner.unitId!, 'published')
    await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { _status: 'draft' } as never })
    const reply = await app.rest('POST', `/cchc-posts/versions/${(await publishedVersionOf(post.id)).id}`, { token: editor.token })
    expect(reply.status).toBe(200)
    expect((await storedPost(app, post.id))!).toMatchObject({ _status: 'published', workflowState: 'published' })
  })

  it('cannot publish an incomplete post: a 400 names every missing field and nothing is published', async () => {
    const bare = await app.payload.create({ collection: 'cchc-posts', data: { title: 'Video thiếu', format: 'video' } as never })
    const reply = await app.rest('PATCH', `/cchc-posts/${bare.id}`, { token: editor.token, body: { _status: 'published' }, headers: { 'Accept-Language': 'en' } })
    expect(reply.status).toBe(400)
    const paths = reply.body.errors[0].data.errors.map((e: { path: string }) => e.path).sort()
    expect(paths).toEqual(['coverImage', 'excerpt', 'topics', 'transcript'])
    expect(JSON.stringify(reply.body)).toContain('A cover image is required')
    await expectUnpublished(bare.id)
  })

  it('cannot publish a photo story without a gallery, nor with a cover lacking alt text', async () => {
    const photo = await app.payload.create({ collection: 'cchc-posts', data: (await completePost(app, owner.unitId!, { format: 'photo' })) as never })
    const noGallery = await app.rest('PATCH', `/cchc-posts/${photo.id}`, { token: editor.token, body: { _status: 'published' } })
    expect(noGallery.status).toBe(400)
    expect(noGallery.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual(['gallery'])

    const cover = await makeImage(app)
    // Stored without alt text (as an older upload might be), bypassing the media rules.
    await app.payload.db.updateOne({ collection: 'cchc-media', id: cover.id, data: { alt: '' } })
    const article = await app.payload.create({ collection: 'cchc-posts', data: (await completePost(app, owner.unitId!, { coverImage: cover.id })) as never })
    const noAlt = await app.rest('PATCH', `/cchc-posts/${article.id}`, { token: editor.token, body: { _status: 'published' } })
    expect(noAlt.status).toBe(400)
    expect(JSON.stringify(noAlt.body)).toContain('alt')
    await expectUnpublished(article.id)
  })
})

describe('what the admin panel offers', () => {
  it('asks access with `_status: published` before showing Publish: no for a contributor, yes for an editor', async () => {
    const post = await postInState(app, owner.unitId!, 'draft')
    const { docAccessOperation } = await import('payload')
    const collection = app.payload.collections['cchc-posts']!
    const ask = async (actor: Actor) => {
      const req = await (await import('payload')).createLocalReq({ user: actor.user as never }, app.payload)
      const update = (await docAccessOperation({ id: post.id, collection, data: { _status: 'published' }, req } as never)).update
      // Payload drops a refused operation from its sanitized permissions and may flatten a granted one.
      return update === true || (update as { permission?: boolean } | undefined)?.permission === true
    }
    expect(await ask(owner)).toBe(false)
    expect(await ask(editor)).toBe(true)
  })
})
