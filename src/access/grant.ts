import type { Access, FieldAccess } from 'payload'

import type { ResolvedOptions } from '../options.ts'
import type { FieldRow, Row } from './rights.ts'

import { resolveRole } from './roles.ts'
import { scopes } from './scopes.ts'

/** A collection access function from one row of the rights table. */
export const grant =
  (options: ResolvedOptions, row: Row): Access =>
  async ({ req }) => {
    const given = row[await resolveRole(req, options)] ?? false
    return typeof given === 'boolean' ? given : scopes[given](req)
  }

/** A field access function from one row of the field rights table. */
export const fieldGrant =
  (options: ResolvedOptions, row: FieldRow): FieldAccess =>
  async ({ req }) =>
    row[await resolveRole(req, options)] ?? false

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
