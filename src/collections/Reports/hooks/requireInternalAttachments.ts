import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { reportingMessages } from '../../../translations/reportingMessages.ts'
import { idOf } from '../../../lib/relationId.ts'

/** A report's attachments are internal files: a public one is refused rather than quietly hidden. */
export const requireInternalAttachments =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, req }) => {
    const ids = (Array.isArray(data.attachments) ? data.attachments : []).map(idOf).filter((id) => id != null) as (number | string)[]
    if (ids.length === 0) return data
    const publicFiles = await req.payload.find({
      collection: options.slugs.media as never,
      where: { and: [{ id: { in: ids } }, { internal: { not_equals: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: {},
    })
    if (publicFiles.docs.length > 0) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'attachments', message: reportingMessages.attachmentNotInternal(publicFiles.docs.map((doc) => doc.id)) }],
        req,
      })
    }
    return data
  }
