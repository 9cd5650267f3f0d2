import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { t } from '../../../translations/translate.ts'

/**
 * Append-only, whatever the caller and even with `overrideAccess`: no operation changes or
 * deletes an entry. The retention job deletes old entries through the database adapter, below
 * every operation and so below every path a request can take.
 */
export const refuseChanges: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete') throw new APIError(t(args.req, 'auditLogAppendOnly'), 403, null, true)
  return args
}
