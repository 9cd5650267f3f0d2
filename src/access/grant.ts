import type { Access, CollectionConfig, FieldAccess } from 'payload'

import type { ResolvedOptions } from '../options.ts'
import type { DocumentFieldRow, FieldRow, Row } from './rights.ts'

import { idOf } from '../lib/relationId.ts'
import { type Role, resolveRole } from './roles.ts'
import { scopes, unitIdOf } from './scopes.ts'

/** What a row grants a role; an account in no unit gets the public's grant where the row does not name it. */
const grantOf = <T>(row: Partial<Record<Role, T>>, role: Role): T | undefined =>
  row[role] ?? (role === 'unassigned' ? row.anonymous : undefined)

/** A collection access function from one row of the rights table. */
export const grant =
  (options: ResolvedOptions, row: Row): Access =>
  async ({ req }) => {
    const given = grantOf(row, await resolveRole(req, options)) ?? false
    return typeof given === 'boolean' ? given : scopes[given](req)
  }

/** A field access function from one row of the field rights table. */
export const fieldGrant =
  (options: ResolvedOptions, row: FieldRow): FieldAccess =>
  async ({ req }) =>
    grantOf(row, await resolveRole(req, options)) ?? false

/**
 * A field access function from a row of `documentFieldRights`: `'assignedUnit'` compares the
 * document's unit with the user's, `'self'` the document with the user's own account. Without a
 * document (a query's `where`) neither grants.
 */
export const documentFieldGrant =
  (options: ResolvedOptions, row: DocumentFieldRow): FieldAccess =>
  async ({ doc, id, req }) => {
    const given = grantOf(row, await resolveRole(req, options)) ?? false
    if (typeof given === 'boolean') return given
    if (given === 'self') {
      const own = (doc as { id?: unknown } | undefined)?.id ?? id
      return req.user?.collection === options.authCollection && own != null && String(own) === String(req.user.id)
    }
    const unit = unitIdOf(req)
    const assigned = idOf((doc as { unit?: unknown } | undefined)?.unit)
    return unit != null && assigned != null && String(unit) === String(assigned)
  }

/**
 * Wraps the host's own access function instead of replacing it: both must allow, and
 * their queries are ANDed (as plugin-multi-tenant's withTenantAccess does).
 */
export const withHostAccess =
  (host: Access | undefined, ours: Access): Access =>
  async (args) => {
    const mine = await ours(args)
    if (mine === false || !host) return mine
    const theirs = await host(args)
    if (theirs === false) return false
    if (theirs === true) return mine
    if (mine === true) return theirs
    return { and: [mine, theirs] }
  }

const payloadOperations = ['admin', 'create', 'delete', 'read', 'readVersions', 'unlock', 'update'] as const

/** A collection's `access` from its row of the rights table (rows may hold other capabilities too). */
export const accessFrom = (options: ResolvedOptions, rows: Partial<Record<string, Row>>): NonNullable<CollectionConfig['access']> =>
  Object.fromEntries(
    payloadOperations.filter((operation) => rows[operation]).map((operation) => [operation, grant(options, rows[operation]!)]),
  )
