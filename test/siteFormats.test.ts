/** The public site's dates (dd/mm/yyyy in Vietnam) and numbers (Vietnamese separators). */
import { describe, expect, it } from 'vitest'

import { dayInVietnam, formatDay, isDay, shiftDay } from '../app/(site)/_lib/vietnameseDates.ts'
import { formatCount, formatRate } from '../app/(site)/_lib/vietnameseNumbers.ts'

describe('dates on the site', () => {
  it('shows an instant as its day in Vietnam, dd/mm/yyyy, whatever the server’s zone', () => {
    expect(formatDay('2026-03-04T16:59:59.999Z')).toBe('04/03/2026')
    expect(formatDay('2026-03-04T17:00:00.000Z')).toBe('05/03/2026')
    expect(formatDay(new Date('2026-12-31T18:30:00Z'))).toBe('01/01/2027')
  })

  it('shows a calendar day as it is, without moving it through a time zone', () => {
    expect(formatDay('2026-07-01')).toBe('01/07/2026')
  })

  it('shows nothing for no date or a date that is not one', () => {
    expect(formatDay(null)).toBe('')
    expect(formatDay(undefined)).toBe('')
    expect(formatDay('hôm qua')).toBe('')
  })

  it('knows the day in Vietnam, moves days, and tells a real day from a typed one', () => {
    expect(dayInVietnam(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01')
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28')
    expect(shiftDay('2025-11-30', 365)).toBe('2026-11-30')
    expect(isDay('2026-02-28')).toBe(true)
    expect(isDay('2026-02-30')).toBe(false)
    expect(isDay('2026-13-01')).toBe(false)
    expect(isDay('30/11/2026')).toBe(false)
  })
})

describe('numbers on the site', () => {
  it('groups thousands with a dot and writes rates with a decimal comma', () => {
    expect(formatCount(1234567)).toBe('1.234.567')
    expect(formatCount(0)).toBe('0')
    expect(formatRate(0.9375)).toBe('93,8%')
    expect(formatRate(1)).toBe('100%')
    expect(formatRate(0)).toBe('0%')
  })

  it('shows a dash, never 0, where there is no figure', () => {
    expect(formatCount(null)).toBe('–')
    expect(formatRate(null)).toBe('–')
    expect(formatRate(undefined)).toBe('–')
  })
})
