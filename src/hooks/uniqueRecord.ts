import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../lib/relationId.ts'
import { firstId } from '../services/firstId.ts'
import { t } from '../translations/translate.ts'

/**
 * One document per key (unit, period, ...): writes the key to `uniqueKey` (a unique index backs
 * it up) and refuses a second document with a 400 naming `path`, before the database would.
 */
export const uniqueRecord =
  ({ key, path, message }: { key: (data: Record<string, any>, unitId: unknown) => string; path: string; message: 'duplicateReport' | 'duplicateResult' | 'duplicateProgramme' }): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const uniqueKey = key(data, idOf(data.unit))
    const others = originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []
    const clash = await firstId(req, collection.slug, { and: [{ uniqueKey: { equals: uniqueKey } }, ...others] })
    if (clash !== null) throw new ValidationError({ collection: collection.slug, errors: [{ path, message: t(req, message) }], req }, req.t)
    data.uniqueKey = uniqueKey
    return data
  }
