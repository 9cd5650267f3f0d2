import sharp from 'sharp'

import type { TestApp } from './boot.ts'

let imageBytes: Buffer | undefined

/** A real small JPEG, made once per file. */
export const jpeg = async () =>
  (imageBytes ??= await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } }).jpeg().toBuffer())

/** A media document with alt text, created by the system. */
export const makeImage = async (app: TestApp, alt = 'Ảnh minh họa', unit?: number | string) =>
  app.payload.create({
    collection: 'cchc-media',
    data: { alt, ...(unit ? { unit } : {}) },
    file: { data: await jpeg(), mimetype: 'image/jpeg', name: `anh-${Math.random().toString(36).slice(2)}.jpg`, size: (await jpeg()).length },
  })

export const topicId = async (app: TestApp, slug = 'chuyen-doi-so') =>
  (await app.payload.find({ collection: 'cchc-topics', where: { slug: { equals: slug } } })).docs[0]!.id

/** A post ready for publication in every respect, owned by `unit`. */
export const completePost = async (app: TestApp, unit: number | string, extra: Record<string, unknown> = {}) => ({
  title: `Bài thử ${Math.random().toString(36).slice(2, 7)}`,
  excerpt: 'Sapo bài viết thử nghiệm.',
  format: 'article',
  coverImage: (await makeImage(app)).id,
  topics: [await topicId(app)],
  unit,
  ...extra,
})

const route: Record<string, Record<string, unknown>[]> = {
  draft: [],
  in_review: [{ workflowState: 'in_review' }],
  changes_requested: [{ workflowState: 'in_review' }, { workflowState: 'changes_requested', reviewNote: 'Bổ sung ảnh.' }],
  published: [{ _status: 'published' }],
  archived: [{ _status: 'published' }, { workflowState: 'archived' }],
}

/** Creates a post (as the system) and walks it to `state`. */
export const postInState = async (app: TestApp, unit: number | string, state: string, extra: Record<string, unknown> = {}) => {
  let post = await app.payload.create({ collection: 'cchc-posts', data: (await completePost(app, unit, extra)) as never })
  for (const step of route[state]!) {
    post = await app.payload.update({ collection: 'cchc-posts', id: post.id, data: step as never })
  }
  return post
}

/** The post as stored (main document, not the latest draft). */
export const storedPost = (app: TestApp, id: number | string) =>
  app.payload.findByID({ collection: 'cchc-posts', id, depth: 0, showHiddenFields: true, disableErrors: true }) as Promise<Record<string, any> | null>
