import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { type ItemKind, notOnline, type ProcedureData, type ProcedureStatus } from '../lib/procedure.ts'
import type { ResolvedOptions } from '../options.ts'

import { amendmentOf, type ProcedureFields } from '../lib/amendment.ts'
import { codesOf, type KnownProcedure, planAnnouncement, type PlanError, type StoredItem } from '../lib/announcementPlan.ts'
import { idOf } from '../lib/relationId.ts'
import { dayInVietnam, startOfVietnamDay } from '../lib/vietnamTime.ts'
import { applyingAnnouncement } from '../requestContext.ts'
import { itemProblemMessage } from '../translations/annexProblems.ts'
import { lockDocument } from './lockDocument.ts'

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

/** A stored day-only date as the commune's day it means (`yyyy-mm-dd`). */
const dayIn = (timeZone: string) => (value: null | string | undefined) => (value ? dayInVietnam(value, timeZone) : undefined)

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

/** The procedures with these codes, by code, as the database holds them (whoever asks). */
export const loadProcedures = async (req: PayloadRequest, options: ResolvedOptions, codes: string[]) => {
  if (codes.length === 0) return new Map<string, Procedure>()
  const found = await req.payload.find({
    collection: options.slugs.procedures,
    depth: 0,
    limit: codes.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: { code: { in: codes } },
  })
  return new Map(found.docs.map((doc) => [(doc as Procedure).code, doc as Procedure]))
}

/** What the decision planner needs to know of each procedure. */
export const known = (procedures: Map<string, Procedure>): Map<string, KnownProcedure> =>
  new Map([...procedures].map(([code, procedure]) => [code, { code, status: procedure.status }]))

/** Checks a decision's items against the procedures as they stand and says which are due `now`. */
export const planFor = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  announcement: Pick<StoredAnnouncement, 'appliedItems' | 'effectiveDate' | 'items'>,
  now: Date,
) => {
  const timeZone = options.reporting.timeZone
  const dayOf = dayIn(timeZone)
  const items = (announcement.items ?? []).map((row) => toPlanItem(row, dayOf))
  const procedures = await loadProcedures(req, options, codesOf(items))
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
  const announcement = (await req.payload.findByID({
    collection: collection,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as StoredAnnouncement
  if (announcement._status !== 'published') return null

  const { items, plan, procedures, dayOf } = await planFor(req, options, announcement, now)
  const startOfDay = (day: string) => startOfVietnamDay(day, options.reporting.timeZone).toISOString()
  if (plan.errors.length > 0) refusePlan(req, collection, plan.errors)

  const unit = idOf(announcement.unit)
  const appliedAt = now.toISOString()
  const newlyApplied: AppliedItem[] = []
  const write = { overrideAccess: true, req, context: applyingAnnouncement(), depth: 0 } as const

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
    const history = [...(existing?.history ?? []), { ...entry, changedFields: amendment.changed.length > 0 ? amendment.changed : null }]
    if (item.kind === 'new') {
      const created = (await req.payload.create({
        ...write,
        collection: options.slugs.procedures,
        data: {
          ...amendment.fields,
          code: item.code,
          fullCode: item.fullCode ?? null,
          status: 'active',
          unit,
          history,
          _status: 'published',
        },
      })) as Procedure
      procedures.set(item.code, created)
    } else {
      const changes: Record<string, unknown> =
        item.kind === 'amended'
          ? { ...amendment.fields, status: 'amended' }
          : item.kind === 'replaced'
            ? { status: 'repealed', replacedBy: procedures.get(item.replacementCode!)!.id }
            : { status: 'repealed' }
      const updated = (await req.payload.update({
        ...write,
        collection: options.slugs.procedures,
        id: existing!.id,
        data: { ...changes, history, _status: 'published' },
      })) as Procedure
      procedures.set(item.code, updated)
    }
    newlyApplied.push({ itemId, code: item.code, kind: item.kind, appliedAt })
  }

  const waiting = plan.later.map((index) => items[index]!.effectiveDate ?? dayOf(announcement.effectiveDate)!).sort()
  const result = {
    appliedItems: [...(announcement.appliedItems ?? []), ...newlyApplied],
    // Everything due applied: what failed before is resolved.
    failedItems: [],
    pendingFrom: waiting.length > 0 ? startOfDay(waiting[0]!) : null,
  }
  const instant = (value: null | string | undefined) => (value ? new Date(value).getTime() : null)
  const pendingChanged = instant(announcement.pendingFrom) !== instant(result.pendingFrom)
  if (newlyApplied.length > 0 || pendingChanged || (announcement.failedItems ?? []).length > 0) {
    await req.payload.update({ ...write, collection, id, data: result })
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
  return failures
}

/** Whether an item is the same as stored, read as the planner reads it (dates as the commune's days). */
export const sameItem = (a: AnnouncementRow, b: AnnouncementRow, timeZone: string): boolean =>
  JSON.stringify(toPlanItem(a, dayIn(timeZone))) === JSON.stringify(toPlanItem(b, dayIn(timeZone)))
