import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { roleOfUser } from '../../../access/roles.ts'
import { t } from '../../../translations/translate.ts'

/** A session opened before the account's unit was deactivated (or the account moved out of every unit) is not renewed. */
export const refuseRefreshWithoutRights =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'refresh' || !req.user) return args
    if ((await roleOfUser(req.user, req, options)) === 'anonymous') {
      throw new APIError(t(req, 'refreshWithoutRights'), 403, null, true)
    }
    return args
  }
