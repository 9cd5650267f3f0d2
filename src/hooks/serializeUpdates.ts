import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { isCurrent, parseIfMatch } from '../lib/ifMatch.ts'
import { contextSlots } from '../requestContext.ts'
import { lockDocument } from '../services/lockDocument.ts'
import { t } from '../translations/translate.ts'

/**
 * Updates of one document run one after the other, and one based on a stale version is refused.
 *
 * Payload's update-by-id opens its transaction before `beforeOperation` and checks access and
 * reads the document after it; locking the row here (`SELECT … FOR UPDATE`) makes a second writer
 * wait for the first to commit and then see what it wrote. Without it, a contributor's save read
 * before an editor's publish and committed after it put the post back to draft (READ COMMITTED).
 * A client that sends `If-Match: "<updatedAt it read>"` (Local API: `context.ifMatch`) gets a 409
 * when the document changed meanwhile, and nothing is written.
 */
export const serializeUpdates: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id === undefined || id === null) return args
  await lockDocument(req, collection.slug, id)
  const declared = parseIfMatch(req.headers?.get('if-match') ?? contextSlots.ifMatch.get(req.context))
  if (declared === undefined) return args
  if (declared === 'invalid') throw new APIError(t(req, 'badIfMatch'), 400, null, true)
  const current = (await req.payload.findByID({
    collection: collection.slug,
    id,
    depth: 0,
    disableErrors: true,
    draft: true,
    overrideAccess: true,
    req,
    select: { updatedAt: true },
  })) as { updatedAt?: string } | null
  // A document that is not there is Payload's own 404, after access.
  if (current?.updatedAt && !isCurrent(declared, current.updatedAt)) throw new APIError(t(req, 'staleVersion'), 409, null, true)
  return args
}
