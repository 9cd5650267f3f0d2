import type { Role } from '../../src/index.ts'
import type { TestApp } from './boot.ts'

export const password = 'Mat-khau-thu-nghiem-1'

export type Actor = {
  role: Role
  /** The user document as the Local API takes it (`user:`), or undefined for anonymous. */
  user?: Record<string, any> & { id: number | string }
  token?: string
  unitId?: number | string
}

export const unitIdByCode = async (app: TestApp, code: string) => {
  const found = await app.payload.find({ collection: 'units', where: { code: { equals: code } }, depth: 0 })
  const unit = found.docs[0]
  if (!unit) throw new Error(`no unit ${code}`)
  return unit.id
}

/** Creates a user (as the system, bypassing access) and logs it in through REST. */
export const makeActor = async (
  app: TestApp,
  role: Role,
  { unit, email, isSystemAdmin = false }: { unit?: string; email?: string; isSystemAdmin?: boolean } = {},
): Promise<Actor> => {
  if (role === 'anonymous' && !unit) return { role }
  const unitId = unit ? await unitIdByCode(app, unit) : undefined
  const user = await app.payload.create({
    collection: 'users',
    data: {
      email: email ?? `${role}-${Math.random().toString(36).slice(2, 8)}@thanhmien.example`,
      name: `Thử ${role}`,
      password,
      unit: unitId ?? null,
      isSystemAdmin,
    },
  })
  const login = await app.rest('POST', '/users/login', { body: { email: user.email, password } })
  return { role, user: { ...user, collection: 'users' }, token: login.body?.token, unitId }
}

/** One actor per role, from the seeded units. */
export const makeActors = async (app: TestApp) => ({
  anonymous: await makeActor(app, 'anonymous'),
  contributor: await makeActor(app, 'contributor', { unit: 'mttq' }),
  coordinator: await makeActor(app, 'coordinator', { unit: 'vhxh' }),
  editor: await makeActor(app, 'editor', { unit: 'ttdvsnc' }),
  administrator: await makeActor(app, 'administrator', { isSystemAdmin: true }),
  // Signed in, in no unit: the public's rights in the plugin, and its own account. Not the file's
  // first account, which would become the administrator.
  unassigned: await makeActor(app, 'unassigned'),
})

/** The cast of the rights tests: a post's owner (MTTQ), a contributor of another unit, and one actor per other role. */
export const makeOwnerAndOthers = async (app: TestApp) => {
  const base = await makeActors(app)
  const owner = await makeActor(app, 'contributor', { unit: 'mttq' })
  return {
    anonymous: base.anonymous,
    owner,
    otherContributor: await makeActor(app, 'contributor', { unit: 'kinh-te' }),
    coordinator: base.coordinator,
    editor: base.editor,
    administrator: base.administrator,
  }
}
