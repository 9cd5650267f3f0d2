import type { ItemKind } from './apiTypes.ts'

import { firstValue, type SearchParams } from './procedureSearch.ts'
import { isDay, shiftDay } from './vietnameseDates.ts'

/** The kinds of change in the page's address, in words a reader can read back. */
export const kindChoices = {
  'moi-ban-hanh': 'new',
  'sua-doi-bo-sung': 'amended',
  'thay-the': 'replaced',
  'bai-bo': 'repealed',
} as const satisfies Record<string, ItemKind>

/** How far back the page looks by default: a commune sees a few decisions a year. */
export const defaultDays = 365

export type ChangesFilter = { from: string; to: string; kind: keyof typeof kindChoices | ''; problem: string | null }

/**
 * The range and kind the reader asked for (`tu-ngay`, `den-ngay` as yyyy-mm-dd, as a date input
 * sends them; `loai`), or the last year up to `today`. A day that is not one, or a range that runs
 * backwards, falls back to the default with a note saying so.
 */
export const readChangesFilter = (params: SearchParams, today: string): ChangesFilter => {
  const from = firstValue(params['tu-ngay']).trim()
  const to = firstValue(params['den-ngay']).trim()
  const kindParam = firstValue(params.loai)
  const kind: ChangesFilter['kind'] = Object.hasOwn(kindChoices, kindParam) ? (kindParam as keyof typeof kindChoices) : ''
  const fallback = { from: shiftDay(today, -defaultDays), to: today, kind }
  if ((from && !isDay(from)) || (to && !isDay(to))) return { ...fallback, problem: 'Ngày không hợp lệ; đang hiển thị 12 tháng gần nhất.' }
  const range = { from: from || (to ? shiftDay(to, -defaultDays) : fallback.from), to: to || (from && from > today ? from : today) }
  if (range.from > range.to) return { ...fallback, problem: 'Ngày bắt đầu sau ngày kết thúc; đang hiển thị 12 tháng gần nhất.' }
  return { ...range, kind, problem: null }
}
