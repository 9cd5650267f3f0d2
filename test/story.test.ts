/**
 * The "done when", end to end over REST as the admin panel and the portal call it:
 * a contributor writes a post with a photo and submits it; the editor rejects it with a reason;
 * the contributor fixes and resubmits it; the editor publishes it; the public API then shows it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { topicId } from './helpers/posts.ts'

let app: TestApp
let contributor: Actor
let editor: Actor

beforeAll(async () => {
  app = await bootApp()
  contributor = await makeActor(app, 'contributor', { unit: 'vp-hdnd-ubnd' })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
})
afterAll(() => app?.close())

it('from a contributor’s draft to the public column', async () => {
  const as = (actor: Actor) => ({ token: actor.token })

  // The contributor uploads a photo and writes the post.
  const form = new FormData()
  form.append('file', new Blob([readFileSync(path.join(import.meta.dirname, 'fixtures', 'photo.jpg'))], { type: 'image/jpeg' }), 'tiep-dan.jpg')
  form.append('_payload', JSON.stringify({ alt: 'Cán bộ tiếp công dân tại bộ phận một cửa' }))
  const photo = await app.rest('POST', '/cchc-media', { ...as(contributor), body: form })
  expect(photo.status).toBe(201)

  const created = await app.rest('POST', '/cchc-posts', {
    ...as(contributor),
    body: { title: 'Bộ phận một cửa xã Thanh Miện đón tiếp công dân', format: 'article', coverImage: photo.body.doc.id },
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  const submit = await app.rest('PATCH', `/cchc-posts/${id}`, { ...as(contributor), body: { workflowState: 'in_review' } })
  expect(submit.body.doc.workflowState).toBe('in_review')

  // The editor finds it waiting and sends it back with a reason.
  const queue = await app.rest('GET', '/cchc-posts?where[workflowState][equals]=in_review', as(editor))
  expect(queue.body.docs.map((d: { id: number }) => d.id)).toContain(id)
  const reject = await app.rest('PATCH', `/cchc-posts/${id}`, {
    ...as(editor),
    body: { workflowState: 'changes_requested', reviewNote: 'Thêm sapo và chọn chuyên mục.' },
  })
  expect(reject.status).toBe(200)

  // The contributor reads the reason, fixes the post and resubmits.
  const mine = await app.rest('GET', `/cchc-posts/${id}`, as(contributor))
  expect(mine.body.reviewNote).toBe('Thêm sapo và chọn chuyên mục.')
  const fixed = await app.rest('PATCH', `/cchc-posts/${id}`, {
    ...as(contributor),
    body: { excerpt: 'Bộ phận một cửa tiếp nhận hồ sơ cả ngày thứ Bảy.', topics: [await topicId(app, 'tin-hoat-dong-cchc')], workflowState: 'in_review' },
  })
  expect(fixed.body.doc.workflowState).toBe('in_review')
  // Not yet public.
  expect((await app.rest('GET', `/cchc-posts/${id}`)).status).not.toBe(200)

  // The editor publishes; the portal now shows it, with its photo, by slug.
  const published = await app.rest('PATCH', `/cchc-posts/${id}`, { ...as(editor), body: { _status: 'published' } })
  expect(published.status).toBe(200)
  const publicView = await app.rest('GET', '/cchc-posts?where[slug][equals]=bo-phan-mot-cua-xa-thanh-mien-don-tiep-cong-dan&depth=1')
  expect(publicView.body.docs).toHaveLength(1)
  const post = publicView.body.docs[0]
  expect(post).toMatchObject({ workflowState: 'published', _status: 'published', excerpt: 'Bộ phận một cửa tiếp nhận hồ sơ cả ngày thứ Bảy.' })
  expect(post.coverImage.alt).toBe('Cán bộ tiếp công dân tại bộ phận một cửa')
  expect(post.coverImage.sizes.mobile.url).toMatch(/\.webp$/)
  expect(post.publishedAt).toBeTruthy()
  expect(post).not.toHaveProperty('reviewNote')
  const file = await app.rest('GET', post.coverImage.url.replace(/^.*\/api/, ''))
  expect(file.status).toBe(200)

  // And the contributor can no longer change it.
  const late = await app.rest('PATCH', `/cchc-posts/${id}`, { ...as(contributor), body: { title: 'Sửa sau khi đăng' } })
  expect(late.status).toBe(403)
})
