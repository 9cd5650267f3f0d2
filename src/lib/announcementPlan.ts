import { type AnnouncementItem, partialReasonProblem, type ProcedureStatus } from './procedure.ts'

/** What the database holds of a procedure an item names. */
export type KnownProcedure = { code: string; status: ProcedureStatus }

/** An item as stored: with its row id, once the announcement has been saved. */
export type StoredItem = AnnouncementItem & { id?: null | string }

/** Why an item cannot be applied; the caller words it (`code`: the procedure at fault). */
export type ItemProblem =
  | { reason: 'exists' | 'unknown' | 'repealed' | 'self' | 'replacementLate'; code: string }
  /** `other`: the index of the first item naming the code. */
  | { reason: 'twice'; code: string; other: number }
  /** The replacing procedure is itself repealed or replaced by item `other` of the same decision. */
  | { reason: 'replacementRemoved'; code: string; other: number; by: 'replaced' | 'repealed' }
  | {
      reason:
        | 'replacementMissing'
        | 'replacementNotForKind'
        | 'changesMissing'
        | 'nameMissing'
        | 'sectorMissing'
        | 'partialReasonMissing'
        | 'partialReasonNotPartial'
        | 'noEffectiveDate'
    }

/** A problem of item `index`, at the field `path` (`items.3.replacementCode`). */
export type PlanError = ItemProblem & { index: number; path: string }

export type Plan = {
  errors: PlanError[]
  /** Items to apply now, in the order that keeps references valid: new procedures first. */
  due: number[]
  /** Items that wait for their effective date. */
  later: number[]
}

type Pending = { item: StoredItem; index: number }

const at = (index: number, field: string) => `items.${index}.${field}`

/**
 * Every rule a decision's items must keep, whatever brought them (the admin, the API, an annex
 * file): what each item must say for its kind, each procedure named once, and, against the
 * procedures as they stand, that each item can be applied. Items already applied are left out
 * (they were checked when they applied). The simulation runs in one pass, `new` items first, so
 * that an item may replace a procedure by one the same decision creates, but not by one it
 * repeals or replaces. Errors come in item order.
 */
