/**
 * The editorial workflow's transition table: every role against every transition, through REST,
 * GraphQL and the Local API with overrideAccess: false. An allowed transition lands; a refused one
 * fails and leaves the post exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workflowActions } from '../src/lib/workflow.ts'
import { type Actor, makeOwnerAndOthers } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { postInState, storedPost } from './helpers/posts.ts'

let app: TestApp
let actors: Record<Who, Actor>
let ownerUnit: number | string

type Who = 'anonymous' | 'owner' | 'otherContributor' | 'coordinator' | 'editor' | 'administrator'
const everyone: Who[] = ['anonymous', 'owner', 'otherContributor', 'coordinator', 'editor', 'administrator']
const editors: Who[] = ['editor', 'administrator']
const writers: Who[] = ['owner', ...editors]

type Row = { from: string; data: Record<string, unknown>; allowed: Who[]; to?: string; status?: 'published' | 'draft' }

/** The table as the issue states it, written out independently of src/lib/workflow.ts. */
const table: Record<string, Row> = {
  'edit a draft': { from: 'draft', data: { title: 'Tiêu đề đã sửa' }, allowed: writers },
  'submit for review': { from: 'draft', data: { workflowState: 'in_review' }, allowed: writers, to: 'in_review' },
  'withdraw from review': { from: 'in_review', data: { workflowState: 'draft' }, allowed: writers, to: 'draft' },
  'resubmit after changes': { from: 'changes_requested', data: { workflowState: 'in_review' }, allowed: writers, to: 'in_review' },
  'approve (workflowState)': { from: 'in_review', data: { workflowState: 'published' }, allowed: editors, to: 'published', status: 'published' },
  'publish (_status)': { from: 'draft', data: { _status: 'published' }, allowed: editors, to: 'published', status: 'published' },
  'publish from review (_status)': { from: 'in_review', data: { _status: 'published' }, allowed: editors, to: 'published', status: 'published' },
  'reject with a reason': {
    from: 'in_review',
    data: { workflowState: 'changes_requested', reviewNote: 'Thiếu nguồn ảnh.' },
    allowed: editors,
    to: 'changes_requested',
  },
  'unpublish (_status)': { from: 'published', data: { _status: 'draft' }, allowed: editors, to: 'draft', status: 'draft' },
  'unpublish (workflowState)': { from: 'published', data: { workflowState: 'draft' }, allowed: editors, to: 'draft', status: 'draft' },
  'archive a published post': { from: 'published', data: { workflowState: 'archived' }, allowed: editors, to: 'archived', status: 'draft' },
  'archive a draft': { from: 'draft', data: { workflowState: 'archived' }, allowed: editors, to: 'archived' },
  'restore from the archive': { from: 'archived', data: { workflowState: 'draft' }, allowed: editors, to: 'draft' },
  'edit a published post': { from: 'published', data: { title: 'Sửa bài đã đăng' }, allowed: editors, status: 'published' },
  'edit a post in review': { from: 'in_review', data: { title: 'Sửa khi chờ duyệt' }, allowed: writers },
}

beforeAll(async () => {
  app = await bootApp()
  actors = await makeOwnerAndOthers(app)
  ownerUnit = actors.owner.unitId!
})
afterAll(() => app?.close())

type Outcome = { ok: boolean; detail: string }
const via: Record<'rest' | 'graphql' | 'local', (actor: Actor, id: number | string, data: Record<string, unknown>) => Promise<Outcome>> = {
  rest: async (actor, id, data) => {
    const reply = await app.rest('PATCH', `/cchc-posts/${id}`, { token: actor.token, body: data })
    return { ok: reply.status === 200, detail: `${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}` }
  },
  graphql: async (actor, id, data) => {
    const reply = await app.graphql(
      'mutation($id: Int!, $data: mutationCchcPostUpdateInput!) { updateCchcPost(id: $id, data: $data) { id } }',
      { id, data },
      actor.token,
    )
    return { ok: !reply.body.errors && reply.body.data?.updateCchcPost?.id === id, detail: JSON.stringify(reply.body).slice(0, 300) }
  },
  local: async (actor, id, data) => {
    try {
      await app.payload.update({ collection: 'cchc-posts', id, data: data as never, user: actor.user, overrideAccess: false })
      return { ok: true, detail: '' }
    } catch (error) {
      return { ok: false, detail: String(error) }
    }
  },
}

const snapshot = (post: Record<string, any> | null) =>
  post && { title: post.title, workflowState: post.workflowState, _status: post._status, publishedAt: post.publishedAt, reviewNote: post.reviewNote }

