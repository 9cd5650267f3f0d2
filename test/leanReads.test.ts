/**
 * Lean public reads: a post's related documents come populated with their public fields only
 * (`defaultPopulate`), and a list can leave the body out with `?select[content]=false`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { postInState } from './helpers/posts.ts'

let app: TestApp
let postId: number | string

beforeAll(async () => {
  app = await bootApp()
  const editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  const post = await postInState(app, editor.unitId!, 'published', {
    title: 'Tin gọn nhẹ',
    content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'Nội dung dài của bài.', detail: 0, format: 0, mode: 'normal', style: '' }] }] } },
  })
  postId = post.id
})
afterAll(() => app?.close())

describe('a post read at depth 1', () => {
  it('populates its cover image, topics and unit with their public fields only', async () => {
    const reply = await app.rest('GET', `/cchc-posts/${postId}?depth=1`)
    expect(reply.status).toBe(200)
    const { coverImage, topics, unit } = reply.body
    expect(Object.keys(coverImage)).toEqual(['id', 'alt', 'caption', 'credit', 'duration', 'updatedAt', 'url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'sizes'])
    expect(coverImage.url).toMatch(/^http:\/\/localhost:3000\/api\/cchc-media\/file\//)
    expect(Object.keys(coverImage.sizes.mobile)).toEqual(['url', 'width', 'height', 'mimeType', 'filesize', 'filename'])
    expect(Object.keys(topics[0])).toEqual(['id', 'name', 'slug', 'updatedAt'])
    // The unit's rights are populated for role resolution but stay hidden from the public.
    expect(Object.keys(unit)).toEqual(['id', 'code', 'name', 'shortName', 'updatedAt'])
  })

  it('still resolves a signed-in user’s role from the populated unit', async () => {
    const editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
    const draft = await app.rest('POST', '/cchc-posts', { token: editor.token, body: { title: 'Nháp biên tập', format: 'article' } })
    expect(draft.status).toBe(201)
    const me = await app.rest('GET', '/users/me?depth=1', { token: editor.token })
    expect(me.body.user.unit).toMatchObject({ code: 'ttdvsnc', accessLevel: 'editor', active: true })
  })
})

describe('a list', () => {
  it('leaves the body out with ?select[content]=false, and is smaller for it', async () => {
    const full = await app.rest('GET', '/cchc-posts?depth=1&limit=12')
    const lean = await app.rest('GET', '/cchc-posts?depth=1&limit=12&select[content]=false')
    expect(lean.status).toBe(200)
    expect(full.body.docs[0]).toHaveProperty('content')
    expect(lean.body.docs[0]).not.toHaveProperty('content')
    expect(lean.body.docs[0]).toMatchObject({ title: 'Tin gọn nhẹ', coverImage: { alt: 'Ảnh minh họa' } })
    expect(JSON.stringify(lean.body).length).toBeLessThan(JSON.stringify(full.body).length)
  })
})

describe('the hand-written indexes (src/db/searchIndexes.ts, run on start)', () => {
  it('are on the schema as Payload pushes it, and the public reads still answer', async () => {
    const pool = (app.payload.db as unknown as { pool: { query: (text: string) => Promise<{ rows: Record<string, unknown>[] }> } }).pool
    const { rows } = await pool.query(`select indexname from pg_indexes where indexname in ('cchc_posts_published_idx', 'procedures_search_text_trgm_idx')`)
    expect(rows.map((row) => row.indexname).sort()).toEqual(['cchc_posts_published_idx', 'procedures_search_text_trgm_idx'])
    expect((await app.rest('GET', '/cchc-posts?limit=1')).body.totalDocs).toBe(1)
    expect((await app.rest('GET', '/procedures/search?q=dang%20ky')).status).toBe(200)
  })
})
