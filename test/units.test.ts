/** Units: seeded once, codes stable and well-formed, and anonymous readers see code and names only. */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedUnits } from '../src/services/seedUnits.ts'
import { resolveOptions } from '../src/options.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
let admin: Actor

beforeAll(async () => {
  app = await bootApp()
  admin = await makeActor(app, 'administrator', { isSystemAdmin: true })
})
afterAll(() => app?.close())

describe('seeding', () => {
  it('creates the six units of the letter on first start', async () => {
    const { docs } = await app.payload.find({ collection: 'units', pagination: false, sort: 'code' })
    expect(docs.map((u) => u.code).sort()).toEqual(['kinh-te', 'mttq', 'ttdvsnc', 'ttpvhcc', 'vhxh', 'vp-hdnd-ubnd'])
    const ttdvsnc = docs.find((u) => u.code === 'ttdvsnc')!
    expect(ttdvsnc).toMatchObject({ accessLevel: 'editor', active: true, isCoordinator: false })
    expect(docs.find((u) => u.code === 'vhxh')).toMatchObject({ accessLevel: 'contributor', isCoordinator: true })
  })

  it('is idempotent: running again creates nothing and keeps administrators’ edits', async () => {
    const mttq = (await app.payload.find({ collection: 'units', where: { code: { equals: 'mttq' } } })).docs[0]!
    await app.payload.update({ collection: 'units', id: mttq.id, data: { name: 'Ủy ban MTTQ (đã sửa)' } })

    const created = await seedUnits(await createLocalReq({}, app.payload), resolveOptions())
    const again = await Promise.all([seedUnits(await createLocalReq({}, app.payload), resolveOptions()), seedUnits(await createLocalReq({}, app.payload), resolveOptions())])

    expect(created).toBe(0)
    expect(again).toEqual([0, 0])
    expect((await app.payload.count({ collection: 'units' })).totalDocs).toBe(6)
    expect((await app.payload.findByID({ collection: 'units', id: mttq.id })).name).toBe('Ủy ban MTTQ (đã sửa)')
  })

  it('creates only what is missing, even when two instances start together', async () => {
    const extra = { code: 'doan-thanh-nien', name: 'Đoàn Thanh niên', shortName: 'ĐTN', kind: 'front', accessLevel: 'contributor' } as const
    const options = resolveOptions({ seedUnits: [extra] })
    const results = await Promise.all([seedUnits(await createLocalReq({}, app.payload), options), seedUnits(await createLocalReq({}, app.payload), options)])
    expect(results.reduce((a, b) => a + b, 0)).toBe(1)
    expect((await app.payload.count({ collection: 'units', where: { code: { equals: extra.code } } })).totalDocs).toBe(1)
  })
})

describe('unit codes', () => {
  it('refuses a malformed code with a 400 naming the field, in the request’s language', async () => {
    const reply = await app.rest('POST', '/units', {
      token: admin.token,
      body: { code: 'Phòng Mới', name: 'Phòng mới', shortName: 'PM', kind: 'department', accessLevel: 'contributor' },
    })
    expect(reply.status).toBe(400)
    const error = reply.body.errors[0].data.errors[0]
    expect(error.path).toBe('code')
    expect(error.message).toMatch(/^Mã đơn vị chỉ gồm/)
    const english = await app.rest('POST', '/units', {
      token: admin.token,
      headers: { 'Accept-Language': 'en' },
      body: { code: 'Phòng Mới', name: 'Phòng mới', shortName: 'PM', kind: 'department', accessLevel: 'contributor' },
    })
    expect(english.body.errors[0].data.errors[0].message).toMatch(/^A unit code is lowercase letters/)
  })

  it('refuses a duplicate code', async () => {
    const reply = await app.rest('POST', '/units', {
      token: admin.token,
      body: { code: 'mttq', name: 'Trùng', shortName: 'T', kind: 'front', accessLevel: 'contributor' },
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toBe('code')
  })

  it('keeps a code stable: changing it is a 400 and changes nothing', async () => {
    const unit = (await app.payload.find({ collection: 'units', where: { code: { equals: 'kinh-te' } } })).docs[0]!
    const reply = await app.rest('PATCH', `/units/${unit.id}`, { token: admin.token, headers: { 'Accept-Language': 'en' }, body: { code: 'kinh-te-moi', name: 'Tên mới' } })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0]).toMatchObject({ path: 'code' })
    expect(reply.body.errors[0].data.errors[0].message).toContain('A unit code cannot change')
    expect(await app.payload.findByID({ collection: 'units', id: unit.id })).toMatchObject({ code: 'kinh-te', name: unit.name })
  })

  it('stores codes lowercase', async () => {
    const reply = await app.rest('POST', '/units', {
      token: admin.token,
      body: { code: ' Hoi-Nong-Dan ', name: 'Hội Nông dân', shortName: 'HND', kind: 'front', accessLevel: 'contributor' },
    })
    expect(reply.status).toBe(201)
    expect(reply.body.doc.code).toBe('hoi-nong-dan')
  })
})

describe('what anonymous readers see of a unit', () => {
  const internals = ['accessLevel', 'isCoordinator', 'active', 'kind']

  it('REST: code and names only', async () => {
    const reply = await app.rest('GET', '/units?where[code][equals]=ttdvsnc')
    const unit = reply.body.docs[0]
    expect(unit).toMatchObject({ code: 'ttdvsnc', name: 'Trung tâm Dịch vụ sự nghiệp công xã', shortName: 'TTDVSNC' })
    for (const field of internals) expect(unit).not.toHaveProperty(field)
  })

  it('GraphQL: internal fields come back null', async () => {
    const reply = await app.graphql('{ Units(where: { code: { equals: "ttdvsnc" } }) { docs { code name accessLevel isCoordinator active kind } } }')
    expect(reply.body.data.Units.docs[0]).toEqual({
      code: 'ttdvsnc',
      name: 'Trung tâm Dịch vụ sự nghiệp công xã',
      accessLevel: null,
      isCoordinator: null,
      active: null,
      kind: null,
    })
  })

  it('Local API with overrideAccess: false and no user: the same', async () => {
    const { docs } = await app.payload.find({ collection: 'units', overrideAccess: false, where: { code: { equals: 'ttdvsnc' } } })
    for (const field of internals) expect(docs[0]).not.toHaveProperty(field)
  })

  it('signed-in users see the rights a unit grants', async () => {
    const reply = await app.rest('GET', '/units?where[code][equals]=ttdvsnc', { token: admin.token })
    expect(reply.body.docs[0]).toMatchObject({ accessLevel: 'editor', active: true, kind: 'center' })
  })
})
