/**
 * The less obvious ways to write, and what they tell: a duplicate (REST, Local API), a bulk update
 * (`PATCH /api/cchc-posts?where=…`), a version restore (`POST /api/cchc-posts/versions/:id`, as it
 * is and as a draft) and autosave. None sends a notification that is not a real step of the
 * workflow, none sends one twice, and none tells a unit of another unit's item.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { completePost, postInState } from './helpers/posts.ts'

let app: TestApp
let editor: Actor
let editorB: Actor
let coordinator: Actor
let author: Actor
let colleague: Actor
let otherUnit: Actor

beforeAll(async () => {
  app = await bootApp()
  await makeActor(app, 'administrator', { isSystemAdmin: true })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  editorB = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  coordinator = await makeActor(app, 'coordinator', { unit: 'vhxh' })
  author = await makeActor(app, 'contributor', { unit: 'mttq' })
  colleague = await makeActor(app, 'contributor', { unit: 'mttq' })
  otherUnit = await makeActor(app, 'contributor', { unit: 'kinh-te' })
}, 240_000)
afterAll(() => app?.close())

const ids = (...actors: Actor[]) => actors.map((actor) => String(actor.user!.id)).sort()

/** Every notification about one item, as `event:recipient`, sorted. */
const linesOf = async (collection: string, itemId: number | string) => {
  const found = await app.payload.find({
    collection: 'cchc-notifications',
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(itemId) } }] },
    pagination: false,
    depth: 0,
  })
  return found.docs.map((doc) => `${doc.event}:${String(doc.recipient)}`).sort()
}
/** The lines added since `before` (a snapshot of `linesOf`). */
const linesSince = async (collection: string, itemId: number | string, before: string[]) => {
  const left = [...before]
  return (await linesOf(collection, itemId)).filter((line) => {
    const at = left.indexOf(line)
    if (at === -1) return true
    left.splice(at, 1)
    return false
  })
}
const lines = (event: string, ...actors: Actor[]) => ids(...actors).map((id) => `${event}:${id}`)
const sorted = (...groups: string[][]) => groups.flat().sort()

/** A post the author writes and submits (the editors are told once). */
const submittedPost = async (actor = author) => {
  const post = await app.payload.create({ collection: 'cchc-posts', data: (await completePost(app, actor.unitId!)) as never, user: actor.user, overrideAccess: false })
  await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { workflowState: 'in_review' } as never, user: actor.user, overrideAccess: false })
  expect(await linesOf('cchc-posts', post.id)).toEqual(lines('postSubmitted', editor, editorB))
  return post
}

const versionsOf = async (id: number | string) =>
  (await app.payload.findVersions({ collection: 'cchc-posts', where: { parent: { equals: id } }, sort: '-updatedAt', pagination: false, depth: 0 })).docs as Record<string, any>[]

describe('a duplicate', () => {
  it('of a submitted post (REST, the admin’s way) is a draft and tells no one', async () => {
    const source = await submittedPost()
    const copy = await app.rest('POST', `/cchc-posts/${source.id}/duplicate`, { token: author.token, body: { title: 'Bản sao bài đã gửi duyệt' } })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    const stored = await app.payload.findByID({ collection: 'cchc-posts', id: copy.body.doc.id, depth: 0, draft: true })
    expect(stored.workflowState).toBe('draft')
    expect(await linesOf('cchc-posts', copy.body.doc.id)).toEqual([])
    expect(await linesOf('cchc-posts', source.id)).toEqual(lines('postSubmitted', editor, editorB))
  })

  it('of a published post, by an editor through the Local API as a draft, tells the unit nothing', async () => {
    const source = await postInState(app, author.unitId!, 'published')
    const before = await linesOf('cchc-posts', source.id)
    const copy = await app.payload.duplicate({ collection: 'cchc-posts', id: source.id, data: { title: 'Bản sao bài đã đăng' } as never, draft: true, user: editor.user, overrideAccess: false })
    expect(copy.workflowState).toBe('draft')
    expect(await linesOf('cchc-posts', copy.id)).toEqual([])
    expect(await linesSince('cchc-posts', source.id, before)).toEqual([])
  })

  it('of a submitted report is a draft: the coordinator is not told', async () => {
    const report = await app.payload.create({ collection: 'cchc-reports', data: { unit: author.unitId, periodKind: 'month', year: 2026, periodNumber: 3 } as never, user: author.user, overrideAccess: false })
    await app.payload.update({ collection: 'cchc-reports', id: report.id, data: { reportState: 'submitted' } as never, user: author.user, overrideAccess: false })
    expect(await linesOf('cchc-reports', report.id)).toEqual(lines('reportSubmitted', coordinator))
    const copy = await app.rest('POST', `/cchc-reports/${report.id}/duplicate`, { token: author.token, body: { periodNumber: 4 } })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    expect(copy.body.doc.reportState).toBe('draft')
    expect(await linesOf('cchc-reports', copy.body.doc.id)).toEqual([])
  })
})

