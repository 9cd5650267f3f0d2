import type { Payload } from 'payload'

import type { ResolvedOptions } from '../options.ts'

/**
 * Creates the configured units that do not exist yet, matched by code. Safe to run on every
 * start and from several instances at once: a unit created meanwhile by another instance is
 * left alone. Existing units are never changed, so an administrator's edits survive restarts.
 */
export const seedUnits = async (payload: Payload, options: ResolvedOptions): Promise<number> => {
  if (options.seedUnits === false || options.seedUnits.length === 0) return 0
  const slug = options.slugs.units
  const wanted = options.seedUnits
  const present = await payload.find({
    collection: slug,
    depth: 0,
    limit: wanted.length,
    pagination: false,
    select: { code: true },
    where: { code: { in: wanted.map((unit) => unit.code) } },
  })
  const existing = new Set(present.docs.map((doc) => (doc as { code?: string }).code))
  let created = 0
  for (const unit of wanted) {
    if (existing.has(unit.code)) continue
    try {
      await payload.create({ collection: slug, data: { ...unit, active: true } })
      created++
    } catch (error) {
      const again = await payload.count({ collection: slug, where: { code: { equals: unit.code } } })
      if (again.totalDocs === 0) throw error
    }
  }
  if (created > 0) payload.logger.info(`cchc: seeded ${created} unit(s)`)
  return created
}
