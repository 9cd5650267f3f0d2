import type { PayloadRequest } from 'payload'

import { NotFound, ValidationError } from 'payload'

import { type ItemKind, notOnline, type ProcedureData, type ProcedureStatus } from '../lib/procedure.ts'
import type { ResolvedOptions } from '../options.ts'

import { amendmentOf, type ProcedureFields } from '../lib/amendment.ts'
import { codesOf, type KnownProcedure, planAnnouncement, type PlanError, type StoredItem } from '../lib/announcementPlan.ts'
import { idOf } from '../lib/relationId.ts'
import { dayInVietnam, startOfVietnamDay } from '../lib/vietnamTime.ts'
import { applyingAnnouncement } from '../requestContext.ts'
import { itemProblemMessage } from '../translations/annexProblems.ts'
import { fieldNamesOf } from '../hooks/auditChanges.ts'
import { changedFields } from '../lib/auditActions.ts'
import { foldVietnamese } from '../lib/foldVietnamese.ts'
import { sectorKey } from '../lib/sectorKey.ts'
import { accountTitleOf, documentTitleOf, unitNameOf } from './auditLog.ts'
import { arrayRowId, bulkProcedureWriter } from './bulkProcedureWrites.ts'
import { bumpContentVersion } from './contentVersion.ts'
import { lockDocument } from './lockDocument.ts'
import { notify } from './notifications.ts'

/** One applied item, as the decision records it. */
export type AppliedItem = { itemId: string; code: string; kind: ItemKind; appliedAt: string }

/** An item that was due and could not be applied, as the decision shows it to editors. */
export type FailedItem = { item: null | number; itemId: null | string; code: null | string; reason: string; failedAt: string }

type Id = number | string
type StoredDataRow = ProcedureData & { channels?: null | string[] }
/** An item as the decision stores it. */
export type AnnouncementRow = Omit<StoredItem, 'data' | 'effectiveDate'> & { data?: null | StoredDataRow; effectiveDate?: null | string }
/** The fields of a decision the announcement rules read. */
export type StoredAnnouncement = {
  id: Id
  _status?: string
  effectiveDate?: null | string
  items?: null | AnnouncementRow[]
  appliedItems?: AppliedItem[] | null
  failedItems?: FailedItem[] | null
  pendingFrom?: null | string
  unit?: Id | null | { id: Id }
}
type HistoryRow = { itemId?: null | string; [key: string]: unknown }
type Procedure = ProcedureFields & { id: Id; code: string; status: ProcedureStatus; history?: HistoryRow[] | null }

/**
 * A stored day-only date as the commune's day it means (`yyyy-mm-dd`). Remembered per value: a big
 * decision's items mostly share one date, and each conversion builds a time-zone date.
 */
const dayIn = (timeZone: string) => {
  const days = new Map<string, string>()
  return (value: null | string | undefined) => {
    if (!value) return undefined
    let day = days.get(value)
    if (day === undefined) days.set(value, (day = dayInVietnam(value, timeZone)))
    return day
  }
}

/**
 * An item as the rules read it. What the admin hides for the item's kind and level (a replacement
 * code on an item that is not a replacement, a partial reason on a level other than một phần) is
 * left out: nobody can see or clear it there, so it is no part of what the decision says.
 */
const toPlanItem = (row: AnnouncementRow, dayOf: ReturnType<typeof dayIn>): StoredItem => {
  const data = row.data
    ? Object.fromEntries(Object.entries(row.data).filter(([, value]) => value !== null && value !== undefined && value !== ''))
    : undefined
  // "No longer online" is stored as its own option, and read as no level.
  if (data && (data.onlineLevel as unknown) === notOnline) data.onlineLevel = null
  if (data && data.onlineLevel !== undefined && data.onlineLevel !== 'mot_phan') delete data.partialReason
  // Rows of the dossier and legal basis as the procedure takes them: no row ids, no empty cells.
  for (const key of ['dossier', 'legalBasis'] as const) {
    if (!data || !Array.isArray(data[key])) continue
    const rows = (data[key] as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(Object.entries(row).filter(([name, value]) => name !== 'id' && value !== null && value !== undefined && value !== '')),
    )
    if (rows.length > 0) (data as Record<string, unknown>)[key] = rows
    else delete data[key]
  }
  return {
    id: row.id ?? null,
    kind: row.kind,
    code: row.code,
    fullCode: row.fullCode ?? undefined,
    replacementCode: (row.kind === 'replaced' && row.replacementCode) || undefined,
    changes: row.changes ?? undefined,
    effectiveDate: dayOf(row.effectiveDate),
    data,
  }
}

