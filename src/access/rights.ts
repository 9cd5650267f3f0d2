import type { Role } from './roles.ts'
import type { Scope } from './scopes.ts'

/** true: every document; false or absent: none; a scope: the documents it selects. */
export type Grant = boolean | Scope
export type Row = Partial<Record<Role, Grant>>
export type FieldRow = Partial<Record<Role, boolean>>

const everyone = { anonymous: true, contributor: true, coordinator: true, editor: true, administrator: true } as const
const signedIn = { contributor: true, coordinator: true, editor: true, administrator: true } as const
const administrators = { administrator: true } as const

/**
 * Who may do what: the whole access matrix of the plugin in one table.
 * A role that a row does not name is refused. Access functions are derived from this
 * table by `grant` and `fieldGrant`; no rule is written anywhere else.
 */
export const rights = {
  units: {
    read: { ...signedIn, anonymous: 'activeUnits' },
    create: administrators,
    update: administrators,
    delete: administrators,
    readVersions: administrators,
  },
  /** The host's auth collection (`users` by default). */
  users: {
    admin: signedIn,
    read: { contributor: 'self', coordinator: 'self', editor: 'self', administrator: true },
    create: administrators,
    update: { contributor: 'self', coordinator: 'self', editor: 'self', administrator: true },
    delete: administrators,
    unlock: administrators,
  },
} as const satisfies Record<string, Record<string, Row>>

/** Field-level rights, where a field is narrower than its collection. */
export const fieldRights = {
  units: {
    // Anonymous readers see a unit's code and names only.
    internals: { read: signedIn },
  },
  users: {
    // Rights follow the unit: only an administrator moves a user or makes one an administrator.
    unit: { read: everyone, create: administrators, update: administrators },
    isSystemAdmin: { read: everyone, create: administrators, update: administrators },
  },
} as const satisfies Record<string, Record<string, Partial<Record<'create' | 'read' | 'update', FieldRow>>>>
