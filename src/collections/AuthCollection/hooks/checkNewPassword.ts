import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { passwordProblem } from '../../../lib/passwordPolicy.ts'
import { t } from '../../../translations/translate.ts'

/**
 * A new password (create, update, reset; every path) is at least `minPasswordLength` characters
 * and not a common one, or the write is refused with a 400 on `password` before anything is hashed.
 */
export const checkNewPassword =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
    const password = (args as { data?: { password?: unknown } }).data?.password
    if (typeof password !== 'string' || password === '') return args
    const problem = passwordProblem(password, options.accounts.minPasswordLength)
    if (problem) {
      const message = problem.reason === 'too-short' ? t(req, 'passwordTooShort', { minLength: problem.minLength }) : t(req, 'passwordTooCommon')
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message }], req }, req.t)
    }
    return args
  }
