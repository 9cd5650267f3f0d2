import type { CollectionBeforeDeleteHook } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

/** An assessment's scores go with it, in the same transaction (each deletion in the audit log). */
export const deleteScores =
  (options: ResolvedOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({ collection: options.slugs.parScores, where: { assessment: { equals: id } }, overrideAccess: true, req })
  }