/**
 * The procedures with these codes, by code, as the database holds them (whoever asks); `lean`:
 * only their code and status, all that checking a decision's items needs (a big decision's
 * procedures are not read whole, with every array, to be checked).
 */
export const loadProcedures = async (req: PayloadRequest, options: ResolvedOptions, codes: string[], { lean = false }: { lean?: boolean } = {}) => {
  if (codes.length === 0) return new Map<string, Procedure>()
  const found = await req.payload.find({
    collection: options.slugs.procedures,
    depth: 0,
    limit: codes.length,
    overrideAccess: true,
    pagination: false,
    req,
    ...(lean ? { select: { code: true, status: true } } : {}),
    where: { code: { in: codes } },
  })
  return new Map(found.docs.map((doc) => [(doc as Procedure).code, doc as Procedure]))
}

/** What the decision planner needs to know of each procedure. */
export const known = (procedures: Map<string, Procedure>): Map<string, KnownProcedure> =>
  new Map([...procedures].map(([code, procedure]) => [code, { code, status: procedure.status }]))

/**
 * Checks a decision's items against the procedures as they stand and says which are due `now`
 * (`lean`: to check only; the procedures it returns then hold their code and status alone).
 */
export const planFor = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  announcement: Pick<StoredAnnouncement, 'appliedItems' | 'effectiveDate' | 'items'>,
  now: Date,
  { lean = false }: { lean?: boolean } = {},
) => {
  const timeZone = options.reporting.timeZone
  const dayOf = dayIn(timeZone)
  const items = (announcement.items ?? []).map((row) => toPlanItem(row, dayOf))
  const procedures = await loadProcedures(req, options, codesOf(items), { lean })
  const plan = planAnnouncement({
    items,
    known: known(procedures),
    applied: new Set((announcement.appliedItems ?? []).map((item) => item.itemId)),
    effectiveDate: dayOf(announcement.effectiveDate),
    today: dayInVietnam(now, timeZone),
  })
  return { items, plan, procedures, dayOf }
}

/** A decision whose items break its rules is refused, a 400 naming each item at fault by its field. */
export const refusePlan = (req: PayloadRequest, collection: string, errors: readonly PlanError[]): never => {
  const fields = errors.map((error) => ({ path: error.path, message: itemProblemMessage(req, error, 'item') }))
  throw new ValidationError({ collection, errors: fields, req }, req.t)
}

type HistoryEntry = {
  kind: ItemKind
  itemId: string
  effectiveDate: string
  announcement: Id
  changes: null | string
  relatedCode: null | string
  appliedAt: string
  changedFields: null | unknown[]
}

/**
 * Whether an item sets a procedure field stored in tables of its own (an array such as the dossier or
 * the legal basis, a relationship to many such as lists), read off the collection: the set-based
 * writes cover columns of the procedure's row, its channels and its history only.
 */
const needsPayloadWrite = (req: PayloadRequest, options: ResolvedOptions, fields: Record<string, unknown>) =>
  req.payload.collections[options.slugs.procedures]!.config.flattenedFields.some(
    (field) =>
      fields[field.name] !== undefined &&
      !['channels', 'history'].includes(field.name) &&
      (field.type === 'array' || field.type === 'blocks' || ((field.type === 'relationship' || field.type === 'upload') && field.hasMany === true)),
  )
/** What a decision's due items do to procedures, worked out before anything is written. */
type Planned = {
  creates: { code: string; fields: Record<string, unknown>; entry: HistoryEntry }[]
  updates: { procedure: Procedure; fields: Record<string, unknown>; replacementCode?: string; entry: HistoryEntry }[]
  entries: { code: string; order: number; entry: HistoryEntry }[]
}

