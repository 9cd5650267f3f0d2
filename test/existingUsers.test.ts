/**
 * A host that had users before it added the plugin: nobody is locked out. Accounts in no unit sign
 * in, keep the admin panel and their own account, read what the public reads, and hold none of the
 * plugin's rights until an administrator gives them a unit; the host names its administrators with
 * `isAdministrator`. Through REST, GraphQL and the Local API.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig, createLocalReq, getPayload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { Users } from '../host/users.ts'
import { EditorialQueue } from '../src/components/EditorialQueue.tsx'
import { type Actor, unitIdByCode } from './helpers/actors.ts'
import { bootApp, createDatabase, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'
import { completePost } from './helpers/posts.ts'

// Passwords the host allowed before the plugin's policy: they keep working (the policy is for new ones).
const before = [
  { email: 'an@xa.example', name: 'Nguyễn Văn An', password: 'matkhau123' },
  { email: 'binh@xa.example', name: 'Trần Thị Bình', password: 'password1' },
]

let app: TestApp
let paths: Path[]
let an: Actor
let binh: Actor

const login = async (email: string, password: string) => {
  const reply = await app.rest('POST', '/users/login', { body: { email, password } })
  return reply
}

beforeAll(async () => {
  const database = await createDatabase()
  const url = `${inject('databaseServer')}/${database}`
  // The host as it was: its own users collection, no plugin.
  const plain = await getPayload({
    key: 'before-the-plugin',
    config: await buildConfig({
      secret: 'test-only-secret-not-used-anywhere-else',
      // A copy: building a config fills in the collection it is given, and the plugin's app builds from Users too.
      collections: [structuredClone(Users)],
      db: postgresAdapter({ pool: { connectionString: url } }),
      typescript: { autoGenerate: false },
    }),
  })
  for (const user of before) await plain.create({ collection: 'users', data: user })
  // As the host's migration for the plugin does (the plugin turns Payload's lockout off): without
  // this, the schema push would ask whether `unit_id` renames `login_attempts`.
  await plain.db.execute({ drizzle: (plain.db as any).drizzle, raw: 'alter table users drop column login_attempts, drop column lock_until' })
  await plain.destroy()

  app = await bootApp({ database, options: { isAdministrator: (user) => user.email === 'binh@xa.example' } })
  paths = allPaths(app, { 'cchc-posts': 'id title _status', users: 'id email name', units: 'id code name' })
  const actor = async (email: string, password: string): Promise<Actor> => {
    const reply = await login(email, password)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    return { role: 'unassigned', token: reply.body.token, user: { ...reply.body.user, collection: 'users' } }
  }
  an = await actor(before[0]!.email, before[0]!.password)
  binh = { ...(await actor(before[1]!.email, before[1]!.password)), role: 'administrator' }
})
afterAll(() => app?.close())

describe('accounts made before the plugin', () => {
  it('sign in through GraphQL and the Local API too, and none became an administrator by the flag', async () => {
    const graphql = await app.graphql(
      `mutation { loginUser(email: "${before[0]!.email}", password: "${before[0]!.password}") { token } }`,
    )
    expect(graphql.body.data?.loginUser?.token).toBeTruthy()
    const local = await app.payload.login({ collection: 'users', data: { email: before[0]!.email, password: before[0]!.password } })
    expect(local.token).toBeTruthy()
    const { docs } = await app.payload.find({ collection: 'users', pagination: false })
    expect(docs.map((user) => user.isSystemAdmin)).toEqual([false, false])
  })

  it('keep the admin panel and their own account', async () => {
    const access = await app.rest('GET', '/access', { token: an.token })
    expect(access.body.canAccessAdmin).toBe(true)
    const me = await app.rest('GET', '/users/me', { token: an.token })
    expect(me.body.user.email).toBe(before[0]!.email)
    const renamed = await app.rest('PATCH', `/users/${an.user!.id}`, { token: an.token, body: { name: 'Nguyễn An' } })
    expect(renamed.status).toBe(200)
  })

  it('open the dashboard: the editorial panel leaves out what they may not read (it answered 500)', async () => {
    const req = await createLocalReq({ user: an.user as never }, app.payload)
    const panel = await EditorialQueue({
      announcementsSlug: 'procedure-announcements',
      authCollection: 'users',
      i18n: req.i18n,
      payload: app.payload,
      postsSlug: 'cchc-posts',
      timeZone: 'Asia/Ho_Chi_Minh',
      user: an.user,
    } as never)
    const html = renderToStaticMarkup(panel!)
    expect(html).toContain('(0)')
    expect(html).not.toContain('procedure-announcements/')
  })

  it.each(['rest', 'graphql', 'local'] as const)('in no unit, hold none of the plugin’s rights (%s)', async (name) => {
    const path = paths.find((p) => p.name === name)!
    const users = await path.find('users', an)
    expect(users.docs?.map((user: { email: string }) => user.email)).toEqual([before[0]!.email])
    const created = await path.create('cchc-posts', an, { title: `Bài của người chưa có đơn vị ${name}` })
    expect(created.ok).toBe(false)
    // What the public reads, no more: active units, without their internals.
    const units = await path.find('units', an)
    expect(units.ok).toBe(true)
    expect(units.docs!.length).toBeGreaterThan(0)
    const ownUnit = await path.update('users', an, an.user!.id, { unit: await unitIdByCode(app, 'ttdvsnc') })
    expect(ownUnit.ok).toBe(false)
  })

  it('read the published column only, drafts not even when asked for', async () => {
    const unit = await unitIdByCode(app, 'ttdvsnc')
    const draft = await app.payload.create({ collection: 'cchc-posts', data: { title: 'Bản nháp nội bộ', unit } })
    const direct = await app.rest('GET', `/cchc-posts/${draft.id}?draft=true`, { token: an.token })
    expect(direct.status).toBe(404)
    const list = await app.rest('GET', '/cchc-posts?draft=true&limit=100', { token: an.token })
    expect(list.body.docs.map((post: { id: number }) => post.id)).not.toContain(draft.id)
  })

  it('the host’s `isAdministrator` names the plugin’s administrators', async () => {
    const users = await app.rest('GET', '/users?limit=100', { token: binh.token })
    expect(users.body.docs.map((user: { email: string }) => user.email).sort()).toEqual(before.map((user) => user.email).sort())
    const unit = await app.rest('POST', '/units', {
      token: binh.token,
      body: { code: 'doan-thanh-nien', name: 'Đoàn Thanh niên xã', shortName: 'ĐTN', kind: 'front', accessLevel: 'contributor' },
    })
    expect(unit.status, JSON.stringify(unit.body)).toBe(201)
  })

  it('get their unit’s rights once an administrator gives them one', async () => {
    const unit = await unitIdByCode(app, 'mttq')
    const moved = await app.rest('PATCH', `/users/${an.user!.id}`, { token: binh.token, body: { unit } })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    const post = await app.rest('POST', '/cchc-posts', { token: an.token, body: await completePost(app, unit) })
    expect(post.status, JSON.stringify(post.body)).toBe(201)
    expect(post.body.doc._status).toBe('draft')
  })
})
