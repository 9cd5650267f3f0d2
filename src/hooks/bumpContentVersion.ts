import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { isDraftSave } from '../requestContext.ts'
import { bumpContentVersion } from '../services/contentVersion.ts'

const isPublished = (doc: unknown) => (doc as { _status?: unknown } | undefined)?._status === 'published'

/**
 * Whether a change can alter what the public reads: always for a collection without drafts; for
 * one with drafts, when the document is published now or was before (publish, an edit of a
 * published document, a scheduled publish firing), and whenever an update is not a draft save: an
 * unpublish after a newer draft was saved has that draft, not the published document, as its
 * `previousDoc`. Draft saves nobody public can see change nothing, so the admin's autosave of a
 * draft does not empty every instance's cache.
 */
const touchesPublic = (collection: CollectionConfig, doc: unknown, previousDoc?: unknown, savedOver = false) =>
  !(typeof collection.versions === 'object' && collection.versions.drafts) || isPublished(doc) || isPublished(previousDoc) || savedOver

/**
 * Bumps the public content version (see `services/contentVersion.ts`) after every change of the
 * collection that touches published content, in the change's transaction.
 */
export const withContentVersion = (collection: CollectionConfig, options: ResolvedOptions): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
    // An update that is not a draft save writes the document itself, whatever was published before.
    if (touchesPublic(collection, doc, previousDoc, operation === 'update' && !isDraftSave(req.context))) await bumpContentVersion(req, options)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    if (touchesPublic(collection, doc)) await bumpContentVersion(req, options)
    return doc
  }
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
    },
  }
}
