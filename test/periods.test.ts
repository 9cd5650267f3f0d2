/**
 * Reporting periods and due dates, in Vietnam time whatever the server's zone (the instants below
 * are written in UTC: 16:59 UTC is 23:59 in Hà Nội). No database.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  dueDateOf,
  isLate,
  isOverdue,
  letterDueRules,
  periodKey,
  chosenPeriod,
  periodLabel,
  periodRange,
  periodsBetween,
  type PeriodRef,
  wholeDays,
} from '../src/lib/periods.ts'
import { dueRulesOf, resolveOptions } from '../src/options.ts'

const vn = (iso: string) => new Date(`${iso}+07:00`)

describe('periods, every kind', () => {
  it.each<[PeriodRef, string, string, string, string]>([
    [{ kind: 'month', year: 2026, number: 2 }, '2026-02-01T00:00:00', '2026-02-28T23:59:59.999', '2026-03-05T00:00:00', '2026-M02'],
    [{ kind: 'month', year: 2028, number: 2 }, '2028-02-01T00:00:00', '2028-02-29T23:59:59.999', '2028-03-05T00:00:00', '2028-M02'],
    [{ kind: 'month', year: 2026, number: 12 }, '2026-12-01T00:00:00', '2026-12-31T23:59:59.999', '2027-01-05T00:00:00', '2026-M12'],
    [{ kind: 'quarter', year: 2026, number: 1 }, '2026-01-01T00:00:00', '2026-03-31T23:59:59.999', '2026-03-05T00:00:00', '2026-Q1'],
    [{ kind: 'quarter', year: 2026, number: 2 }, '2026-04-01T00:00:00', '2026-06-30T23:59:59.999', '2026-06-05T00:00:00', '2026-Q2'],
    [{ kind: 'quarter', year: 2026, number: 3 }, '2026-07-01T00:00:00', '2026-09-30T23:59:59.999', '2026-09-05T00:00:00', '2026-Q3'],
    [{ kind: 'quarter', year: 2026, number: 4 }, '2026-10-01T00:00:00', '2026-12-31T23:59:59.999', '2026-12-05T00:00:00', '2026-Q4'],
    [{ kind: 'half_year', year: 2026, number: 1 }, '2026-01-01T00:00:00', '2026-06-30T23:59:59.999', '2026-06-05T00:00:00', '2026-H1'],
    [{ kind: 'half_year', year: 2026, number: 2 }, '2026-07-01T00:00:00', '2026-12-31T23:59:59.999', '2026-12-05T00:00:00', '2026-H2'],
    [{ kind: 'year', year: 2026 }, '2026-01-01T00:00:00', '2026-12-31T23:59:59.999', '2026-12-05T00:00:00', '2026-Y'],
  ])('%j: local start, end, due date and key', (ref, start, end, due, key) => {
    const range = periodRange(ref)
    expect(range.start).toEqual(vn(start))
    expect(range.end).toEqual(vn(end))
    expect(dueDateOf(ref)).toEqual(vn(due))
    expect(periodKey(ref)).toBe(key)
  })

  it('ad hoc periods: whole local days and a key from their dates', () => {
    const days = wholeDays(new Date('2026-05-10T03:00:00Z'), new Date('2026-05-20T20:00:00Z'))
    expect(days.start).toEqual(vn('2026-05-10T00:00:00'))
    // 20:00 UTC on the 20th is already the 21st in Vietnam.
    expect(days.end).toEqual(vn('2026-05-21T23:59:59.999'))
    expect(periodKey({ kind: 'ad_hoc', ...days })).toBe('adhoc-20260510-20260521')
  })

  it('labels in Vietnamese and lists periods in order', () => {
    expect(periodLabel({ kind: 'quarter', year: 2026, number: 1 })).toBe('Quý 1/2026')
    expect(periodLabel({ kind: 'half_year', year: 2026, number: 1 })).toBe('6 tháng đầu năm 2026')
    expect(periodLabel({ kind: 'quarter', year: 2026, number: 3 }, 'en')).toBe('Q3 2026')
    expect(periodLabel({ kind: 'half_year', year: 2026, number: 2 }, 'en')).toBe('Second half of 2026')
    expect(periodsBetween('quarter', 2025, 2026).map((ref) => periodKey(ref))).toEqual([
      '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4',
    ])
    expect(periodsBetween('year', 2025, 2026).map((ref) => periodKey(ref))).toEqual(['2025-Y', '2026-Y'])
  })
})

describe.each(['UTC', 'America/Los_Angeles'])('the due-date boundary, with the server in %s', (serverZone) => {
  let q1: Date
  beforeAll(() => {
    process.env.TZ = serverZone // Node applies a change of TZ at once
    q1 = dueDateOf({ kind: 'quarter', year: 2026, number: 1 })
  })
  afterAll(() => {
    delete process.env.TZ
  })

  it('23:59 on 4 March (Vietnam) is on time; 00:00 on 5 March is late', () => {
    expect(new Date('2026-03-04T12:00:00Z').getTimezoneOffset()).toBe(serverZone === 'UTC' ? 0 : 480)
    expect(q1).toEqual(new Date('2026-03-04T17:00:00Z'))
    expect(isLate(new Date('2026-03-04T16:59:00Z'), q1)).toBe(false)
    expect(isLate(new Date('2026-03-04T16:59:59.999Z'), q1)).toBe(false)
    expect(isLate(new Date('2026-03-04T17:00:00Z'), q1)).toBe(true)
    expect(isLate(null, q1)).toBe(false)
  })

  it('overdue only while not submitted and from the due instant', () => {
    expect(isOverdue(null, q1, new Date('2026-03-04T16:59:59Z'))).toBe(false)
    expect(isOverdue(null, q1, new Date('2026-03-04T17:00:00Z'))).toBe(true)
    expect(isOverdue(new Date('2026-03-10T00:00:00Z'), q1, new Date('2026-03-20T00:00:00Z'))).toBe(false)
  })

  it('any instant: late exactly when at or after local midnight of the 5th', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40 * 86_400_000, max: 40 * 86_400_000 }), (offset) => {
        const at = new Date(q1.getTime() + offset)
        expect(isLate(at, q1)).toBe(offset >= 0)
      }),
    )
  })
})

describe('a configured rule replaces the letter’s', () => {
  it('defaults to the letter', () => {
    expect(dueRulesOf(resolveOptions())).toEqual(letterDueRules)
  })

  it('a commune reporting on the 14th of the month after the quarter', () => {
    const rules = dueRulesOf(resolveOptions({ reporting: { dueDates: { quarter: { day: 14, monthOffset: 1 } } } }))
    expect(rules.quarter).toEqual({ day: 14, monthOffset: 1 })
    expect(rules.year).toEqual(letterDueRules.year)
    expect(dueDateOf({ kind: 'quarter', year: 2026, number: 4 }, rules)).toEqual(vn('2027-01-14T00:00:00'))
    expect(dueDateOf({ kind: 'quarter', year: 2026, number: 1 }, rules)).toEqual(vn('2026-04-14T00:00:00'))
  })

  it('a day past the month’s end falls on its last day', () => {
    const rules = dueRulesOf(resolveOptions({ reporting: { dueDates: { month: { day: 31, monthOffset: 0 } } } }))
    expect(dueDateOf({ kind: 'month', year: 2026, number: 2 }, rules)).toEqual(vn('2026-02-28T00:00:00'))
  })

  it('another time zone moves the boundary', () => {
    const options = resolveOptions({ reporting: { timeZone: 'Europe/Paris' } })
    expect(dueDateOf({ kind: 'quarter', year: 2026, number: 1 }, dueRulesOf(options), options.reporting.timeZone)).toEqual(
      new Date('2026-03-04T23:00:00Z'),
    )
  })

  it.each([
    [{ reporting: { dueDates: { quarter: { day: 0, monthOffset: 0 } } } }, 'reporting.dueDates.quarter.day'],
    [{ reporting: { dueDates: { quarter: { day: 5 } } } }, 'reporting.dueDates.quarter.monthOffset'],
    [{ reporting: { dueDates: { quarterly: { day: 5, monthOffset: 0 } } } }, 'reporting.dueDates.quarterly'],
    [{ reporting: { timeZone: 'Asia/Hanoi-ish' } }, 'reporting.timeZone'],
    [{ procedureResults: { defaultUnitCode: 'TT PVHCC' } }, 'procedureResults.defaultUnitCode'],
  ])('refuses %j, naming `%s`', (options, name) => {
    expect(() => resolveOptions(options as never)).toThrow(`option \`${name}\``)
  })
})

describe('the period a dashboard asks for', () => {
  const fallback = { kind: 'quarter' as const, year: 2026, number: 4 }
  it('reads kind, year and number from the address', () => {
    expect(chosenPeriod({ cchcKind: 'quarter', cchcYear: '2026', cchcNumber: '3' }, fallback)).toEqual({ kind: 'quarter', year: 2026, number: 3 })
    expect(chosenPeriod({ cchcKind: 'year', cchcYear: '2025', cchcNumber: '7' }, fallback)).toEqual({ kind: 'year', year: 2025, number: null })
    expect(chosenPeriod({ cchcKind: ['half_year'], cchcYear: ['2026'], cchcNumber: ['2'] }, fallback)).toEqual({ kind: 'half_year', year: 2026, number: 2 })
  })
  it('falls back to the current quarter for none, or for a period that does not exist', () => {
    expect(chosenPeriod(undefined, fallback)).toBe(fallback)
    expect(chosenPeriod({ cchcKind: 'quarter', cchcYear: '2026', cchcNumber: '5' }, fallback)).toBe(fallback)
    expect(chosenPeriod({ cchcKind: 'ad_hoc', cchcYear: '2026' }, fallback)).toBe(fallback)
    expect(chosenPeriod({ cchcKind: 'month', cchcYear: '99999', cchcNumber: '1' }, fallback)).toBe(fallback)
  })
})