describe.each(['rest', 'graphql', 'local'] as const)('transitions through %s', (path) => {
  describe.each(Object.entries(table))('%s', (_name, row) => {
    it.each(everyone)('as %s', async (who) => {
      const post = await postInState(app, ownerUnit, row.from)
      const before = snapshot(await storedPost(app, post.id))
      const outcome = await via[path](actors[who], post.id, row.data)
      const after = await storedPost(app, post.id)
      const allowed = row.allowed.includes(who)

      expect(outcome.ok, outcome.detail).toBe(allowed)
      if (!allowed) {
        expect(snapshot(after)).toEqual(before)
        return
      }
      if (row.to) expect(after!.workflowState).toBe(row.to)
      if (row.status) expect(after!._status).toBe(row.status)
      if ('title' in row.data) expect(after!.title).toBe(row.data.title)
      if (row.to === 'published') expect(after!.publishedAt).toBeTruthy()
    })
  })
})

describe('deleting', () => {
  it.each(everyone)('a draft, as %s', async (who) => {
    const post = await postInState(app, ownerUnit, 'draft')
    const reply = await app.rest('DELETE', `/cchc-posts/${post.id}`, { token: actors[who].token })
    expect(reply.status === 200).toBe(writers.includes(who))
    expect((await storedPost(app, post.id)) === null).toBe(writers.includes(who))
  })

  it.each(everyone)('a published post, as %s', async (who) => {
    const post = await postInState(app, ownerUnit, 'published')
    const reply = await app.rest('DELETE', `/cchc-posts/${post.id}`, { token: actors[who].token })
    expect(reply.status === 200).toBe(editors.includes(who))
    expect((await storedPost(app, post.id)) === null).toBe(editors.includes(who))
  })
})

describe('server-owned fields', () => {
  it('a contributor cannot feature a post; an editor can', async () => {
    const post = await postInState(app, ownerUnit, 'draft')
    await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.owner.token, body: { featured: true } })
    expect((await storedPost(app, post.id))!.featured).toBe(false)
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.editor.token, body: { featured: true } })
    expect(reply.status).toBe(200)
    expect((await storedPost(app, post.id))!.featured).toBe(true)
  })

  it('the author is the logged-in creator, never the request body, and never changes', async () => {
    const reply = await app.rest('POST', '/cchc-posts', {
      token: actors.owner.token,
      body: { title: 'Bài của tôi', author: actors.editor.user!.id },
    })
    expect(reply.status).toBe(201)
    const id = reply.body.doc.id
    expect((await storedPost(app, id))!).toMatchObject({ author: actors.owner.user!.id, authorName: actors.owner.user!.name })
    await app.rest('PATCH', `/cchc-posts/${id}`, { token: actors.editor.token, body: { author: actors.editor.user!.id, authorName: 'Giả mạo' } })
    expect((await storedPost(app, id))!).toMatchObject({ author: actors.owner.user!.id, authorName: actors.owner.user!.name })
    // The editor reviewing it reads the author's name (the admin's "Người tạo" label) and work
    // e-mail, not the rest of the author's account: REST, GraphQL and the Local API with overrideAccess: false.
    const seen = await app.rest('GET', `/cchc-posts/${id}?depth=1`, { token: actors.editor.token })
    expect(seen.body.authorName).toBe(actors.owner.user!.name)
    expect(seen.body.author).toMatchObject({ id: actors.owner.user!.id, name: actors.owner.user!.name })
    expect(seen.body.author.email).toBe(actors.owner.user!.email)
    expect(seen.body.author.unit).toBeUndefined()
    const graphql = await app.graphql(`{ CchcPost(id: ${id}, draft: true) { author { id name email unit { id } isSystemAdmin } } }`, undefined, actors.editor.token)
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.CchcPost.author).toEqual({ id: actors.owner.user!.id, name: actors.owner.user!.name, email: actors.owner.user!.email, unit: null, isSystemAdmin: null })
    const local = await app.payload.findByID({ collection: 'cchc-posts', id, depth: 1, draft: true, user: actors.editor.user, overrideAccess: false })
    expect(local.author).toMatchObject({ name: actors.owner.user!.name })
    expect(local.author).toMatchObject({ email: actors.owner.user!.email })
    expect(local.author).not.toHaveProperty('unit')
    // The public reads neither the link nor any account.
    expect((await app.rest('GET', `/users/${actors.owner.user!.id}`)).status).not.toBe(200)
  })

  it('a contributor writes as its own unit, whatever unit it sends', async () => {
    const reply = await app.rest('POST', '/cchc-posts', {
      token: actors.owner.token,
      body: { title: 'Đơn vị khác', unit: actors.editor.unitId },
    })
    expect(reply.status).toBe(201)
    expect((await storedPost(app, reply.body.doc.id))!.unit).toBe(ownerUnit)
    const moved = await app.rest('PATCH', `/cchc-posts/${reply.body.doc.id}`, { token: actors.owner.token, body: { unit: actors.editor.unitId } })
    expect(moved.status).toBe(200)
    expect((await storedPost(app, reply.body.doc.id))!.unit).toBe(ownerUnit)
  })

  it('publishedAt is set at first publication and kept; counters ignore requests', async () => {
    const post = await postInState(app, ownerUnit, 'in_review')
    await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.editor.token, body: { publishedAt: '2000-01-01T00:00:00.000Z', viewCount: 999 } })
    expect((await storedPost(app, post.id))!).toMatchObject({ publishedAt: null, viewCount: 0 })
    await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.editor.token, body: { _status: 'published' } })
    const first = (await storedPost(app, post.id))!.publishedAt
    expect(first).toBeTruthy()
    await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.editor.token, body: { _status: 'draft' } })
    await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.editor.token, body: { _status: 'published' } })
    expect((await storedPost(app, post.id))!.publishedAt).toBe(first)
  })

  it('rejecting needs a reason, which the author then reads', async () => {
    const post = await postInState(app, ownerUnit, 'in_review')
    const bare = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.editor.token, body: { workflowState: 'changes_requested' } })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].data.errors[0].path).toBe('reviewNote')
    expect((await storedPost(app, post.id))!.workflowState).toBe('in_review')

    await app.rest('PATCH', `/cchc-posts/${post.id}`, {
      token: actors.editor.token,
      body: { workflowState: 'changes_requested', reviewNote: 'Cần thêm nguồn.' },
    })
    const seen = await app.rest('GET', `/cchc-posts/${post.id}`, { token: actors.owner.token })
    expect(seen.body).toMatchObject({ workflowState: 'changes_requested', reviewNote: 'Cần thêm nguồn.' })
  })

  it('a contributor cannot write the review note', async () => {
    const post = await postInState(app, ownerUnit, 'draft')
    await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.owner.token, body: { reviewNote: 'Tự duyệt' } })
    expect((await storedPost(app, post.id))!.reviewNote ?? null).toBeNull()
  })
})