// A field's column, as Payload's PostgreSQL adapter names it (a relationship's ends in _id).
const columnOf = (field: string) => `${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}${['unit', 'replacedBy'].includes(field) ? '_id' : ''}`
// A field left undefined is not written (a set-based update would otherwise set its column to null).
const columnsOf = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined).map(([field, value]) => [columnOf(field), value]))

/** The fields the procedures' own hooks derive (Procedures/hooks/setSearchText.ts), for writes that skip them. */
const derivedFields = (merged: Record<string, unknown>) => ({
  sectorKey: sectorKey(merged.sector as string | undefined),
  searchText: foldVietnamese([merged.code, merged.fullCode, merged.name, merged.sector, merged.agency].filter(Boolean).join(' ')),
})

/**
 * Writes what `applyDueItems` worked out, set-based in the request's transaction: the new
 * procedures, the changed ones, their channels and history, a published version of each, one audit
 * entry per procedure (as the audit hook writes for an applied item), and one content version bump.
 */
const writeItems = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  { creates, updates, entries, appliedAt, announcementId, procedures }: Planned & { appliedAt: string; announcementId: Id; procedures: Map<string, Procedure> },
): Promise<void> => {
  if (entries.length === 0) return
  const bulk = await bulkProcedureWriter(req, options)
  // What Payload's create would fill in for a field the item leaves out (a flag's false, a counter's 0).
  const defaults = Object.fromEntries(
    req.payload.collections[options.slugs.procedures]!.config.flattenedFields
      .filter((field) => 'defaultValue' in field && field.defaultValue !== undefined && typeof field.defaultValue !== 'function')
      .filter((field) => !['array', 'blocks', 'group', 'tab', 'relationship', 'upload', 'join'].includes(field.type) && field.name !== '_status')
      .map((field) => [field.name, (field as { defaultValue: unknown }).defaultValue]),
  )
  const createdIds = await bulk.insert(
    creates.map(({ fields }) => ({
      ...columnsOf({ ...defaults, ...fields, ...derivedFields(fields), channels: undefined }),
      _status: 'published',
      created_at: appliedAt,
      updated_at: appliedAt,
    })),
  )
  // A procedure created just now, or one that stood before (the one that replaces another, say).
  const idOfCode = (code: string) => createdIds.get(code) ?? (creates.some((create) => create.code === code) ? undefined : (procedures.get(code)?.id as number | undefined))
  const before = new Map<string, Record<string, unknown>>()
  const after = new Map<string, Record<string, unknown>>()
  for (const { code, fields, entry } of creates) after.set(code, { ...fields, ...derivedFields(fields), _status: 'published', history: [entry] })
  const updatedRows = updates.map(({ procedure, fields, replacementCode, entry }) => {
    const replacedBy = replacementCode ? idOfCode(replacementCode) : undefined
    const merged = { ...procedure, ...fields, ...(replacementCode ? { replacedBy } : {}) } as Record<string, unknown>
    before.set(procedure.code, procedure)
    after.set(procedure.code, { ...merged, ...derivedFields(merged), _status: 'published', history: [...(procedure.history ?? []), entry] })
    return {
      id: procedure.id as number,
      ...columnsOf({ ...fields, ...(replacementCode ? { replacedBy } : {}), ...derivedFields(merged), channels: undefined }),
      _status: 'published',
      updated_at: appliedAt,
    }
  })
  await bulk.update(updatedRows)

  const parentOf = (code: string) => idOfCode(code)!
  const channelsOf = (code: string, channels: unknown) =>
    ((channels ?? []) as { kind: string; processingTime?: string; fees?: string }[]).map((channel, index) => ({
      _order: index + 1,
      _parent_id: parentOf(code),
      id: arrayRowId(),
      kind: channel.kind,
      processing_time: channel.processingTime ?? null,
      fees: channel.fees ?? null,
    }))
  const replacedChannels = updates.filter(({ fields }) => fields.channels !== undefined)
  await bulk.writeArray(
    'channels',
    [...creates.filter(({ fields }) => fields.channels !== undefined), ...replacedChannels.map(({ procedure, fields }) => ({ code: procedure.code, fields }))].flatMap(
      ({ code, fields }) => channelsOf(code, fields.channels),
    ),
    { replace: replacedChannels.map(({ procedure }) => procedure.id as number) },
  )
  await bulk.writeArray(
    'history',
    entries.map(({ code, order, entry }) => ({
      _order: order,
      _parent_id: parentOf(code),
      id: arrayRowId(),
      kind: entry.kind,
      effective_date: entry.effectiveDate,
      announcement_id: announcementId,
      changes: entry.changes,
      related_code: entry.relatedCode,
      changed_fields: entry.changedFields,
      item_id: entry.itemId,
      applied_at: entry.appliedAt,
    })),
    { replace: false },
  )
  await bulk.saveVersions(entries.map(({ code }) => parentOf(code)))

  // The audit hook's entry for an applied item (hooks/auditChanges.ts), one per procedure.
  const collection = req.payload.collections[options.slugs.procedures]!.config
  const names = fieldNamesOf(collection)
  const actor = req.user as (Record<string, unknown> & { id: Id; unit?: unknown }) | null
  const unitName = actor ? await unitNameOf(req, options, actor.unit) : null
  const audit = entries.map(({ code, entry }) => ({
    action: 'apply_item',
    collection: options.slugs.procedures,
    document_id: String(parentOf(code)),
    document_title: documentTitleOf(collection, after.get(code))?.slice(0, 250) ?? null,
    user_id: actor ? String(actor.id) : null,
    user_name: actor ? (accountTitleOf(req, options, actor) ?? `#${actor.id}`) : null,
    unit_id: actor && idOf(actor.unit) !== null ? String(idOf(actor.unit)) : null,
    unit_name: unitName,
    details: { announcement: announcementId, kind: entry.kind, itemId: entry.itemId },
    changed: changedFields(before.get(code), after.get(code), names),
    created_at: appliedAt,
    updated_at: appliedAt,
  }))
  const table = options.slugs.auditLog.replace(/-/g, '_')
  await bulk.run(
    `with e as (select * from jsonb_to_recordset(${bulk.literal(audit)}) as x(document_id text, changed text[])),
     r as (select * from jsonb_populate_recordset(null::"${table}", ${bulk.literal(audit)})),
     ins as (insert into "${table}" (action, collection, document_id, document_title, user_id, user_name, unit_id, unit_name, details, created_at, updated_at)
             select action, collection, document_id, document_title, user_id, user_name, unit_id, unit_name, details, created_at, updated_at from r
             returning id, document_id)
     insert into "${table}_texts" ("order", parent_id, path, text)
     select t.ord, ins.id, 'changedFields', t.text from ins join e on e.document_id = ins.document_id
     cross join lateral unnest(e.changed) with ordinality as t(text, ord)`,
  )
  await bumpContentVersion(req, options)
}

