import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

const idOf = (value: unknown) => (value !== null && typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * One document per key (unit, period, ...): writes the key to `uniqueKey` (a unique index backs
 * it up) and refuses a second document with a 400 naming `path`, before the database would.
 */
export const uniqueRecord =
  ({ key, path, message }: { key: (data: Record<string, any>, unitId: unknown) => string; path: string; message: string }): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const uniqueKey = key(data, idOf(data.unit))
    const clash = await req.payload.find({
      collection: collection.slug as never,
      where: { and: [{ uniqueKey: { equals: uniqueKey } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])] },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: {},
    })
    if (clash.docs.length > 0) throw new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })
    data.uniqueKey = uniqueKey
    return data
  }
