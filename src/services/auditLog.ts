import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { AuditAction } from '../lib/auditActions.ts'
import type { ResolvedOptions } from '../options.ts'

import { idOf } from '../lib/relationId.ts'

type Actor = { id: number | string; unit?: unknown; [field: string]: unknown }

export type AuditEntry = {
  action: AuditAction
  collection?: string
  documentId?: number | string | null
  documentTitle?: null | string
  changedFields?: string[]
  details?: null | Record<string, unknown>
  /** Who acted: the request's user unless given; `null` for nobody signed in (or the system). */
  actor?: Actor | null
}

// One lookup per unit and request, however many entries a request writes.
const unitNames = new WeakMap<object, Map<string, Promise<null | string>>>()

export const unitNameOf = (req: PayloadRequest, options: ResolvedOptions, unit: unknown): Promise<null | string> => {
  if (unit !== null && typeof unit === 'object' && typeof (unit as { name?: unknown }).name === 'string') {
    return Promise.resolve((unit as { name: string }).name)
  }
  const id = idOf(unit)
  if (id === null) return Promise.resolve(null)
  let names = unitNames.get(req)
  if (!names) unitNames.set(req, (names = new Map()))
  let name = names.get(String(id))
  if (!name) {
    name = req.payload
      .findByID({ collection: options.slugs.units, id, depth: 0, disableErrors: true, overrideAccess: true, req, select: { name: true } })
      .then((found) => ((found as { name?: string } | null)?.name ?? null))
    names.set(String(id), name)
  }
  return name
}

/** How an account is named in the log: its title field (the person's name), never its e-mail. */
export const accountTitleOf = (req: PayloadRequest, options: ResolvedOptions, account: Record<string, unknown> | null | undefined): null | string => {
  if (!account) return null
  const field = req.payload.collections[options.authCollection]?.config.admin?.useAsTitle
  const value = field && field !== 'email' ? account[field] : undefined
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : null
}

/** A document's title for reading the log (its `useAsTitle` field; never an id or an e-mail). */
export const documentTitleOf = (collection: Pick<SanitizedCollectionConfig, 'admin'>, doc: Record<string, unknown> | null | undefined): null | string => {
  const field = collection.admin?.useAsTitle
  const value = field && field !== 'id' && field !== 'email' ? doc?.[field] : undefined
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/**
 * Appends one entry to the audit log with the request's `req`, so it is written in the same
 * transaction as the change it records (and rolled back with it). The actor's name and unit are
 * kept as they are now, for reading after the account or the unit changes.
 */
export const recordAudit = async (req: PayloadRequest, options: ResolvedOptions, entry: AuditEntry): Promise<void> => {
  const actor = entry.actor === undefined ? (req.user as Actor | null) : entry.actor
  const unitName = actor ? await unitNameOf(req, options, actor.unit) : null
  await req.payload.create({
    collection: options.slugs.auditLog,
    data: {
      action: entry.action,
      collection: entry.collection ?? null,
      documentId: entry.documentId === null || entry.documentId === undefined ? null : String(entry.documentId),
      documentTitle: entry.documentTitle ? entry.documentTitle.slice(0, 250) : null,
      changedFields: entry.changedFields?.length ? entry.changedFields : null,
      details: entry.details && Object.keys(entry.details).length > 0 ? entry.details : null,
      userId: actor ? String(actor.id) : null,
      userName: actor ? (accountTitleOf(req, options, actor) ?? `#${actor.id}`) : null,
      unitId: actor && idOf(actor.unit) !== null ? String(idOf(actor.unit)) : null,
      unitName,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
