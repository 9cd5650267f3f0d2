import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { idOf } from '../../../lib/relationId.ts'
import { isDraftSave } from '../../../requestContext.ts'

/**
 * The signed PDF is internal until its document is published: a draft's file is marked internal
 * (the public cannot fetch it), the published document's file public. A draft saved over a
 * published document leaves the published one's file public. A file the writer may not change
 * (another unit's, for a contributor) keeps its mark.
 */
export const keepSignedPdfInternal =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const id = idOf(doc.signedPdf)
    if (id === null) return doc
    const isPublic = doc._status === 'published' || (isDraftSave(req.context) && Boolean(doc.publishedAt))
    await req.payload.update({
      collection: options.slugs.media,
      // Only a file whose mark changes is written (and audited).
      where: {
        and: [{ id: { equals: id } }, isPublic ? { internal: { equals: true } } : { or: [{ internal: { equals: false } }, { internal: { exists: false } }] }],
      },
      data: { internal: !isPublic },
      depth: 0,
      // With the writer's rights: a contributor's draft cannot hide another unit's public file (a
      // post's PDF, say); only the system (a scheduled publish without a user) goes past them.
      overrideAccess: !req.user,
      req,
      select: {},
    })
    return doc
  }
