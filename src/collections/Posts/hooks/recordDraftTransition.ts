import type { CollectionAfterChangeHook } from 'payload'

import { contextSlots } from '../../../requestContext.ts'

/**
 * A draft save writes only a version, so a transition made by one (a contributor choosing
 * "Chờ duyệt" and saving a draft) would not reach the document that lists, filters and access
 * rules read. Write the state there too, in the same transaction.
 */
export const recordDraftTransition: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const slot = contextSlots.transition(doc.id)
  const transition = slot.get(req.context)
  if (transition) {
    slot.set(req.context, undefined)
    await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data: transition, req })
  }
  return doc
}
