/**
 * Escalation attempts are refused and change nothing: a contributor moving itself to the editor
 * unit or making itself an administrator, and a member of an inactive unit logging in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor, password, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'

let app: TestApp
let paths: Path[]
let editorUnit: number | string

beforeAll(async () => {
  app = await bootApp()
  paths = allPaths(app, { units: 'id code', users: 'id email name' })
  editorUnit = await unitIdByCode(app, 'ttdvsnc')
})
afterAll(() => app?.close())

const stored = (id: number | string) => app.payload.findByID({ collection: 'users', id, depth: 0 })

describe.each(['rest', 'graphql', 'local'] as const)('a contributor through %s', (pathName) => {
  let contributor: Actor
  const path = () => paths.find((p) => p.name === pathName)!

  beforeAll(async () => {
    contributor = await makeActor(app, 'contributor', { unit: 'mttq' })
  })

  it('cannot move itself to the editor unit', async () => {
    const outcome = await path().update('users', contributor, contributor.user!.id, { unit: editorUnit })
    expect(outcome.ok).toBe(false)
    if (pathName === 'rest') expect(outcome.status).toBe(403)
    expect(outcome.error).toContain('Chỉ quản trị hệ thống mới được đổi đơn vị của tài khoản')
    expect((await stored(contributor.user!.id)).unit).toBe(contributor.unitId)
  })

  it('cannot make itself an administrator', async () => {
    const outcome = await path().update('users', contributor, contributor.user!.id, { isSystemAdmin: true })
    expect(outcome.ok).toBe(false)
    expect(outcome.error).toContain('Chỉ quản trị hệ thống mới được cấp hoặc thu hồi quyền quản trị')
    expect((await stored(contributor.user!.id)).isSystemAdmin).toBe(false)
  })

  it('cannot slip the change in beside an allowed one', async () => {
    const outcome = await path().update('users', contributor, contributor.user!.id, { name: 'Tên mới', unit: editorUnit })
    expect(outcome.ok).toBe(false)
    expect(await stored(contributor.user!.id)).toMatchObject({ name: contributor.user!.name, unit: contributor.unitId })
  })

  it('may send its unchanged unit back, as the admin form does', async () => {
    const outcome = await path().update('users', contributor, contributor.user!.id, {
      name: `Tên ${pathName}`,
      unit: contributor.unitId,
      isSystemAdmin: false,
    })
    expect(outcome.ok, outcome.error).toBe(true)
    expect((await stored(contributor.user!.id)).name).toBe(`Tên ${pathName}`)
  })

  it('an editor cannot move a contributor either', async () => {
    const editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
    const outcome = await path().update('users', editor, contributor.user!.id, { unit: editorUnit })
    expect(outcome.ok).toBe(false)
    expect((await stored(contributor.user!.id)).unit).toBe(contributor.unitId)
  })

  it('an administrator can move a user and grant the flag', async () => {
    const admin = await makeActor(app, 'administrator', { isSystemAdmin: true })
    const target = await makeActor(app, 'contributor', { unit: 'mttq' })
    const outcome = await path().update('users', admin, target.user!.id, { unit: editorUnit, isSystemAdmin: true })
    expect(outcome.ok, outcome.error).toBe(true)
    expect(await stored(target.user!.id)).toMatchObject({ unit: editorUnit, isSystemAdmin: true })
  })
})

describe('a member of an inactive unit', () => {
  let member: Actor
  let unitId: number | string

  beforeAll(async () => {
    const unit = await app.payload.create({
      collection: 'units',
      data: { code: 'to-giai-the', name: 'Tổ sắp giải thể', shortName: 'TGT', kind: 'department', accessLevel: 'editor' },
    })
    unitId = unit.id
    member = await makeActor(app, 'editor', { unit: 'to-giai-the', email: 'giaithe@thanhmien.example' })
    expect(member.token).toBeTruthy()
    await app.payload.update({ collection: 'units', id: unitId, data: { active: false } })
  })

  // Told what a wrong password is told: another answer would confirm the password (signIn.test.ts).
  it('cannot log in through REST', async () => {
    const reply = await app.rest('POST', '/users/login', { body: { email: 'giaithe@thanhmien.example', password } })
    expect(reply.status).toBe(401)
    expect(reply.body.token).toBeUndefined()
    expect(JSON.stringify(reply.body)).toContain('Email hoặc mật khẩu không chính xác')
  })

  it('cannot log in through GraphQL', async () => {
    const reply = await app.graphql(
      `mutation { loginUser(email: "giaithe@thanhmien.example", password: "${password}") { token } }`,
    )
    expect(reply.body.data?.loginUser?.token ?? null).toBeNull()
    expect(JSON.stringify(reply.body.errors)).toContain('Email hoặc mật khẩu không chính xác')
  })

  it('cannot log in through the Local API', async () => {
    await expect(
      app.payload.login({ collection: 'users', data: { email: 'giaithe@thanhmien.example', password } }),
    ).rejects.toThrow(/Email hoặc mật khẩu không chính xác/)
  })

  it('holds nothing with a session opened before the unit was deactivated', async () => {
    const writeUnit = await app.rest('PATCH', `/units/${unitId}`, { token: member.token, body: { active: true } })
    expect(writeUnit.status).toBe(403)
    const ownName = await app.rest('PATCH', `/users/${member.user!.id}`, { token: member.token, body: { name: 'x' } })
    expect(ownName.status).toBe(403)
    const access = await app.rest('GET', '/access', { token: member.token })
    // Payload leaves the key out when it is false.
    expect(access.body.canAccessAdmin ?? false).toBe(false)
    expect((await app.payload.findByID({ collection: 'units', id: unitId })).active).toBe(false)
  })

  it('gets its rights back when the unit is reactivated', async () => {
    await app.payload.update({ collection: 'units', id: unitId, data: { active: true } })
    const reply = await app.rest('POST', '/users/login', { body: { email: 'giaithe@thanhmien.example', password } })
    expect(reply.status).toBe(200)
    expect(reply.body.token).toBeTruthy()
    const access = await app.rest('GET', '/access', { token: reply.body.token })
    expect(access.body.canAccessAdmin).toBe(true)
  })

  it('a user without a unit (and not an administrator) signs in, holding none of the plugin’s rights', async () => {
    await app.payload.create({
      collection: 'users',
      data: { email: 'khongdonvi@thanhmien.example', name: 'Không đơn vị', password },
    })
    const reply = await app.rest('POST', '/users/login', { body: { email: 'khongdonvi@thanhmien.example', password } })
    expect(reply.status).toBe(200)
    const post = await app.rest('POST', '/cchc-posts', { token: reply.body.token, body: { title: 'Không được tạo' } })
    expect(post.status).toBe(403)
  })
})

describe('the first account of a fresh install', () => {
  it('becomes the administrator; the next one does not', async () => {
    // This file's database already has accounts, so a later one stays without the flag…
    const later = await app.rest('POST', '/users/first-register', {
      body: { email: 'later@thanhmien.example', password, name: 'Sau' },
    })
    expect(later.status).toBeGreaterThanOrEqual(400)
    const count = await app.payload.count({ collection: 'users', where: { isSystemAdmin: { equals: true } } })
    // …and the creation path itself grants nothing to a non-first account.
    const created = await app.payload.create({ collection: 'users', data: { email: 'thu@thanhmien.example', password, name: 'Thử' } })
    expect(created.isSystemAdmin).toBe(false)
    expect((await app.payload.count({ collection: 'users', where: { isSystemAdmin: { equals: true } } })).totalDocs).toBe(count.totalDocs)
  })
})