/**
 * Records on the decision what was applied, in its row and its latest version (the one its publish
 * just saved), with two statements: Payload's update would rewrite every item of a big decision.
 */
const recordApplied = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  id: Id,
  { appliedItems, pendingFrom }: Pick<StoredAnnouncement, 'appliedItems' | 'pendingFrom'>,
  at: string,
): Promise<void> => {
  const bulk = await bulkProcedureWriter(req, options)
  const main = options.slugs.announcements.replace(/-/g, '_')
  const key = Number(id)
  if (!Number.isSafeInteger(key)) throw new Error('cchc: decisions need numeric ids')
  const applied = bulk.literal(appliedItems ?? [])
  const pending = pendingFrom ? `'${new Date(pendingFrom).toISOString()}'::timestamptz` : 'null'
  const now = `'${new Date(at).toISOString()}'::timestamptz`
  await bulk.run(`update "${main}" set applied_items = ${applied}, pending_from = ${pending}, updated_at = ${now} where id = ${key}`)
  await bulk.run(
    `update "_${main}_v" set version_applied_items = ${applied}, version_pending_from = ${pending}, version_updated_at = ${now}, updated_at = ${now}
     where parent_id = ${key} and latest`,
  )
  await bumpContentVersion(req, options)
}

/**
 * Applies a published decision's items that are due and not yet applied, inside the request's
 * transaction: all of them or, when one is invalid, none (a 400 naming the item). Each applied
 * item is recorded on the decision and in the procedure's history, keyed by the item's id, so
 * publishing again, re-saving or a retried job never applies it twice.
 */
