/**
 * The rights table for `units` and `users`, for every role and operation, through REST,
 * GraphQL and the Local API with overrideAccess: false. A refused write changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/index.ts'

import { type Actor, makeActor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'

let app: TestApp
let actors: Record<Role, Actor>
let paths: Path[]
const roles: Role[] = ['anonymous', 'unassigned', 'contributor', 'coordinator', 'editor', 'administrator']

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  paths = allPaths(app, { units: 'id code name', users: 'id email name unit { id } isSystemAdmin' })
})
afterAll(() => app?.close())

const expected = {
  units: { create: ['administrator'], update: ['administrator'], delete: ['administrator'] },
  users: { create: ['administrator'], updateOther: ['administrator'], delete: ['administrator'] },
} as const

let serial = 0
const newUnit = () => {
  serial++
  return { code: `thu-${serial}`, name: `Đơn vị thử ${serial}`, shortName: `ĐV${serial}`, kind: 'department', accessLevel: 'contributor' }
}
const unitRow = (id: number | string) => app.payload.findByID({ collection: 'units', id, depth: 0, disableErrors: true })
const userRow = (id: number | string) => app.payload.findByID({ collection: 'users', id, depth: 0, disableErrors: true })

describe.each(['rest', 'graphql', 'local'] as const)('units through %s', (pathName) => {
  const path = () => paths.find((p) => p.name === pathName)!

  it.each(roles)('create as %s', async (role) => {
    const data = newUnit()
    const outcome = await path().create('units', actors[role], data)
    const stored = await app.payload.count({ collection: 'units', where: { code: { equals: data.code } } })
    const allowed = (expected.units.create as readonly Role[]).includes(role)
    expect(outcome.ok, outcome.error).toBe(allowed)
    expect(stored.totalDocs).toBe(allowed ? 1 : 0)
  })

  it.each(roles)('update as %s', async (role) => {
    const unit = await app.payload.create({ collection: 'units', data: newUnit() as any })
    const outcome = await path().update('units', actors[role], unit.id, { name: 'Tên mới' })
    const allowed = (expected.units.update as readonly Role[]).includes(role)
    expect(outcome.ok, outcome.error).toBe(allowed)
    expect((await unitRow(unit.id))?.name).toBe(allowed ? 'Tên mới' : unit.name)
  })

  it.each(roles)('delete as %s', async (role) => {
    const unit = await app.payload.create({ collection: 'units', data: newUnit() as any })
    const outcome = await path().remove('units', actors[role], unit.id)
    const allowed = (expected.units.delete as readonly Role[]).includes(role)
    expect(outcome.ok, outcome.error).toBe(allowed)
    expect(await unitRow(unit.id)).toEqual(allowed ? null : expect.objectContaining({ id: unit.id }))
  })

  it.each(roles)('read as %s: everyone reads units; anonymous and unassigned only active ones', async (role) => {
    const inactive = await app.payload.create({ collection: 'units', data: { ...newUnit(), active: false } as any })
    const outcome = await path().find('units', actors[role])
    expect(outcome.ok).toBe(true)
    const codes = outcome.docs!.map((doc) => doc.code)
    expect(codes).toContain('ttdvsnc')
    expect(codes.includes(inactive.code)).toBe(role !== 'anonymous' && role !== 'unassigned')
  })
})

describe.each(['rest', 'graphql', 'local'] as const)('users through %s', (pathName) => {
  const path = () => paths.find((p) => p.name === pathName)!
  let victim: Actor

  beforeAll(async () => {
    victim = await makeActor(app, 'contributor', { unit: 'kinh-te', email: `victim-${pathName}@thanhmien.example` })
  })

  it.each(roles)('create as %s', async (role) => {
    const email = `new-${pathName}-${role}@thanhmien.example`
    const outcome = await path().create('users', actors[role], { email, name: 'Mới', password: 'Mat-khau-moi-123' })
    const stored = await app.payload.count({ collection: 'users', where: { email: { equals: email } } })
    const allowed = (expected.users.create as readonly Role[]).includes(role)
    expect(outcome.ok, outcome.error).toBe(allowed)
    expect(stored.totalDocs).toBe(allowed ? 1 : 0)
  })

  it.each(roles)('read as %s: staff read other accounts’ names only, administrators everything, the public nothing', async (role) => {
    const outcome = await path().find('users', actors[role])
    if (role === 'anonymous') {
      expect(outcome.ok && outcome.docs!.length > 0).toBe(false)
      return
    }
    expect(outcome.ok, outcome.error).toBe(true)
    const ids = outcome.docs!.map((doc) => String(doc.id))
    if (role === 'unassigned') {
      expect(ids).toEqual([String(actors[role].user!.id)])
      return
    }
    expect(ids).toContain(String(victim.user!.id))
    const other = outcome.docs!.find((doc) => String(doc.id) === String(victim.user!.id))
    expect(other.name).toBe(victim.user!.name)
    const own = outcome.docs!.find((doc) => String(doc.id) === String(actors[role].user!.id))
    expect(own.email).toBe(actors[role].user!.email)
    if (role === 'administrator') {
      expect(other).toMatchObject({ email: victim.user!.email, unit: expect.anything() })
    } else {
      // The name for a label and the work e-mail (the lock dialog names who edits by it); not the
      // unit, the administrator flag or the settings of another's account.
      expect(other.email).toBe(victim.user!.email)
      expect(other.unit ?? null).toBeNull()
      expect(other.isSystemAdmin ?? null).toBeNull()
      expect(own.unit).toBeTruthy()
    }
  })

  it.each(roles.filter((role) => role !== 'administrator' && role !== 'anonymous'))('no account found by another’s unit as %s', async (role) => {
    for (const where of [{ unit: { equals: victim.unitId } }, { isSystemAdmin: { equals: false } }]) {
      const outcome = await path().find('users', actors[role], where)
      expect((outcome.docs ?? []).map((doc) => String(doc.id)), JSON.stringify(where)).not.toContain(String(victim.user!.id))
    }
  })

  it.each(roles)('update another user as %s', async (role) => {
    const before = await userRow(victim.user!.id)
    const outcome = await path().update('users', actors[role], victim.user!.id, { name: `Đổi bởi ${role}` })
    const allowed = (expected.users.updateOther as readonly Role[]).includes(role)
    expect(outcome.ok, outcome.error).toBe(allowed)
    expect((await userRow(victim.user!.id))?.name).toBe(allowed ? `Đổi bởi ${role}` : before?.name)
  })

  it.each(roles.filter((role) => role !== 'anonymous'))('update own name as %s', async (role) => {
    const actor = actors[role]
    const outcome = await path().update('users', actor, actor.user!.id, { name: `Tên ${pathName}` })
    expect(outcome.ok, outcome.error).toBe(true)
    expect((await userRow(actor.user!.id))?.name).toBe(`Tên ${pathName}`)
  })

  it('a user changes its own password, then logs in with it', async () => {
    const self = await makeActor(app, 'contributor', { unit: 'kinh-te' })
    const outcome = await path().update('users', self, self.user!.id, { password: `Mat-khau-moi-${pathName}-9` })
    expect(outcome.ok, outcome.error).toBe(true)
    const login = await app.rest('POST', '/users/login', { body: { email: self.user!.email, password: `Mat-khau-moi-${pathName}-9` } })
    expect(login.status).toBe(200)
  })

  it.each(roles)('delete as %s', async (role) => {
    const target = await makeActor(app, 'contributor', { unit: 'mttq' })
    const outcome = await path().remove('users', actors[role], target.user!.id)
    const allowed = (expected.users.delete as readonly Role[]).includes(role)
    expect(outcome.ok, outcome.error).toBe(allowed)
    expect(await userRow(target.user!.id)).toEqual(allowed ? null : expect.objectContaining({ id: target.user!.id }))
  })
})
