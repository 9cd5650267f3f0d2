import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { resolveRole } from '../access/roles.ts'
import { messages } from '../translations/messages.ts'

const idOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : (value ?? null)

/**
 * A non-administrator who sends a new `unit` or `isSystemAdmin` is refused outright (403),
 * not silently ignored, so an escalation attempt is visible to the caller. The field-level
 * access in the rights table also strips those fields; this hook makes the refusal explicit.
 */
export const refuseRightsEscalation =
  (options: ResolvedOptions): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    if (!req.user || !data) return data
    if ((await resolveRole(req, options)) === 'administrator') return data
    if ('unit' in data && String(idOf(data.unit)) !== String(idOf(originalDoc?.unit))) {
      throw new APIError(messages.ownUnitForbidden, 403, null, true)
    }
    if ('isSystemAdmin' in data && Boolean(data.isSystemAdmin) !== Boolean(originalDoc?.isSystemAdmin)) {
      throw new APIError(messages.ownAdminFlagForbidden, 403, null, true)
    }
    return data
  }
