import type { FieldHook } from 'payload'

/**
 * Counters are filled by the server (views and ratings), never by a request. A save keeps the
 * value the document's own row holds now, not the one of the version it was read from: the
 * counters move in SQL on the main row only (services/interest.ts), so a draft version holds a
 * stale count. `serializeUpdates` has locked the row, so no view lands between this read and the write.
 */
export const keepCounter: FieldHook = async ({ collection, field, operation, originalDoc, req }) => {
  if (operation === 'create') return 0
  const name = (field as { name: string }).name
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (!collection || id === undefined) return originalDoc?.[name] ?? 0
  const current = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })) as Record<string, unknown> | null
  return current?.[name] ?? originalDoc?.[name] ?? 0
}
