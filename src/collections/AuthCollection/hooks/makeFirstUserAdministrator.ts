import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account of a fresh install, made on Payload's "create first user" screen without
 * a unit, becomes the system administrator: otherwise it could not even log in, and nobody could
 * ever grant rights. Any later account, or a first one given a unit, is left as it is.
 */
export const makeFirstUserAdministrator: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create' || data.unit) return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, isSystemAdmin: true } : data
}
