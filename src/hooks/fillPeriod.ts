import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { dueDateOf, isPeriodKind, isValidNumber, periodKey, periodRange, toDate, wholeDays } from '../lib/periods.ts'
import { dueRulesOf } from '../options.ts'
import { t } from '../translations/translate.ts'

const periodNumberMessages = {
  month: 'periodNumberMonth',
  quarter: 'periodNumberQuarter',
  half_year: 'periodNumberHalfYear',
  year: 'periodNumberYear',
} as const

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null)

/**
 * Checks the period a document names and fills its explicit start, end (and due date) from the
 * commune's rule, in its time zone. With `handSetDates`, a date someone changes by hand (field
 * access decides who) is kept, at local midnight; otherwise the rule's date follows the period.
 * Ad hoc periods always carry their dates by hand.
 */
export const fillPeriod =
  (options: ResolvedOptions, { due, handSetDates }: { due: boolean; handSetDates: boolean }): CollectionBeforeChangeHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    const fail = (path: string, message: string): never => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path, message }], req }, req.t)
    }
    const timeZone = options.reporting.timeZone
    const localDay = (date: Date) => wholeDays(date, date, timeZone).start
    const kind = data.periodKind ?? originalDoc?.periodKind
    if (!isPeriodKind(kind)) return data // the select field's own validation has refused it
    const year = data.year
    if (!Number.isInteger(year) || year < 2000 || year > 2100) fail('year', t(req, 'yearRange'))

    if (kind === 'ad_hoc') {
      const start = toDate(data.periodStart)
      const end = toDate(data.periodEnd)
      if (!start) return fail('periodStart', t(req, 'adHocStart'))
      if (!end || end.getTime() < start.getTime()) return fail('periodEnd', t(req, 'adHocEnd'))
      const days = wholeDays(start, end, timeZone)
      data.periodNumber = null
      data.periodStart = days.start.toISOString()
      data.periodEnd = days.end.toISOString()
      if (due) {
        const dueDate = toDate(data.dueDate)
        if (!dueDate) return fail('dueDate', t(req, 'adHocDue'))
        data.dueDate = localDay(dueDate).toISOString()
      }
      data.periodKey = periodKey({ kind, start: days.start, end: days.end }, timeZone)
      return data
    }

    const number = kind === 'year' ? null : data.periodNumber
    if (!isValidNumber(kind, number)) fail('periodNumber', t(req, periodNumberMessages[kind]))
    const ref = { kind, year, number }
    const range = periodRange(ref, timeZone)
    const computed: Record<string, Date> = { periodStart: range.start, periodEnd: range.end }
    if (due) computed.dueDate = dueDateOf(ref, dueRulesOf(options), timeZone)
    const samePeriod =
      operation === 'update' &&
      originalDoc?.periodKind === kind &&
      originalDoc?.year === year &&
      (originalDoc?.periodNumber ?? null) === number
    for (const [name, fromRule] of Object.entries(computed)) {
      const given = toDate(data[name])
      const stored = operation === 'update' ? toDate(originalDoc?.[name]) : null
      const changedByHand = handSetDates && given !== null && !sameInstant(given, stored)
      if (changedByHand) data[name] = (name === 'periodEnd' ? wholeDays(given, given, timeZone).end : localDay(given)).toISOString()
      else data[name] = (samePeriod && stored ? stored : fromRule).toISOString()
    }
    data.periodNumber = number
    data.periodKey = periodKey(ref, timeZone)
    return data
  }