export const checkItems = ({
  items,
  known,
  applied,
}: {
  items: readonly StoredItem[]
  known: ReadonlyMap<string, KnownProcedure>
  applied: ReadonlySet<string>
}): { errors: PlanError[]; order: Pending[] } => {
  const errors: PlanError[] = []
  const fail = (index: number, field: string, problem: ItemProblem) => errors.push({ ...problem, index, path: at(index, field) })
  const pending = items.map((item, index) => ({ item, index })).filter(({ item }) => !item.id || !applied.has(item.id))

  // What each item must say, and each procedure named once (the later item is the one at fault).
  const firstOf = new Map<string, Pending>()
  const claimed: Pending[] = []
  for (const entry of pending) {
    const { item, index } = entry
    if (item.replacementCode && item.kind !== 'replaced') fail(index, 'replacementCode', { reason: 'replacementNotForKind' })
    if (item.kind === 'new' && !item.data?.name?.trim()) fail(index, 'data.name', { reason: 'nameMissing' })
    if (item.kind === 'new' && !item.data?.sector?.trim()) fail(index, 'data.sector', { reason: 'sectorMissing' })
    if (item.kind === 'amended' && !item.changes?.trim()) fail(index, 'changes', { reason: 'changesMissing' })
    const partial = partialReasonProblem(item.data ?? {})
    if (partial) fail(index, 'data.partialReason', { reason: partial === 'missing' ? 'partialReasonMissing' : 'partialReasonNotPartial' })
    const first = firstOf.get(item.code)
    if (first) {
      fail(index, 'code', { reason: 'twice', code: item.code, other: first.index })
      continue
    }
    firstOf.set(item.code, entry)
    claimed.push(entry)
  }

  // Against the procedures as they stand, as the items change them.
  const state = new Map<string, ProcedureStatus | 'absent'>()
  const statusOf = (code: string) => state.get(code) ?? known.get(code)?.status ?? 'absent'
  const order = [...claimed.filter(({ item }) => item.kind === 'new'), ...claimed.filter(({ item }) => item.kind !== 'new')]
  for (const { item, index } of order) {
    const status = statusOf(item.code)
    if (item.kind === 'new') {
      if (status !== 'absent') fail(index, 'code', { reason: 'exists', code: item.code })
      else if (item.data?.name?.trim() && item.data.sector?.trim()) state.set(item.code, 'active')
      continue
    }
    if (status === 'absent') {
      fail(index, 'code', { reason: 'unknown', code: item.code })
      continue
    }
    if (status === 'repealed') {
      fail(index, 'code', { reason: 'repealed', code: item.code })
      continue
    }
    if (item.kind === 'amended') {
      if (item.changes?.trim()) state.set(item.code, 'amended')
    } else if (item.kind === 'repealed') state.set(item.code, 'repealed')
    else {
      const by = item.replacementCode
      const remover = by === undefined ? undefined : firstOf.get(by)
      if (!by) fail(index, 'replacementCode', { reason: 'replacementMissing' })
      else if (by === item.code) fail(index, 'replacementCode', { reason: 'self', code: item.code })
      else if (remover && remover.index !== index && (remover.item.kind === 'replaced' || remover.item.kind === 'repealed')) {
        fail(index, 'replacementCode', { reason: 'replacementRemoved', code: by, other: remover.index, by: remover.item.kind })
      } else if (statusOf(by) === 'absent') fail(index, 'replacementCode', { reason: 'unknown', code: by })
      else if (statusOf(by) === 'repealed') fail(index, 'replacementCode', { reason: 'repealed', code: by })
      else state.set(item.code, 'repealed')
    }
  }
  return { errors: errors.sort((a, b) => a.index - b.index), order }
}

/**
 * Checks a decision's items (`checkItems`) and their dates, and works out which apply now.
 *
 * @param effectiveDate the decision's own effective day, `yyyy-mm-dd`, for items without one
 * @param today the current day in the commune's time zone, `yyyy-mm-dd`
 */
export const planAnnouncement = ({
  items,
  known,
  applied,
  effectiveDate,
  today,
}: {
  items: readonly StoredItem[]
  known: ReadonlyMap<string, KnownProcedure>
  applied: ReadonlySet<string>
  effectiveDate?: null | string
  today: string
}): Plan => {
  const { errors, order } = checkItems({ items, known, applied })
  const wrong = new Set(errors.map((error) => error.index))
  const dayOf = (item: StoredItem) => item.effectiveDate || effectiveDate || null
  const newDay = new Map(order.filter(({ item }) => item.kind === 'new').map(({ item }) => [item.code, dayOf(item)]))
  for (const { item, index } of order) {
    if (!dayOf(item)) errors.push({ index, path: at(index, 'effectiveDate'), reason: 'noEffectiveDate' })
    const by = item.kind === 'replaced' ? item.replacementCode : undefined
    // The replacing procedure must be in force when the replaced one goes.
    if (by && !wrong.has(index) && newDay.has(by) && (newDay.get(by) ?? '') > (dayOf(item) ?? '')) {
      errors.push({ index, path: at(index, 'replacementCode'), reason: 'replacementLate', code: by })
    }
  }
  errors.sort((a, b) => a.index - b.index)
  const due: number[] = []
  const later: number[] = []
  for (const { item, index } of order) {
    const day = dayOf(item)
    if (day && day <= today) due.push(index)
    else later.push(index)
  }
  return { errors, due, later }
}

/** The codes an item names: the procedure itself and, for a replacement, the new one. */
export const codesOf = (items: readonly AnnouncementItem[]): string[] => [
  ...new Set(items.flatMap((item) => (item.replacementCode ? [item.code, item.replacementCode] : [item.code]))),
]
