import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { passwordProblem } from '../../../lib/passwordPolicy.ts'
import { accountMessages } from '../../../translations/accountMessages.ts'

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
      const message = problem.reason === 'too-short' ? accountMessages.passwordTooShort(problem.minLength) : accountMessages.passwordTooCommon
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message }], req })
    }
    return args
  }
