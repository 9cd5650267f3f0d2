import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { t } from '../../../translations/translate.ts'

/** A procedure's code is what citizens, decisions and the national database know it by. */
export const keepCodeStable: FieldHook = ({ collection, operation, originalDoc, req, value }) => {
  if (operation === 'update' && originalDoc?.code && value !== undefined && value !== originalDoc.code) {
    throw new ValidationError({ collection: collection?.slug, errors: [{ path: 'code', message: t(req, 'procedureCodeStable') }], req }, req.t)
  }
  return value
}
