import type { AnnouncementItem, ProcedureStatus } from './procedure.ts'

/** What the database holds of a procedure an item names. */
export type KnownProcedure = { code: string; status: ProcedureStatus }

/** An item as stored: with its row id, once the announcement has been saved. */
export type StoredItem = AnnouncementItem & { id?: null | string }

export type PlanError = { index: number; path: string; message: string }

export type Plan = {
  errors: PlanError[]
  /** Items to apply now, in the order that keeps references valid: new procedures first. */
  due: number[]
  /** Items that wait for their effective date. */
  later: number[]
}

const m = {
  exists: (code: string) =>
    `Thủ tục ${code} đã có, không thể công bố mới. / Procedure ${code} already exists; it cannot be announced as new.`,
  unknown: (code: string) =>
    `Không có thủ tục mã ${code} (và quyết định này không công bố mới mã đó). / No procedure ${code} exists (nor does this decision announce it as new).`,
  repealed: (code: string) =>
    `Thủ tục ${code} đã bị bãi bỏ hoặc thay thế. / Procedure ${code} has already been repealed or replaced.`,
  self: (code: string) =>
    `Thủ tục ${code} không thể thay thế chính nó. / Procedure ${code} cannot replace itself.`,
  replacementMissing: 'Cần mã thủ tục thay thế. / The replacing procedure’s code is required.',
  replacementLate: (code: string) =>
    `Thủ tục thay thế ${code} có hiệu lực sau thủ tục bị thay thế. / The replacing procedure ${code} takes effect after the one it replaces.`,
  twice: (code: string, other: number) =>
    `Mã ${code} đã có ở mục ${other + 1} của quyết định này. / Code ${code} is already in item ${other + 1} of this decision.`,
  changesMissing: 'Cần ghi nội dung sửa đổi, bổ sung. / Say what the amendment changes.',
  nameMissing: 'Thủ tục mới cần có tên và lĩnh vực. / A new procedure needs a name and a field.',
  noEffectiveDate:
    'Cần ngày hiệu lực của quyết định (hoặc của từng mục). / The decision (or each item) needs an effective date.',
} as const

/**
 * Checks a decision's items against the procedures as they stand and works out which apply now.
 * Items already applied are left out (they were checked when they applied). The simulation runs
 * in one pass, `new` items first, so that an item may replace a procedure by one the same decision
 * creates, and a decision naming one code twice is refused.
 *
 * @param today the current day in the commune's time zone, `yyyy-mm-dd`
 */
export const planAnnouncement = ({
  items,
  known,
  applied,
  effectiveDate,
  today,
}: {
  items: StoredItem[]
  known: ReadonlyMap<string, KnownProcedure>
  applied: ReadonlySet<string>
  effectiveDate?: null | string
  today: string
}): Plan => {
  const errors: PlanError[] = []
  const state = new Map<string, ProcedureStatus | 'absent'>()
  const statusOf = (code: string) => state.get(code) ?? known.get(code)?.status ?? 'absent'
  const dayOf = (item: StoredItem) => item.effectiveDate || effectiveDate || null
  const claimed = new Map<string, number>()
  const pending = items.map((item, index) => ({ item, index })).filter(({ item }) => !item.id || !applied.has(item.id))
  const ordered = [...pending.filter(({ item }) => item.kind === 'new'), ...pending.filter(({ item }) => item.kind !== 'new')]
  const newDay = new Map<string, null | string>()

  const claim = (code: string, index: number, path: string) => {
    const other = claimed.get(code)
    if (other !== undefined && other !== index) {
      errors.push({ index, path, message: m.twice(code, other) })
      return false
    }
    claimed.set(code, index)
    return true
  }

  for (const { item, index } of ordered) {
    const at = (field: string) => `items.${index}.${field}`
    if (!dayOf(item)) errors.push({ index, path: at('effectiveDate'), message: m.noEffectiveDate })
    if (!claim(item.code, index, at('code'))) continue
    const status = statusOf(item.code)
    switch (item.kind) {
      case 'new':
        if (status !== 'absent') errors.push({ index, path: at('code'), message: m.exists(item.code) })
        else if (!item.data?.name?.trim() || !item.data?.sector?.trim())
          errors.push({ index, path: at('data.name'), message: m.nameMissing })
        else {
          state.set(item.code, 'active')
          newDay.set(item.code, dayOf(item))
        }
        break
      case 'amended':
        if (status === 'absent') errors.push({ index, path: at('code'), message: m.unknown(item.code) })
        else if (status === 'repealed') errors.push({ index, path: at('code'), message: m.repealed(item.code) })
        else if (!item.changes?.trim()) errors.push({ index, path: at('changes'), message: m.changesMissing })
        else state.set(item.code, 'amended')
        break
      case 'replaced': {
        const by = item.replacementCode
        if (status === 'absent') errors.push({ index, path: at('code'), message: m.unknown(item.code) })
        else if (status === 'repealed') errors.push({ index, path: at('code'), message: m.repealed(item.code) })
        else if (!by) errors.push({ index, path: at('replacementCode'), message: m.replacementMissing })
        else if (by === item.code) errors.push({ index, path: at('replacementCode'), message: m.self(item.code) })
        else if (statusOf(by) === 'absent') errors.push({ index, path: at('replacementCode'), message: m.unknown(by) })
        else if (statusOf(by) === 'repealed') errors.push({ index, path: at('replacementCode'), message: m.repealed(by) })
        else if (newDay.has(by) && (newDay.get(by) ?? '') > (dayOf(item) ?? ''))
          errors.push({ index, path: at('replacementCode'), message: m.replacementLate(by) })
        else state.set(item.code, 'repealed')
        break
      }
      case 'repealed':
        if (status === 'absent') errors.push({ index, path: at('code'), message: m.unknown(item.code) })
        else if (status === 'repealed') errors.push({ index, path: at('code'), message: m.repealed(item.code) })
        else state.set(item.code, 'repealed')
        break
    }
  }

  errors.sort((a, b) => a.index - b.index)
  const due: number[] = []
  const later: number[] = []
  for (const { item, index } of ordered) {
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
