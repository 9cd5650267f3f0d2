import type { CollectionBeforeChangeHook, CollectionSlug, Payload } from 'payload'

import { APIError } from 'payload'

import { t } from '../translations/translate.ts'

/** Payload's own collection of edit locks (the "someone is editing this" dialog). */
const locksSlug = 'payload-locked-documents' as CollectionSlug

/** The account a lock names, as `{ relationTo, value }` with an ID or a populated document. */
const holderOf = (user: unknown): { collection?: unknown; id?: unknown } => {
  if (!user || typeof user !== 'object') return {}
  const { relationTo, value } = user as { relationTo?: unknown; value?: unknown }
  return { collection: relationTo, id: value && typeof value === 'object' ? (value as { id?: unknown }).id : value }
}

/**
 * A signed-in account writes a lock only in its own name. Payload opens its lock collection to
 * every signed-in account, so a contributor could lock an editor out of a post under the editor's
 * name. The admin panel keeps to this by itself: it creates and refreshes locks through the
 * database adapter (no hooks), and "Tiếp quản" (take over) rewrites the lock to name the one who
 * takes it. The server's own writes (no user) are not checked.
 */
const lockInOwnName: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user) return data
  const holder = holderOf(data.user)
  if (holder.collection === req.user.collection && String(holder.id) === String(req.user.id)) return data
  throw new APIError(t(req, 'lockInOwnNameOnly'), 403, null, true)
}

/**
 * Payload adds its lock collection after the plugins have run, so the rule joins that collection's
 * hooks when Payload starts (before any request). Every path writes through them: REST, GraphQL
 * and the Local API.
 */
export const guardDocumentLocks = (payload: Payload): void => {
  const locks = payload.collections[locksSlug]
  if (!locks) return
  const hooks = locks.config.hooks
  const beforeChange = hooks.beforeChange ?? []
  if (!beforeChange.includes(lockInOwnName)) hooks.beforeChange = [...beforeChange, lockInOwnName]
}
