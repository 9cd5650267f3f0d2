/**
 * `cchc-audit-log`: who did what, when, to which document, written in the change's own
 * transaction; append-only for every role on every path; readable by administrators (all) and
 * editors (content); filtered through REST `where`, exported as CSV, and pruned by its job only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { APIError, handleEndpoints } from 'payload'

import { type Actor, makeActor, makeActors, password, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'
import { postInState } from './helpers/posts.ts'

type Entry = Record<string, any>

let app: TestApp
let actors: Awaited<ReturnType<typeof makeActors>>
let paths: Path[]
let mttq: number | string
let ttdvsnc: number | string

const entriesAbout = async (collection: string, id: number | string): Promise<Entry[]> =>
  (
    await app.payload.find({
      collection: 'cchc-audit-log' as 'units',
      where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
      sort: '-createdAt',
      limit: 100,
      depth: 0,
    })
  ).docs as Entry[]

const countEntries = async () => (await app.payload.count({ collection: 'cchc-audit-log' as 'units' })).totalDocs

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  paths = allPaths(app, { 'cchc-audit-log': 'id action documentTitle', 'cchc-posts': 'id workflowState' })
  mttq = await unitIdByCode(app, 'mttq')
  ttdvsnc = await unitIdByCode(app, 'ttdvsnc')
})
afterAll(() => app?.close())

describe('who did what, and when', () => {
  it('records an editor’s publish with the editor, its unit and the time', async () => {
    const post = await postInState(app, mttq, 'draft')
    const before = Date.now()
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.editor.token, body: { _status: 'published' } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const [entry] = await entriesAbout('cchc-posts', post.id)
    expect(entry).toMatchObject({
      action: 'publish',
      userId: String(actors.editor.user!.id),
      userName: actors.editor.user!.name,
      unitId: String(ttdvsnc),
      unitName: 'Trung tâm Dịch vụ sự nghiệp công xã',
      collection: 'cchc-posts',
      documentTitle: post.title,
      details: { _status: { from: 'draft', to: 'published' }, workflowState: { from: 'draft', to: 'published' } },
    })
    expect(new Date(entry!.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(new Date(entry!.createdAt).getTime()).toBeLessThanOrEqual(Date.now())
  })

  it.each(['rest', 'graphql', 'local'] as const)('records a contributor’s submit through %s', async (pathName) => {
    const post = await postInState(app, mttq, 'draft')
    const path = paths.find((p) => p.name === pathName)!
    const outcome = await path.update('cchc-posts', actors.contributor, post.id, { workflowState: 'in_review' })
    expect(outcome.ok, outcome.error).toBe(true)
    const [entry] = await entriesAbout('cchc-posts', post.id)
    expect(entry).toMatchObject({
      action: 'submit',
      userId: String(actors.contributor.user!.id),
      unitName: 'Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã',
      changedFields: ['workflowState'],
      details: { workflowState: { from: 'draft', to: 'in_review' } },
    })
  })

  it('records an administrator’s change of a user’s unit and flag, naming the fields and keeping the ids', async () => {
    const target = await makeActor(app, 'contributor', { unit: 'mttq' })
    const reply = await app.rest('PATCH', `/users/${target.user!.id}`, { token: actors.administrator.token, body: { unit: ttdvsnc, isSystemAdmin: true } })
    expect(reply.status).toBe(200)
    const [entry] = await entriesAbout('users', target.user!.id)
    expect(entry).toMatchObject({
      action: 'update',
      userId: String(actors.administrator.user!.id),
      documentTitle: target.user!.name,
      details: { unit: { from: mttq, to: ttdvsnc }, isSystemAdmin: { from: false, to: true } },
    })
    expect([...entry!.changedFields].sort()).toEqual(['isSystemAdmin', 'unit'])
  })

  it('names a changed e-mail address or password but never keeps either', async () => {
    const self = await makeActor(app, 'contributor', { unit: 'kinh-te' })
    const reply = await app.rest('PATCH', `/users/${self.user!.id}`, {
      token: self.token,
      body: { email: 'dia-chi-moi@thanhmien.example', password: 'Mat-khau-moi-rat-dai-2026' },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const [entry] = await entriesAbout('users', self.user!.id)
    expect([...entry!.changedFields].sort()).toEqual(['email', 'password'])
    expect(JSON.stringify(entry)).not.toContain('dia-chi-moi')
    expect(JSON.stringify(entry)).not.toContain('Mat-khau-moi')
  })

  it('records sign-ins, failed sign-ins and a throttled account, without the address tried', async () => {
    const user = await makeActor(app, 'contributor', { unit: 'vp-hdnd-ubnd', email: 'nhatky-dangnhap@thanhmien.example' })
    for (let attempt = 0; attempt < 6; attempt++) {
      await app.rest('POST', '/users/login', {
        body: { email: 'nhatky-dangnhap@thanhmien.example', password: 'Sai-mat-khau-123' },
        headers: { 'X-Forwarded-For': '203.0.113.44' },
      })
    }
    const entries = await entriesAbout('users', user.user!.id)
    expect(entries.filter((entry) => entry.action === 'login')).toHaveLength(1) // makeActor's own sign-in
    expect(entries.filter((entry) => entry.action === 'login_failed')).toHaveLength(5)
    expect(entries.find((entry) => entry.action === 'lockout')).toMatchObject({ userId: null, details: { scope: ['account-client'] } })
    expect(entries.find((entry) => entry.action === 'login')).toMatchObject({ userId: String(user.user!.id), userName: user.user!.name })
    expect(JSON.stringify(entries)).not.toContain('nhatky-dangnhap@')
  })

  it('records each item a published decision applies, and the decision’s publish', async () => {
    const code = '1.777001'
    const created = await app.rest('POST', '/procedure-announcements', {
      token: actors.editor.token,
      body: {
        number: '7001/QĐ-UBND',
        issuer: 'UBND thành phố Hải Phòng',
        signedAt: '2026-05-01T12:00:00.000Z',
        effectiveDate: '2026-05-02T12:00:00.000Z',
        summary: 'Công bố thủ tục mới',
        items: [{ kind: 'new', code, data: { name: 'Thủ tục nhật ký', sector: 'Hộ tịch', level: 'commune' } }],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const published = await app.rest('PATCH', `/procedure-announcements/${created.body.doc.id}`, { token: actors.editor.token, body: { _status: 'published' } })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const procedure = (await app.payload.find({ collection: 'procedures' as 'units', where: { code: { equals: code } } })).docs[0]!
    const [applied] = await entriesAbout('procedures', procedure.id)
    expect(applied).toMatchObject({
      action: 'apply_item',
      userId: String(actors.editor.user!.id),
      details: { announcement: created.body.doc.id, kind: 'new' },
    })
    expect((await entriesAbout('procedure-announcements', created.body.doc.id)).map((entry) => entry.action)).toEqual(['publish', 'create'])
  })

  it('records who scheduled a publication, and a deletion', async () => {
    const post = await postInState(app, mttq, 'in_review')
    await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'cchc-posts', value: String(post.id) }, user: { relationTo: 'users', value: actors.editor.user!.id } },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    } as never)
    expect((await entriesAbout('cchc-posts', post.id))[0]).toMatchObject({ action: 'schedule', userId: String(actors.editor.user!.id), details: { type: 'publish' } })

    const topic = await app.payload.create({ collection: 'cchc-topics', data: { name: 'Chuyên mục sẽ xóa' } })
    expect((await app.rest('DELETE', `/cchc-topics/${topic.id}`, { token: actors.editor.token })).status).toBe(200)
    expect((await entriesAbout('cchc-topics', topic.id))[0]).toMatchObject({ action: 'delete', documentTitle: 'Chuyên mục sẽ xóa', userId: String(actors.editor.user!.id) })
  })
})

it('records a version restored, as the change it makes', async () => {
  const post = await postInState(app, mttq, 'draft')
  await app.payload.update({ collection: 'cchc-posts', id: post.id, data: { title: 'Tiêu đề thứ hai' } as never })
  const versions = await app.payload.findVersions({ collection: 'cchc-posts', where: { parent: { equals: post.id } }, sort: 'createdAt' })
  const reply = await app.rest('POST', `/cchc-posts/versions/${versions.docs[0]!.id}`, { token: actors.editor.token })
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  const [entry] = await entriesAbout('cchc-posts', post.id)
  expect(entry).toMatchObject({ action: 'update', userId: String(actors.editor.user!.id), documentTitle: post.title })
  expect(entry!.changedFields).toContain('title')
})

describe('the same transaction as the change', () => {
  it('a write refused by validation leaves no entry', async () => {
    const post = await postInState(app, mttq, 'draft')
    const before = (await entriesAbout('cchc-posts', post.id)).length
    const reply = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.editor.token, body: { title: '' } })
    expect(reply.status).toBe(400)
    expect(await entriesAbout('cchc-posts', post.id)).toHaveLength(before)
  })

  it('a write that fails after its entry was written rolls the entry back with it', async () => {
    const topic = await app.payload.create({ collection: 'cchc-topics', data: { name: 'Chuyên mục ổn định' } })
    const hooks = app.payload.collections['cchc-topics'].config.hooks.afterChange
    // A later hook (after the audit hook) that fails, as any later step of a write may.
    const failing = ({ doc }: { doc: Record<string, unknown> }) => {
      if (doc.name === 'Tên sẽ hỏng') throw new APIError('Lỗi giả lập / Simulated failure', 400, null, true)
      return doc
    }
    hooks.push(failing as never)
    try {
      const before = await entriesAbout('cchc-topics', topic.id)
      const reply = await app.rest('PATCH', `/cchc-topics/${topic.id}`, { token: actors.editor.token, body: { name: 'Tên sẽ hỏng' } })
      expect(reply.status).toBe(400)
      expect(await entriesAbout('cchc-topics', topic.id)).toHaveLength(before.length)
      expect((await app.payload.findByID({ collection: 'cchc-topics', id: topic.id })).name).toBe('Chuyên mục ổn định')
    } finally {
      hooks.splice(hooks.indexOf(failing as never), 1)
    }
  })
})

describe('append-only', () => {
  let entry: Entry
  let stored: Entry

  beforeAll(async () => {
    const topic = await app.payload.create({ collection: 'cchc-topics', data: { name: 'Chuyên mục gốc' }, user: actors.editor.user as never })
    entry = (await entriesAbout('cchc-topics', topic.id))[0]!
    stored = await app.payload.findByID({ collection: 'cchc-audit-log' as 'units', id: entry.id, depth: 0 })
  })

  const unchanged = async () => {
    expect(await app.payload.findByID({ collection: 'cchc-audit-log' as 'units', id: entry.id, depth: 0 })).toEqual(stored)
  }

  describe.each(['contributor', 'coordinator', 'editor', 'administrator'] as const)('%s', (role) => {
    it.each(['rest', 'graphql', 'local'] as const)('cannot create, change or delete an entry through %s', async (pathName) => {
      const path = paths.find((p) => p.name === pathName)!
      const actor = actors[role] as Actor
      const entriesBefore = await countEntries()
      expect((await path.create('cchc-audit-log', actor, { action: 'login', documentTitle: 'Giả mạo' })).ok).toBe(false)
      expect((await path.update('cchc-audit-log', actor, entry.id, { documentTitle: 'Đã sửa' })).ok).toBe(false)
      expect((await path.remove('cchc-audit-log', actor, entry.id)).ok).toBe(false)
      await unchanged()
      expect(await countEntries()).toBe(entriesBefore)
    })

    it('cannot change or delete entries in bulk (REST and Local API)', async () => {
      const actor = actors[role] as Actor
      const where = `where[id][equals]=${entry.id}`
      const patched = await app.rest('PATCH', `/cchc-audit-log?${where}`, { token: actor.token, body: { documentTitle: 'Đã sửa' } })
      expect(patched.body.docs ?? []).toHaveLength(0)
      const deleted = await app.rest('DELETE', `/cchc-audit-log?${where}`, { token: actor.token })
      expect(deleted.body.docs ?? []).toHaveLength(0)
      const local = { collection: 'cchc-audit-log' as 'units', where: { id: { equals: entry.id } }, user: actor.user, overrideAccess: false } as const
      await expect(app.payload.update({ ...local, data: { name: 'x' } as never })).rejects.toThrow()
      await expect(app.payload.delete(local)).rejects.toThrow()
      await unchanged()
    })
  })

  it('not even server code with overrideAccess changes or deletes an entry', async () => {
    const trusted = { collection: 'cchc-audit-log' as 'units', overrideAccess: true } as const
    // The Local API answers in the host's fallback language, Vietnamese.
    const appendOnly = /chỉ được ghi thêm/
    await expect(app.payload.update({ ...trusted, id: entry.id, data: { documentTitle: 'x' } as never })).rejects.toThrow(appendOnly)
    await expect(app.payload.update({ ...trusted, where: { id: { exists: true } }, data: { documentTitle: 'x' } as never })).rejects.toThrow(appendOnly)
    await expect(app.payload.delete({ ...trusted, id: entry.id })).rejects.toThrow(appendOnly)
    await expect(app.payload.delete({ ...trusted, where: { id: { exists: true } } })).rejects.toThrow(appendOnly)
    await unchanged()
  })
})

describe('who reads it', () => {
  it('administrators read every entry, accounts included', async () => {
    const reply = await app.rest('GET', '/cchc-audit-log?where[collection][equals]=users&limit=5', { token: actors.administrator.token })
    expect(reply.status).toBe(200)
    expect(reply.body.totalDocs).toBeGreaterThan(0)
  })

  it('editors read the entries about content and none about accounts or units', async () => {
    const reply = await app.rest('GET', '/cchc-audit-log?limit=1000', { token: actors.editor.token })
    expect(reply.status).toBe(200)
    const collections = new Set((reply.body.docs as Entry[]).map((entry) => entry.collection))
    expect(collections.has('cchc-posts')).toBe(true)
    expect(collections.has('users')).toBe(false)
    expect(collections.has('units')).toBe(false)
    const viaGraphql = await app.graphql('{ CchcAuditLogs(limit: 1000) { docs { collection } } }', {}, actors.editor.token)
    expect(viaGraphql.body.data.CchcAuditLogs.docs.some((entry: Entry) => entry.collection === 'users')).toBe(false)
  })

  it.each(['anonymous', 'contributor', 'coordinator'] as const)('%s reads nothing, on any path', async (role) => {
    for (const path of paths) expect((await path.find('cchc-audit-log', actors[role] as Actor)).docs ?? []).toHaveLength(0)
    expect((await app.rest('GET', '/cchc-audit-log', { token: (actors[role] as Actor).token })).status).toBe(403)
  })
})

describe('filters and the CSV', () => {
  it('filters by document, user, action and date through REST `where`', async () => {
    const post = await postInState(app, mttq, 'draft')
    await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: actors.contributor.token, body: { workflowState: 'in_review' } })
    const since = new Date(Date.now() - 60_000).toISOString()
    const query = [
      `where[documentId][equals]=${post.id}`,
      `where[collection][equals]=cchc-posts`,
      `where[userId][equals]=${actors.contributor.user!.id}`,
      'where[action][equals]=submit',
      `where[createdAt][greater_than]=${since}`,
    ].join('&')
    const reply = await app.rest('GET', `/cchc-audit-log?${query}`, { token: actors.administrator.token })
    expect(reply.status).toBe(200)
    expect(reply.body.docs).toHaveLength(1)
    const later = await app.rest('GET', `/cchc-audit-log?${query.replace(since, new Date(Date.now() + 60_000).toISOString())}`, { token: actors.administrator.token })
    expect(later.body.docs).toHaveLength(0)
  })

  it('exports what the caller may read as a CSV Excel opens, formulas kept as text', async () => {
    await app.rest('POST', '/cchc-topics', { token: actors.editor.token, body: { name: '=HYPERLINK("http://x.example","bấm")' } })
    // Read as bytes: a text decoder would swallow the byte-order mark.
    const request = new Request('http://localhost:3000/api/cchc-audit-log/export?where[collection][equals]=cchc-topics', {
      headers: { Authorization: `JWT ${actors.administrator.token}` },
    })
    const reply = await handleEndpoints({ config: app.config, request })
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await reply.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.startsWith('"Thời điểm","Thao tác","Người thực hiện"')).toBe(true)
    expect(text).toContain(`"'=HYPERLINK(""http://x.example"",""bấm"")"`)
    expect(text).toContain('"Tạo mới"')

    const editors = (await app.rest('GET', '/cchc-audit-log/export', { token: actors.editor.token })).body as string
    expect(editors).not.toContain('"Tài khoản"')
    expect((await app.rest('GET', '/cchc-audit-log/export', { token: actors.contributor.token })).status).toBe(403)
  })
})

describe('retention', () => {
  it('the hourly job deletes entries past the retention period and spent rate-limit counters, nothing else', async () => {
    const pool = (app.payload.db as unknown as { pool: { query: (sql: string, values?: unknown[]) => Promise<{ rows: any[] }> } }).pool
    const topic = await app.payload.create({ collection: 'cchc-topics', data: { name: 'Chuyên mục cũ' } })
    const [old] = await entriesAbout('cchc-topics', topic.id)
    await pool.query(`update cchc_audit_log set created_at = now() - interval '731 days' where id = $1`, [old!.id])
    await pool.query(
      `insert into cchc_rate_limits (key, window_start, hits, updated_at, created_at) values ('spent', now() - interval '8 days', 1, now(), now())`,
    )
    const total = await countEntries()

    await app.payload.jobs.queue({ task: 'cchcPurgeExpiredRecords', input: {} } as never)
    await app.payload.jobs.run()

    expect(await entriesAbout('cchc-topics', topic.id)).toHaveLength(0)
    expect(await countEntries()).toBe(total - 1)
    expect((await pool.query(`select 1 from cchc_rate_limits where key = 'spent'`)).rows).toHaveLength(0)
  })
})

it('a login of the helpers’ password still works after all this (no throttle leaks between accounts)', async () => {
  expect((await app.rest('POST', '/users/login', { body: { email: actors.editor.user!.email, password } })).status).toBe(200)
})
