import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import type { StoredAnnouncement } from '../../../services/applyAnnouncement.ts'

import { t } from '../../../translations/translate.ts'

/** A decision that changed procedures is part of their history: it cannot be deleted. */
export const keepAppliedAnnouncements: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const doc = (await req.payload.findByID({
    collection: collection.slug,
    id,
    depth: 0,
    overrideAccess: true,
    req,
    select: { appliedItems: true },
  })) as StoredAnnouncement
  if ((doc.appliedItems ?? []).length > 0) throw new APIError(t(req, 'appliedDecisionDelete'), 400, null, true)
}
