import type { CollectionAfterChangeHook } from 'payload'

import type { NotificationEvent } from '../lib/notificationEvents.ts'
import type { ResolvedOptions } from '../options.ts'

import { idOf } from '../lib/relationId.ts'
import { notify } from '../services/notifications.ts'
import { isScheduledPublish } from '../services/scheduledPublishing.ts'

type Doc = Record<string, unknown> & { id: number | string }

/** The event a change of one document is, from its state before and after (null: none to tell). */
type EventOf = (before: Doc | null, after: Doc) => NotificationEvent | null

const changed = (before: Doc | null, after: Doc, field: string) => (before?.[field] ?? null) !== (after[field] ?? null)

// `previousDoc` holds ids (depth 0), `doc` is read at the request's depth: compare a relationship by its id.
const movedTo = (before: Doc | null, after: Doc, field: string) => {
  const to = idOf(after[field])
  return to !== null && String(idOf(before?.[field]) ?? '') !== String(to)
}

/** Posts: submitted, sent back, published (by hand or by the schedule). */
export const postEvent: EventOf = (before, after) => {
  if (!changed(before, after, 'workflowState')) return null
  if (after.workflowState === 'in_review') return 'postSubmitted'
  if (after.workflowState === 'changes_requested') return 'postChangesRequested'
  if (after.workflowState === 'published') return isScheduledPublish() ? 'postScheduledPublished' : 'postPublished'
  return null
}

/** Reports: submitted, returned, accepted. */
export const reportEvent: EventOf = (before, after) => {
  if (!changed(before, after, 'reportState')) return null
  if (after.reportState === 'submitted') return 'reportSubmitted'
  if (after.reportState === 'returned') return 'reportReturned'
  if (after.reportState === 'accepted') return 'reportAccepted'
  return null
}

/** Feedback: routed to a unit (or to another one), answered, flagged overdue by the hourly job. */
export const feedbackEvent: EventOf = (before, after) => {
  if (after.state === 'routed' && (changed(before, after, 'state') || movedTo(before, after, 'unit'))) return 'feedbackAssigned'
  if (after.state === 'answered' && changed(before, after, 'state')) return 'feedbackAnswered'
  if (after.overdue === true && before?.overdue !== true) return 'feedbackOverdue'
  return null
}

/** PAR self-scores: a criterion given to a unit (created for it, or moved to it), a score the coordinator returned. */
export const parScoreEvent: EventOf = (before, after) => {
  if (movedTo(before, after, 'unit')) return 'parCriterionAssigned'
  if (after.scoreState === 'returned' && changed(before, after, 'scoreState')) return 'parCriterionReturned'
  return null
}

const titleOf = (doc: Doc): string => String(doc.title ?? doc.publicQuestion ?? doc.trackingCode ?? doc.id)

/**
 * Tells of a workflow step after the write, in its transaction (`req`): the collection's own
 * workflow hook has already settled the state, so the step is read off the stored values.
 */
export const notifyChanges =
  (options: ResolvedOptions, eventOf: EventOf): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const event = eventOf(operation === 'create' ? null : (previousDoc as Doc), doc as Doc)
    if (event) {
      const item = doc as Doc
      // Feedback's title is the citizen's words only once published: the line names its tracking code.
      const itemTitle =
        collection.slug === options.slugs.feedback
          ? String(item.trackingCode ?? item.id)
          : collection.slug === options.slugs.parScores
            ? `${String(item.criterionCode ?? '')} ${String(item.criterionName ?? '')}`.trim() || String(item.id)
            : titleOf(item)
      await notify(req, options, { event, collection: collection.slug, id: item.id, itemTitle, unit: item.unit, author: item.author })
    }
    return doc
  }
