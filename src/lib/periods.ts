/**
 * Reporting periods (kỳ báo cáo) and their due dates, in the commune's time zone whatever the
 * server's. Dates are instants (`Date`); a period runs from the first instant of its first day to
 * the last instant of its last day, local time. A due date is the first instant of the due day:
 * "before the 5th" means a report sent at 23:59 on the 4th is on time and one sent at 00:00 on
 * the 5th is late.
 */
import { tz } from '@date-fns/tz'
import { addMonths, endOfDay, endOfMonth, format, isValid, setDate, startOfDay, startOfMonth } from 'date-fns'

import { vietnamTimeZone } from './vietnamTime.ts'

export const periodKinds = ['month', 'quarter', 'half_year', 'year', 'ad_hoc'] as const
export type PeriodKind = (typeof periodKinds)[number]

/** Kinds that a year and a number name; ad hoc periods carry explicit dates instead. */
export type RegularKind = Exclude<PeriodKind, 'ad_hoc'>

/** How many months a period of each kind lasts, and how many of them a year holds. */
const monthsIn: Record<RegularKind, number> = { month: 1, quarter: 3, half_year: 6, year: 12 }
const periodsPerYear: Record<RegularKind, number> = { month: 12, quarter: 4, half_year: 2, year: 1 }

/**
 * When a period's report is due: on `day` of a month counted from the last month of the period
 * (`monthOffset` 0: that month; 1: the month after). The letter's rule is day 5, offset 0.
 */
export type DueRule = { day: number; monthOffset: number }
export type DueRules = Record<RegularKind, DueRule>

/** The letter's rule: before the 5th of the last month (Q1: 5 March, half-year: 5 June, year: 5 December). */
export const letterDueRules: DueRules = {
  // The letter sets no monthly report; a month's report is due on the 5th of the month after.
  month: { day: 5, monthOffset: 1 },
  quarter: { day: 5, monthOffset: 0 },
  half_year: { day: 5, monthOffset: 0 },
  year: { day: 5, monthOffset: 0 },
}

/** Dates of periods and deadlines are days in the commune's time zone. */
export const defaultTimeZone = vietnamTimeZone

export type PeriodRef = { kind: RegularKind; year: number; number?: number | null }
export type Period = { start: Date; end: Date }

export const isPeriodKind = (value: unknown): value is PeriodKind =>
  typeof value === 'string' && (periodKinds as readonly string[]).includes(value)

/** Whether `number` names a period of `kind` (month 1-12, quarter 1-4, half 1-2; none for a year). */
export const isValidNumber = (kind: RegularKind, number: number | null | undefined): boolean =>
  kind === 'year' ? number === null || number === undefined || number === 1 : Number.isInteger(number) && number! >= 1 && number! <= periodsPerYear[kind]

const firstMonthIndex = ({ kind, number }: PeriodRef) => (kind === 'year' ? 0 : ((number ?? 1) - 1) * monthsIn[kind])

/** First and last instant of a period, local time. */
export const periodRange = (ref: PeriodRef, timeZone: string = defaultTimeZone): Period => {
  const inZone = { in: tz(timeZone) }
  const start = startOfMonth(new Date(Date.UTC(ref.year, firstMonthIndex(ref), 15)), inZone)
  const end = endOfMonth(addMonths(start, monthsIn[ref.kind] - 1, inZone), inZone)
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) }
}

/** The first instant of the due day: a report is on time when sent strictly before it. */
export const dueDateOf = (ref: PeriodRef, rules: DueRules = letterDueRules, timeZone: string = defaultTimeZone): Date => {
  const inZone = { in: tz(timeZone) }
  const rule = rules[ref.kind]
  const lastMonth = addMonths(periodRange(ref, timeZone).start, monthsIn[ref.kind] - 1 + rule.monthOffset, inZone)
  // A day past the month's end (31 in a short month) falls on its last day.
  const lastDay = endOfMonth(lastMonth, inZone).getDate()
  return new Date(startOfDay(setDate(lastMonth, Math.min(rule.day, lastDay), inZone), inZone).getTime())
}

