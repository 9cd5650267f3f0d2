import type { CollectionBeforeLoginHook } from 'payload'

import { AuthenticationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { roleOfUser } from '../../../access/roles.ts'

/**
 * A member of an inactive unit, or of none, holds no rights, so it does not get a session. It is
 * told what a wrong password is told: a different answer would confirm that the password was right.
 */
export const refuseLoginWithoutRights =
  (options: ResolvedOptions): CollectionBeforeLoginHook =>
  async ({ req, user }) => {
    if ((await roleOfUser(user, req, options)) === 'anonymous') throw new AuthenticationError(req.t)
    return user
  }