export const applyDueItems = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  id: Id,
  now: Date,
): Promise<{ fields: Pick<StoredAnnouncement, 'appliedItems' | 'failedItems' | 'pendingFrom'>; newlyApplied: number } | null> => {
  const collection = options.slugs.announcements
  await lockDocument(req, collection, id)
  // As stored, without afterRead: its fields' read hooks (an item's `appliedAt`) are not what the rules read, and a big decision has 500 rows to walk.
  const announcement = (await req.payload.db.findOne({ collection, req, where: { id: { equals: id } } })) as StoredAnnouncement | null
  if (!announcement) throw new NotFound(req.t)
  if (announcement._status !== 'published') return null

  const { items, plan, procedures, dayOf } = await planFor(req, options, announcement, now)
  if (plan.errors.length > 0) refusePlan(req, collection, plan.errors)

  const unit = idOf(announcement.unit)
  const appliedAt = now.toISOString()
  const newlyApplied: AppliedItem[] = []
  const starts = new Map<string, string>()
  const startOfDay = (day: string) => {
    let start = starts.get(day)
    if (start === undefined) starts.set(day, (start = startOfVietnamDay(day, options.reporting.timeZone).toISOString()))
    return start
  }

  const write = { overrideAccess: true, req, context: applyingAnnouncement(), depth: 0 } as const
  // Worked out here, written below set-based: one statement per table for the whole decision.
  const creates: Planned['creates'] = []
  const updates: Planned['updates'] = []
  const entries: Planned['entries'] = []

  for (const index of plan.due) {
    const item = items[index]!
    const itemId = item.id!
    const entry = {
      kind: item.kind,
      effectiveDate: startOfDay(item.effectiveDate ?? dayOf(announcement.effectiveDate)!),
      announcement: id,
      changes: item.changes ?? null,
      relatedCode: item.replacementCode ?? null,
      itemId,
      appliedAt,
    }
    const existing = procedures.get(item.code)
    // The procedure's own history is the second guard: an item it already records is not applied again.
    if (existing?.history?.some((row) => row.itemId === itemId)) {
      newlyApplied.push({ itemId, code: item.code, kind: item.kind, appliedAt })
      continue
    }
    // Exactly the fields the item gives (lib/amendment.ts), and what each was before.
    const amendment = amendmentOf(item.kind === 'new' ? undefined : existing, item.kind === 'new' || item.kind === 'amended' ? item.data : undefined)
    const recorded = { ...entry, changedFields: amendment.changed.length > 0 ? amendment.changed : null }
    const fields: Record<string, unknown> =
      item.kind === 'new'
        ? { ...amendment.fields, code: item.code, fullCode: item.fullCode ?? null, status: 'active', unit }
        : item.kind === 'amended'
          ? { ...amendment.fields, status: 'amended' }
          : { status: 'repealed' }
    if (needsPayloadWrite(req, options, fields)) {
      // A dossier, legal basis or lists: rows of their own tables, written by Payload one procedure at a time.
      const history = [...(existing?.history ?? []), recorded]
      const replacedBy = item.kind === 'replaced' ? { replacedBy: procedures.get(item.replacementCode!)!.id } : {}
      const written = (item.kind === 'new'
        ? await req.payload.create({ ...write, collection: options.slugs.procedures, data: { ...fields, history, _status: 'published' } })
        : await req.payload.update({ ...write, collection: options.slugs.procedures, id: existing!.id, data: { ...fields, ...replacedBy, history, _status: 'published' } })) as Procedure
      procedures.set(item.code, written)
      newlyApplied.push({ itemId, code: item.code, kind: item.kind, appliedAt })
      continue
    }
    entries.push({ code: item.code, order: (existing?.history?.length ?? 0) + 1, entry: recorded })
    if (item.kind === 'new') {
      creates.push({ code: item.code, fields, entry: recorded })
      // A later item of the decision may name it (the procedure that replaces another).
      procedures.set(item.code, { id: Number.NaN, code: item.code, status: 'active', history: [recorded] })
    } else {
      updates.push({ procedure: existing!, fields, replacementCode: item.kind === 'replaced' ? item.replacementCode : undefined, entry: recorded })
    }
    newlyApplied.push({ itemId, code: item.code, kind: item.kind, appliedAt })
  }
  await writeItems(req, options, { creates, updates, entries, appliedAt, announcementId: id, procedures })

  const waiting = plan.later.map((index) => items[index]!.effectiveDate ?? dayOf(announcement.effectiveDate)!).sort()
  const result = {
    appliedItems: [...(announcement.appliedItems ?? []), ...newlyApplied],
    // Everything due applied: what failed before is resolved.
    failedItems: [],
    pendingFrom: waiting.length > 0 ? startOfDay(waiting[0]!) : null,
  }
  const instant = (value: null | string | undefined) => (value ? new Date(value).getTime() : null)
  const pendingChanged = instant(announcement.pendingFrom) !== instant(result.pendingFrom)
  if ((announcement.failedItems ?? []).length > 0) {
    // Rare: what failed before is resolved; Payload clears the rows of the failures' own table.
    await req.payload.update({ ...write, collection, id, data: result })
  } else if (newlyApplied.length > 0 || pendingChanged) {
    await recordApplied(req, options, id, result, appliedAt)
  }
  return { fields: result, newlyApplied: newlyApplied.length }
}

