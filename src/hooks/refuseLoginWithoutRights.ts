import type { CollectionBeforeLoginHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { roleOfUser } from '../access/roles.ts'
import { messages } from '../translations/messages.ts'

/** A member of an inactive unit, or of none, holds no rights, so it does not get a session. */
export const refuseLoginWithoutRights =
  (options: ResolvedOptions): CollectionBeforeLoginHook =>
  async ({ req, user }) => {
    if ((await roleOfUser(user, req, options)) === 'anonymous') {
      throw new APIError(messages.noActiveUnit, 403, null, true)
    }
    return user
  }
