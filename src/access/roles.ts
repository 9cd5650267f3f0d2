import type { PayloadRequest, TypeWithID } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { idOf } from '../lib/relationId.ts'

/**
 * Every request resolves to exactly one of these. `unassigned` is a signed-in account in no unit
 * (an account the host had before it added the plugin, or one an administrator has not placed
 * yet): it keeps what the host grants it, signs in, reads and edits itself, and holds none of the
 * plugin's rights. A member of an inactive unit is `anonymous`: deactivating a unit is how the
 * commune takes an office's access away.
 */
export const roles = ['anonymous', 'unassigned', 'contributor', 'coordinator', 'editor', 'administrator'] as const
export type Role = (typeof roles)[number]

/** Roles that read and write as the public does in the plugin's collections. */
export const holdsNoPluginRights = (role: Role): boolean => role === 'anonymous' || role === 'unassigned'

type UnitRights = { active?: boolean | null; accessLevel?: string | null; isCoordinator?: boolean | null }
type UserLike = { id: number | string; isSystemAdmin?: boolean | null; unit?: unknown } & Record<string, unknown>

const isUnitRights = (value: unknown): value is UnitRights & TypeWithID =>
  typeof value === 'object' && value !== null && 'active' in value && 'accessLevel' in value

const loadUnit = async (
  unit: unknown,
  req: PayloadRequest,
  options: ResolvedOptions,
): Promise<UnitRights | null> => {
  if (isUnitRights(unit)) return unit
  const id = idOf(unit)
  if (id === null) return null
  return (await req.payload.findByID({
    collection: options.slugs.units,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    select: { active: true, accessLevel: true, isCoordinator: true },
  })) as UnitRights | null
}

/**
 * The role a user holds: administrator by flag or by the host's `isAdministrator`, else what its
 * unit grants; nothing from an inactive unit; `unassigned` in none.
 */
export const roleOfUser = async (
  user: UserLike,
  req: PayloadRequest,
  options: ResolvedOptions,
): Promise<Role> => {
  if (user.isSystemAdmin === true || options.isAdministrator?.(user) === true) return 'administrator'
  if (idOf(user.unit) === null) return 'unassigned'
  const unit = await loadUnit(user.unit, req, options)
  if (!unit || unit.active !== true) return 'anonymous'
  if (unit.accessLevel === 'editor') return 'editor'
  if (unit.accessLevel === 'contributor') return unit.isCoordinator ? 'coordinator' : 'contributor'
  return 'anonymous'
}

// One lookup per request, however many access functions ask: the request object is the key.
const rolePerRequest = new WeakMap<object, Promise<Role>>()

/** The role of the request's user, resolved once per request. */
export const resolveRole = (req: PayloadRequest, options: ResolvedOptions): Promise<Role> => {
  const user = req.user
  if (!user || user.collection !== options.authCollection) return Promise.resolve('anonymous')
  let role = rolePerRequest.get(req)
  if (!role) {
    role = roleOfUser(user as UserLike, req, options)
    rolePerRequest.set(req, role)
  }
  return role
}
