import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { resolveRole } from '../../../access/roles.ts'
import { idOf } from '../../../lib/relationId.ts'
import { t } from '../../../translations/translate.ts'

/**
 * A non-administrator who sends a new `unit` or `isSystemAdmin` is refused outright (403)
 * instead of having the field silently dropped by field access, so an escalation attempt is
 * visible to the caller. It runs before the operation, ahead of field access. Non-administrators
 * can only ever update themselves (rights table), so their own values are the ones to compare.
 */
export const refuseRightsEscalation =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.user) return args
    const data = (args as { data?: Record<string, unknown> }).data
    if (!data || (await resolveRole(req, options)) === 'administrator') return args
    const own = req.user as { isSystemAdmin?: boolean | null; unit?: unknown }
    if ('unit' in data && String(idOf(data.unit)) !== String(idOf(own.unit))) {
      throw new APIError(t(req, 'ownUnitForbidden'), 403, null, true)
    }
    if ('isSystemAdmin' in data && Boolean(data.isSystemAdmin) !== Boolean(own.isSystemAdmin)) {
      throw new APIError(t(req, 'ownAdminFlagForbidden'), 403, null, true)
    }
    return args
  }