/**
 * The one lateness rule: an instant at or after the due instant is late. A report sent then is
 * late; not sent, it is not late (yet).
 */
export const isLate = (submittedAt: Date | null | undefined, dueDate: Date | null | undefined): boolean =>
  Boolean(submittedAt && dueDate && submittedAt.getTime() >= dueDate.getTime())

/** Still not submitted when `now` is late. */
export const isOverdue = (submittedAt: Date | null | undefined, dueDate: Date | null | undefined, now: Date): boolean =>
  !submittedAt && isLate(now, dueDate)

const pad = (n: number) => String(n).padStart(2, '0')

/** A stable, sortable key: 2026-M03, 2026-Q1, 2026-H1, 2026-Y; ad hoc by its local dates. */
export const periodKey = (ref: PeriodRef | { kind: 'ad_hoc'; start: Date; end: Date }, timeZone: string = defaultTimeZone): string => {
  if (ref.kind === 'ad_hoc') {
    const day = (date: Date) => format(date, 'yyyyMMdd', { in: tz(timeZone) })
    return `adhoc-${day(ref.start)}-${day(ref.end)}`
  }
  const prefix = { month: 'M', quarter: 'Q', half_year: 'H', year: 'Y' }[ref.kind]
  return ref.kind === 'year' ? `${ref.year}-Y` : `${ref.year}-${prefix}${ref.kind === 'month' ? pad(ref.number!) : ref.number}`
}

/** How a period reads: "Quý 1/2026", "6 tháng đầu năm 2026", "Năm 2026" (or "Q1 2026" … in English). */
export const periodLabel = (ref: PeriodRef, language: string = 'vi'): string => {
  const english = language === 'en'
  switch (ref.kind) {
    case 'month':
      return english ? `${ref.number}/${ref.year}` : `Tháng ${ref.number}/${ref.year}`
    case 'quarter':
      return english ? `Q${ref.number} ${ref.year}` : `Quý ${ref.number}/${ref.year}`
    case 'half_year':
      if (english) return `${ref.number === 1 ? 'First' : 'Second'} half of ${ref.year}`
      return ref.number === 1 ? `6 tháng đầu năm ${ref.year}` : `6 tháng cuối năm ${ref.year}`
    case 'year':
      return english ? `${ref.year}` : `Năm ${ref.year}`
  }
}

/** Every period of `kind` from the start of `fromYear` to the end of `toYear`, in order (counting, not dates). */
export const periodsBetween = (kind: RegularKind, fromYear: number, toYear: number): PeriodRef[] => {
  const refs: PeriodRef[] = []
  for (let year = fromYear; year <= toYear; year++) {
    for (let number = 1; number <= periodsPerYear[kind]; number++) refs.push({ kind, year, number: kind === 'year' ? null : number })
  }
  return refs
}

/** A date or ISO string as a valid Date, or null. */
export const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return isValid(date) ? date : null
}

/** The first and last instant of the local days that `start` and `end` fall on (for ad hoc periods). */
export const wholeDays = (start: Date, end: Date, timeZone: string = defaultTimeZone): Period => {
  const inZone = { in: tz(timeZone) }
  return { start: new Date(startOfDay(start, inZone).getTime()), end: new Date(endOfDay(end, inZone).getTime()) }
}

/**
 * The regular period a dashboard's address asks for (`?cchcKind=quarter&cchcYear=2026&cchcNumber=3`),
 * or `fallback` when it asks for none or for one that does not exist.
 */
export const chosenPeriod = (search: Record<string, unknown> | undefined, fallback: PeriodRef & { kind: RegularKind }): PeriodRef & { kind: RegularKind } => {
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)
  const kind = first(search?.cchcKind)
  if (typeof kind !== 'string' || !(kind in periodsPerYear)) return fallback
  const regular = kind as RegularKind
  const year = Number(first(search?.cchcYear))
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return fallback
  const number = regular === 'year' ? null : Number(first(search?.cchcNumber))
  return isValidNumber(regular, number) ? { kind: regular, year, number } : fallback
}