describe('transitions made by a draft save (the admin autosaves)', () => {
  it('a contributor’s submission reaches the stored post, so the editors’ queue shows it', async () => {
    const post = await postInState(app, ownerUnit, 'draft')
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true&autosave=true`, {
      token: actors.owner.token,
      body: { workflowState: 'in_review', title: 'Gửi duyệt bằng tự lưu' },
    })
    expect(reply.status).toBe(200)
    expect((await storedPost(app, post.id))!.workflowState).toBe('in_review')
    const queue = await app.rest('GET', '/cchc-posts?where[workflowState][equals]=in_review&limit=100', { token: actors.editor.token })
    expect(queue.body.docs.map((d: { id: number }) => d.id)).toContain(post.id)
  })

  it('an editor’s archive by draft save takes the post off the public site', async () => {
    const post = await postInState(app, ownerUnit, 'published')
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true`, { token: actors.editor.token, body: { workflowState: 'archived' } })
    expect(reply.status).toBe(200)
    expect(await storedPost(app, post.id)).toMatchObject({ workflowState: 'archived', _status: 'draft' })
    expect((await app.rest('GET', `/cchc-posts/${post.id}`)).status).not.toBe(200)
  })

  it('an editor’s draft of a published post changes nothing public', async () => {
    const post = await postInState(app, ownerUnit, 'published', { title: 'Bản công khai' })
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true`, { token: actors.editor.token, body: { title: 'Bản nháp mới' } })
    expect(reply.status).toBe(200)
    expect(await storedPost(app, post.id)).toMatchObject({ title: 'Bản công khai', _status: 'published', workflowState: 'published' })
    expect((await app.rest('GET', `/cchc-posts/${post.id}`)).body.title).toBe('Bản công khai')
  })

  it('publishing cannot ride on a draft save', async () => {
    const post = await postInState(app, ownerUnit, 'in_review')
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true`, { token: actors.editor.token, body: { workflowState: 'published' } })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toBe('workflowState')
    expect((await storedPost(app, post.id))!._status).toBe('draft')
  })
})

describe('the buttons of the edit view', () => {
  const names = (from: Parameters<typeof workflowActions>[0], isEditor: boolean) => workflowActions(from, isEditor).map(({ action }) => action)
  it('offer a writer only its own steps', () => {
    expect(names('draft', false)).toEqual(['submit'])
    expect(names('in_review', false)).toEqual(['withdraw'])
    expect(names('changes_requested', false)).toEqual(['submit', 'withdraw'])
    expect(names('published', false)).toEqual([])
    expect(names('archived', false)).toEqual([])
  })
  it('offer an editor approval, a request for changes, unpublishing and archiving where the table allows', () => {
    expect(names('in_review', true)).toEqual(['withdraw', 'requestChanges', 'approve', 'archive'])
    expect(names('published', true)).toEqual(['unpublish', 'archive'])
    expect(names('archived', true)).toEqual(['restore'])
    expect(workflowActions('in_review', true).find(({ action }) => action === 'approve')?.to).toBe('published')
  })
})
