import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  RequestContext,
  SanitizedCollectionConfig,
} from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { actionOfChange, changedFields, plainValue, valuedFields } from '../lib/auditActions.ts'
import { contextSlots, isApplyingAnnouncement, type SaveKind } from '../requestContext.ts'
import { documentTitleOf, recordAudit } from '../services/auditLog.ts'

/** Payload's hooks after a write do not say whether it was a draft save, an autosave or set a password. */
const rememberSave: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    const { autosave, data, draft } = args as { autosave?: boolean; data?: { password?: unknown }; draft?: boolean }
    contextSlots.save.set(args.req.context, {
      draft: Boolean(draft),
      autosave: Boolean(autosave),
      password: typeof data?.password === 'string' && data.password !== '',
    })
  }
  return args
}

const saveOf = (context: RequestContext): SaveKind => contextSlots.save.get(context) ?? { draft: false, autosave: false, password: false }

// Bookkeeping Payload or the server keeps, not a person's change.
const ignoredFields = new Set(['id', 'createdAt', 'updatedAt'])

/** The fields a person changes: stored, shown in the admin (derived ones and sessions are not). */
export const fieldNamesOf = (collection: SanitizedCollectionConfig): string[] =>
  collection.flattenedFields
    .filter((field) => field.type !== 'join' && !('virtual' in field && field.virtual))
    .filter((field) => !field.hidden && !field.admin?.hidden && !field.admin?.disabled && !ignoredFields.has(field.name))
    .map((field) => field.name)

/** The old and new values of the state fields a change touched (never a personal field's). */
const detailsOf = (changed: string[], before: Record<string, unknown> | undefined, after: Record<string, unknown>) => {
  const details: Record<string, unknown> = {}
  for (const name of changed) {
    if ((valuedFields as readonly string[]).includes(name)) details[name] = { from: plainValue(before?.[name]), to: plainValue(after[name]) }
  }
  return details
}

/**
 * Records every create and update in the audit log, in the write's transaction: the action the
 * states say it was (submit, approve, reject, publish…), the fields it changed by name, and who.
 * An autosave that changes no state is not recorded (the admin saves every few seconds while a
 * person types); nor is a save that changes nothing, nor views and ratings counted for readers.
 */
const auditChange =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const names = fieldNamesOf(collection)
    const before = operation === 'create' ? undefined : (previousDoc as Record<string, unknown> | undefined)

    if (isApplyingAnnouncement(req.context)) {
      // A decision applying its items: the decision's own bookkeeping is not news, each procedure it changes is.
      if (collection.slug !== options.slugs.procedures) return doc
      const applied = ((doc.history ?? []) as Record<string, unknown>[]).at(-1)
      await recordAudit(req, options, {
        action: 'apply_item',
        collection: collection.slug,
        documentId: doc.id,
        documentTitle: documentTitleOf(collection, doc),
        changedFields: changedFields(before, doc, names),
        details: { announcement: plainValue(applied?.announcement), kind: applied?.kind ?? null, itemId: applied?.itemId ?? null },
      })
      return doc
    }

    const save = saveOf(req.context)
    const action = actionOfChange({ operation, before, after: doc, draftSave: save.draft })
    // A draft save's `_status` is the version's, not the document's.
    const changed = changedFields(before, doc, save.draft ? names.filter((name) => name !== '_status') : names)
    if (save.password && collection.auth) changed.push('password')
    if (action === 'update' && (changed.length === 0 || save.autosave)) return doc
    await recordAudit(req, options, {
      action,
      collection: collection.slug,
      documentId: doc.id,
      documentTitle: documentTitleOf(collection, doc),
      changedFields: changed,
      details: { ...detailsOf(changed, before, doc), ...(save.draft ? { draft: true } : {}) },
    })
    return doc
  }

const auditDelete =
  (options: ResolvedOptions): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    await recordAudit(req, options, { action: 'delete', collection: collection.slug, documentId: id, documentTitle: documentTitleOf(collection, doc) })
    return doc
  }

/** Every write to `collection` (any path, bulk included) leaves an entry in the audit log, first among its hooks after the change. */
export const withAuditLog = (collection: CollectionConfig, options: ResolvedOptions): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [rememberSave, ...(hooks.beforeOperation ?? [])],
      afterChange: [auditChange(options), ...(hooks.afterChange ?? [])],
      afterDelete: [auditDelete(options), ...(hooks.afterDelete ?? [])],
    },
  }
}
