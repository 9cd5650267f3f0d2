/** Topics: seeded once with the letter's themes; editors keep them; everyone reads them. */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/index.ts'

import { seedTopics } from '../src/services/seedTopics.ts'
import { defaultTopics } from '../src/lib/defaultTopics.ts'
import { resolveOptions } from '../src/options.ts'
import { type Actor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'

let app: TestApp
let actors: Record<Role, Actor>
let paths: Path[]
const roles: Role[] = ['anonymous', 'unassigned', 'contributor', 'coordinator', 'editor', 'administrator']
const editors: Role[] = ['editor', 'administrator']

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  paths = allPaths(app, { 'cchc-topics': 'id name slug' })
})
afterAll(() => app?.close())

it('seeds the themes of the letter once', async () => {
  const { docs } = await app.payload.find({ collection: 'cchc-topics', sort: 'order', pagination: false })
  expect(docs.map((t) => t.slug)).toEqual(defaultTopics.map((t) => t.slug))
  expect(await seedTopics(await createLocalReq({}, app.payload), resolveOptions())).toBe(0)
  expect((await app.payload.count({ collection: 'cchc-topics' })).totalDocs).toBe(defaultTopics.length)
})

let serial = 0
describe.each(['rest', 'graphql', 'local'] as const)('through %s', (name) => {
  const path = () => paths.find((p) => p.name === name)!

  it.each(roles)('as %s: read all; create, update, delete only as an editor', async (role) => {
    const read = await path().find('cchc-topics', actors[role])
    expect(read.ok).toBe(true)
    expect(read.docs!.length).toBeGreaterThanOrEqual(defaultTopics.length)

    serial++
    const created = await path().create('cchc-topics', actors[role], { name: `Chuyên mục thử ${serial}`, order: 200 })
    expect(created.ok, created.error).toBe(editors.includes(role))

    const target = await app.payload.create({ collection: 'cchc-topics', data: { name: `Đích ${serial}`, order: 300 } })
    const updated = await path().update('cchc-topics', actors[role], target.id, { name: 'Đã đổi tên' })
    expect(updated.ok, updated.error).toBe(editors.includes(role))
    const removed = await path().remove('cchc-topics', actors[role], target.id)
    expect(removed.ok, removed.error).toBe(editors.includes(role))
    const left = await app.payload.findByID({ collection: 'cchc-topics', id: target.id, disableErrors: true })
    if (editors.includes(role)) expect(left).toBeNull()
    else expect(left).toMatchObject({ name: `Đích ${serial}` })
  })
})