describe('a bulk update', () => {
  it('by an editor sending back two units’ posts tells each unit of its own post only, once', async () => {
    const ours = await submittedPost(author)
    const theirs = await submittedPost(otherUnit)
    const reply = await app.rest('PATCH', `/cchc-posts?where[id][in]=${ours.id},${theirs.id}`, {
      token: editor.token,
      body: { workflowState: 'changes_requested', reviewNote: 'Bổ sung nguồn tin.' },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.docs).toHaveLength(2)
    expect(await linesOf('cchc-posts', ours.id)).toEqual(sorted(lines('postSubmitted', editorB, editor), lines('postChangesRequested', author, colleague)))
    expect(await linesOf('cchc-posts', theirs.id)).toEqual(sorted(lines('postSubmitted', editorB, editor), lines('postChangesRequested', otherUnit)))
  })

  it('of other fields, or to the state the posts are in, tells no one', async () => {
    const one = await submittedPost()
    const two = await submittedPost()
    const excerpt = await app.rest('PATCH', `/cchc-posts?where[id][in]=${one.id},${two.id}`, { token: author.token, body: { excerpt: 'Sapo đã sửa.' } })
    expect(excerpt.status, JSON.stringify(excerpt.body)).toBe(200)
    expect(excerpt.body.docs).toHaveLength(2)
    const same = await app.rest('PATCH', `/cchc-posts?where[id][in]=${one.id},${two.id}`, { token: colleague.token, body: { workflowState: 'in_review' } })
    expect(same.status, JSON.stringify(same.body)).toBe(200)
    for (const post of [one, two]) expect(await linesOf('cchc-posts', post.id)).toEqual(lines('postSubmitted', editor, editorB))
  })
})

describe('a version restored', () => {
  it('in the same editorial state as now tells no one', async () => {
    const post = await submittedPost()
    await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { excerpt: 'Sapo mới.' } as never, user: author.user, overrideAccess: false })
    const older = (await versionsOf(post.id)).find((version) => version.version.workflowState === 'in_review' && version.version.excerpt !== 'Sapo mới.')!
    const reply = await app.rest('POST', `/cchc-posts/versions/${older.id}`, { token: author.token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(await linesOf('cchc-posts', post.id)).toEqual(lines('postSubmitted', editor, editorB))
  })

  it('that brings a sent-back post back to review is a submission: the editors are told once', async () => {
    const post = await submittedPost()
    await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { workflowState: 'changes_requested', reviewNote: 'Sửa tiêu đề.' } as never, user: editor.user, overrideAccess: false })
    const inReview = (await versionsOf(post.id)).find((version) => version.version.workflowState === 'in_review')!
    const reply = await app.rest('POST', `/cchc-posts/versions/${inReview.id}`, { token: author.token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const stored = await app.payload.findByID({ collection: 'cchc-posts', id: post.id, depth: 0 })
    expect(stored.workflowState).toBe('in_review')
    expect(await linesOf('cchc-posts', post.id)).toEqual(sorted(lines('postSubmitted', editor, editorB), lines('postSubmitted', editor, editorB), lines('postChangesRequested', author, colleague)))
  })

  it('as a draft brings back the content, not the state: no submission, no one told', async () => {
    const post = await submittedPost()
    await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { workflowState: 'changes_requested', reviewNote: 'Sửa sapo.' } as never, user: editor.user, overrideAccess: false })
    const before = await linesOf('cchc-posts', post.id)
    const inReview = (await versionsOf(post.id)).find((version) => version.version.workflowState === 'in_review')!
    const reply = await app.rest('POST', `/cchc-posts/versions/${inReview.id}?draft=true`, { token: author.token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    // The post as lists read it, and its latest draft, are still sent back, with the editor's reason.
    expect(await app.payload.findByID({ collection: 'cchc-posts', id: post.id, depth: 0 })).toMatchObject({ workflowState: 'changes_requested', reviewNote: 'Sửa sapo.' })
    expect(await app.payload.findByID({ collection: 'cchc-posts', id: post.id, depth: 0, draft: true })).toMatchObject({ workflowState: 'changes_requested', _status: 'draft' })
    expect(await linesSince('cchc-posts', post.id, before)).toEqual([])
  })

  it('by an editor, of the published version of a post taken down, is a publication: the author and the unit are told once', async () => {
    const post = await postInState(app, author.unitId!, 'published')
    await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { _status: 'draft' } as never, user: editor.user, overrideAccess: false })
    const before = await linesOf('cchc-posts', post.id)
    const published = (await versionsOf(post.id)).find((version) => version.version._status === 'published')!
    const reply = await app.rest('POST', `/cchc-posts/versions/${published.id}`, { token: editor.token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(await linesSince('cchc-posts', post.id, before)).toEqual(lines('postPublished', author, colleague))
  })

  it('of the published version over a newer draft of a published post tells no one', async () => {
    const post = await postInState(app, author.unitId!, 'published')
    const before = await linesOf('cchc-posts', post.id)
    const draft = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true`, { token: editor.token, body: { title: 'Tiêu đề đang sửa' } })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    const published = (await versionsOf(post.id)).find((version) => version.version._status === 'published')!
    const reply = await app.rest('POST', `/cchc-posts/versions/${published.id}`, { token: editor.token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(await linesSince('cchc-posts', post.id, before)).toEqual([])
  })
})

describe('an edit that keeps the state', () => {
  it('of routed feedback over REST (which reads the unit populated) tells its unit nothing again', async () => {
    const sent = await app.rest('POST', '/cchc-feedback', {
      body: { category: 'question', subject: 'Hỏi về chứng thực', content: 'Chứng thực bản sao ở đâu?', contactName: 'Lê Văn Tám', contactPhone: '0911222333' },
      headers: { 'X-Forwarded-For': '198.51.100.21', 'User-Agent': 'Mozilla/5.0 Firefox/130.0' },
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const id = sent.body.doc.id
    const routed = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: editor.token, body: { state: 'routed', unit: author.unitId } })
    expect(routed.status, JSON.stringify(routed.body)).toBe(200)
    expect(await linesOf('cchc-feedback', id)).toEqual(lines('feedbackAssigned', author, colleague))
    const again = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: editor.token, body: { unit: author.unitId } })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    const draft = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: colleague.token, body: { answer: 'Đang xác minh.' } })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    expect(await linesOf('cchc-feedback', id)).toEqual(lines('feedbackAssigned', author, colleague))
    // Moved to another unit: that unit is told; the first is not told again.
    const moved = await app.rest('PATCH', `/cchc-feedback/${id}`, { token: editor.token, body: { unit: otherUnit.unitId } })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(await linesOf('cchc-feedback', id)).toEqual(sorted(lines('feedbackAssigned', author, colleague), lines('feedbackAssigned', otherUnit)))
  })
})

describe('autosave', () => {
  it('of a post in review, sending the whole form again and again, tells no one again', async () => {
    const post = await submittedPost()
    for (const title of ['Sửa lần 1', 'Sửa lần 2', 'Sửa lần 3']) {
      const reply = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true&autosave=true`, { token: author.token, body: { title, workflowState: 'in_review', _status: 'draft' } })
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    }
    expect(await linesOf('cchc-posts', post.id)).toEqual(lines('postSubmitted', editor, editorB))
  })

  it('of a sent-back post keeps the one line of the request; the draft save that resubmits it tells the editors once', async () => {
    const post = await submittedPost()
    await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { workflowState: 'changes_requested', reviewNote: 'Thêm ảnh.' } as never, user: editor.user, overrideAccess: false })
    for (const title of ['Đang sửa 1', 'Đang sửa 2']) {
      const reply = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true&autosave=true`, { token: author.token, body: { title, workflowState: 'changes_requested', reviewNote: 'Thêm ảnh.' } })
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    }
    expect((await linesOf('cchc-posts', post.id)).filter((line) => line.startsWith('postChangesRequested:'))).toEqual(lines('postChangesRequested', author, colleague))
    const resubmit = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true`, { token: author.token, body: { workflowState: 'in_review' } })
    expect(resubmit.status, JSON.stringify(resubmit.body)).toBe(200)
    await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true&autosave=true`, { token: author.token, body: { title: 'Đã sửa xong', workflowState: 'in_review' } })
    expect((await linesOf('cchc-posts', post.id)).filter((line) => line.startsWith('postSubmitted:'))).toEqual(sorted(lines('postSubmitted', editor, editorB), lines('postSubmitted', editor, editorB)))
  })

  it('of a published post by an editor, and publishing that draft, tell the unit nothing new', async () => {
    const post = await postInState(app, author.unitId!, 'published')
    const before = await linesOf('cchc-posts', post.id)
    const autosave = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true&autosave=true`, { token: editor.token, body: { title: 'Bài đã đăng, đang sửa' } })
    expect(autosave.status, JSON.stringify(autosave.body)).toBe(200)
    const republished = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: editor.token, body: { _status: 'published' } })
    expect(republished.status, JSON.stringify(republished.body)).toBe(200)
    expect(await linesSince('cchc-posts', post.id, before)).toEqual([])
  })
})
