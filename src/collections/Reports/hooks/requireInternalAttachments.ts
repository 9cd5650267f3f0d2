import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { idOf } from '../../../lib/relationId.ts'
import { t } from '../../../translations/translate.ts'

/** A report's attachments are internal files: a public one is refused rather than quietly hidden. */
export const requireInternalAttachments =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, req }) => {
    const ids = (Array.isArray(data.attachments) ? data.attachments : []).map(idOf).filter((id) => id != null) as (number | string)[]
    if (ids.length === 0) return data
    const publicFiles = await req.payload.find({
      collection: options.slugs.media,
      where: { and: [{ id: { in: ids } }, { internal: { not_equals: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: {},
    })
    if (publicFiles.docs.length > 0) {
      const message = t(req, 'attachmentNotInternal', { ids: publicFiles.docs.map((doc) => doc.id).join(', ') })
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'attachments', message }], req }, req.t)
    }
    return data
  }
