import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { t } from '../../../translations/translate.ts'

/** A unit's code is referenced by seeds, reports and URLs: it never changes after creation. */
export const keepUnitCodeStable =
  (collection: string): FieldHook =>
  ({ operation, originalDoc, req, value }) => {
    const normalised = typeof value === 'string' ? value.trim().toLowerCase() : value
    if (operation === 'update' && originalDoc?.code && normalised !== undefined && normalised !== originalDoc.code) {
      throw new ValidationError({ collection, errors: [{ message: t(req, 'unitCodeStable'), path: 'code' }], req }, req.t)
    }
    return normalised
  }
