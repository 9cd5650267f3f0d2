import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { slotsOverlap, slotTimesProblem } from '../../../lib/broadcastSlots.ts'
import { t } from '../../../translations/translate.ts'

/**
 * A slot runs within one day and ends after it starts, and no two slots in use share a time on a
 * common weekday: the radio speaks one programme at a time.
 */
export const refuseOverlappingSlots: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const slot = { ...originalDoc, ...data }
  const invalid = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }], req }, req.t)
  const problem = slotTimesProblem(slot)
  if (problem === 'badStart') throw invalid('startTime', t(req, 'slotClockInvalid'))
  if (problem === 'badEnd') throw invalid('endTime', t(req, 'slotClockInvalid'))
  if (problem === 'endNotAfterStart') throw invalid('endTime', t(req, 'slotEndNotAfterStart'))
  if (slot.active === false) return data

  const others = await req.payload.find({
    collection: collection.slug,
    where: { and: [{ active: { equals: true } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, startTime: true, endTime: true, weekdays: true },
  })
  const clash = others.docs.find((other) => slotsOverlap(slot, other as unknown as Parameters<typeof slotsOverlap>[1]))
  if (clash) {
    throw invalid('startTime', t(req, 'slotOverlaps', { name: String(clash.name), start: String(clash.startTime), end: String(clash.endTime) }))
  }
  return data
}
