import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { canPublish } from '../../../access/onlyPublishersPublish.ts'
import { rights } from '../../../access/rights.ts'
import { reportingMessages } from '../../../translations/reportingMessages.ts'
import { isDraftSave } from '../../../hooks/rememberDraftSave.ts'

/**
 * Editors publish the figures, on every write path: a unit's own publish is refused, and a unit's
 * correction of figures already published (other than a draft save, which leaves them public as
 * they were) takes them off the public until an editor publishes them again.
 */
export const applyResultsPublishing =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (await canPublish(req, options, rights['procedure-results'].publish)) return data
    const wasPublished = operation === 'update' && originalDoc?._status === 'published'
    if (data._status === 'published' && !wasPublished) throw new APIError(reportingMessages.editorsPublish, 403, null, true)
    if (wasPublished && !isDraftSave(req.context)) data._status = 'draft'
    return data
  }
