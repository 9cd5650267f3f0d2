import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { mayPublish } from '../../../access/onlyPublishersPublish.ts'
import { storedBefore } from '../../../lib/storedBefore.ts'
import { isDraftSave } from '../../../requestContext.ts'

/**
 * A unit's correction of figures already published (other than a draft save, which leaves them
 * public as they were) takes them off the public until an editor publishes them again. Only
 * editors publish them at all (access/onlyPublishersPublish.ts).
 */
export const applyResultsPublishing =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (await mayPublish(req, options, 'procedure-results')) return data
    if (storedBefore({ operation, originalDoc })?._status === 'published' && !isDraftSave(req.context)) data._status = 'draft'
    return data
  }