/**
 * Records on a decision why its due items could not be applied (`error`: the refusal of
 * applyDueItems, a 400 naming each item, or anything else), for the editors, in its own
 * transaction `req`; the decision keeps them until its due items apply.
 */
export const recordFailedItems = async (req: PayloadRequest, options: ResolvedOptions, id: Id, error: unknown, now: Date): Promise<FailedItem[]> => {
  const collection = options.slugs.announcements
  await lockDocument(req, collection, id)
  const announcement = (await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req })) as StoredAnnouncement
  const items = announcement.items ?? []
  const failedAt = now.toISOString()
  // Read by shape: a bundled build can defeat instanceof (keepErrorData.ts).
  const data = (error as { data?: { errors?: unknown } } | null)?.data
  const named = Array.isArray(data?.errors) ? (data.errors as { path: string; message: string }[]) : []
  const failures: FailedItem[] = named.length
    ? named.map(({ path, message }) => {
        const index = Number(/^items\.(\d+)\./.exec(path)?.[1] ?? Number.NaN)
        const row = Number.isInteger(index) ? items[index] : undefined
        return { item: row ? index + 1 : null, itemId: row?.id ?? null, code: row?.code ?? null, reason: message, failedAt }
      })
    : [{ item: null, itemId: null, code: null, reason: error instanceof Error ? error.message : String(error), failedAt }]
  await req.payload.update({ collection, id, data: { failedItems: failures }, depth: 0, overrideAccess: true, req, context: applyingAnnouncement() })
  // The editors are told when the items first fail, not at every retry of the same failure.
  if ((announcement.failedItems ?? []).length === 0) {
    const { number, unit } = announcement as { number?: unknown; unit?: unknown }
    await notify(req, options, { event: 'decisionItemsFailed', collection, id, itemTitle: String(number ?? id), unit })
  }
  return failures
}

/** Whether an item is the same as stored, read as the planner reads it (dates as the commune's days). */
export const sameItem = (a: AnnouncementRow, b: AnnouncementRow, timeZone: string): boolean =>
  JSON.stringify(toPlanItem(a, dayIn(timeZone))) === JSON.stringify(toPlanItem(b, dayIn(timeZone)))
