import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Creates the documents whose `key` value does not exist yet. Safe on every start and from several
 * instances at once (a document created meanwhile elsewhere is left alone); existing documents are
 * never changed, so editors' and administrators' edits survive restarts.
 */
export const seedMissing = async <T extends Record<string, unknown>>(
  req: PayloadRequest,
  { collection: slug, docs, key }: { collection: string; docs: T[]; key: keyof T & string },
): Promise<number> => {
  if (docs.length === 0) return 0
  // Plugin code must not depend on the host's generated slug union.
  const collection = slug as CollectionSlug
  const { payload } = req
  const present = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    select: { [key]: true },
    where: { [key]: { in: docs.map((doc) => doc[key]) } },
    req,
  })
  const existing = new Set(present.docs.map((doc) => (doc as Record<string, unknown>)[key]))
  let created = 0
  for (const doc of docs) {
    if (existing.has(doc[key])) continue
    try {
      await payload.create({ collection, data: doc, req })
      created++
    } catch (error) {
      const again = await payload.count({ collection, where: { [key]: { equals: doc[key] } }, req })
      if (again.totalDocs === 0) throw error
    }
  }
  if (created > 0) payload.logger.info(`cchc: seeded ${created} ${collection}`)
  return created
}
