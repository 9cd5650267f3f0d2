import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { isApplyingAnnouncement, isDraftSave, nowOf } from '../../../requestContext.ts'
import { type AnnouncementRow, applyDueItems } from '../../../services/applyAnnouncement.ts'

/** After a decision is published (or re-saved while published): applies its due items. */
export const applyPublishedAnnouncement =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (isApplyingAnnouncement(req.context) || isDraftSave(req.context) || doc._status !== 'published') return doc
    const result = await applyDueItems(req, options, doc.id, nowOf(req.context))
    if (!result) return doc
    // The reply shows what this save applied (the virtual `appliedAt` was read before it was).
    const appliedAt = new Map(result.fields.appliedItems?.map((item) => [item.itemId, item.appliedAt]))
    const items = (doc.items as AnnouncementRow[] | undefined)?.map((item) => ({ ...item, appliedAt: appliedAt.get(item.id ?? '') ?? null }))
    return { ...doc, ...result.fields, items }
  }
