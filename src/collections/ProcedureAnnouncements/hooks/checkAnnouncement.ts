import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { storedBefore } from '../../../lib/storedBefore.ts'
import { isApplyingAnnouncement, isDraftSave, nowOf } from '../../../requestContext.ts'
import { type AnnouncementRow, type AppliedItem, planFor, refusePlan, sameItem } from '../../../services/applyAnnouncement.ts'
import { t } from '../../../translations/translate.ts'

/**
 * Before a decision is saved: its applied items stay as they were, what it records as applied (or
 * failed) is never taken from the request, a published decision that applied items is not unpublished, and when the save publishes it, every pending item is checked
 * against the procedures as they stand (a 400 naming each wrong item, and nothing saved).
 */
export const checkAnnouncement =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (isApplyingAnnouncement(req.context)) return data
    // A duplicate starts with nothing applied, pending or published, whatever its source had.
    const stored = storedBefore({ operation, originalDoc })
    const appliedItems: AppliedItem[] = stored?.appliedItems ?? []
    const before: AnnouncementRow[] = stored?.items ?? []
    const items: AnnouncementRow[] = data.items ?? before
    for (const applied of appliedItems) {
      const now = items.find((row) => row.id === applied.itemId)
      const was = before.find((row) => row.id === applied.itemId)
      if (!now || (was && !sameItem(now, was, options.reporting.timeZone))) {
        const position = before.findIndex((row) => row.id === applied.itemId)
        const message = t(req, 'appliedItemChanged', { item: position + 1 })
        throw new ValidationError({ collection: collection.slug, errors: [{ path: 'items', message }], req }, req.t)
      }
    }
    // A decision that changed procedures is part of their history: a later decision amends or repeals them.
    if (stored?._status === 'published' && appliedItems.length > 0 && data._status !== 'published' && !isDraftSave(req.context)) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: '_status', message: t(req, 'appliedDecisionUnpublish') }], req }, req.t)
    }
    data.appliedItems = appliedItems
    data.pendingFrom = stored?.pendingFrom ?? null
    // What failed stays until the items apply; an item the editor removed takes its failure with it.
    data.failedItems = (stored?.failedItems ?? []).filter((failure: { itemId?: string }) => items.some((row) => row.id === failure.itemId))
    if (data._status === 'published' && !isDraftSave(req.context)) {
      const { plan } = await planFor(req, options, { ...data, items, appliedItems }, nowOf(req.context), { lean: true })
      if (plan.errors.length > 0) refusePlan(req, collection.slug, plan.errors)
      data.publishedAt = stored?.publishedAt ?? nowOf(req.context).toISOString()
    } else {
      data.publishedAt = stored?.publishedAt ?? null
    }
    return data
  }
