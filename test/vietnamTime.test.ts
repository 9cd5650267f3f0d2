/** Days in Vietnam, whatever the server's time zone. */
import { describe, expect, it } from 'vitest'

import { dayInVietnam, startOfVietnamDay } from '../src/lib/vietnamTime.ts'

describe('days in Vietnam', () => {
  it('a day begins at 17:00 UTC the day before', () => {
    expect(dayInVietnam('2026-03-04T16:59:59.999Z')).toBe('2026-03-04')
    expect(dayInVietnam('2026-03-04T17:00:00.000Z')).toBe('2026-03-05')
    expect(startOfVietnamDay('2026-03-05').toISOString()).toBe('2026-03-04T17:00:00.000Z')
  })

  it('a day-only date picked in the admin (stored near midday) is that day', () => {
    expect(dayInVietnam('2026-07-01T12:00:00.000Z')).toBe('2026-07-01')
  })

  it('round-trips every day of a year, and follows another time zone when given one', () => {
    for (let day = new Date('2026-01-01T00:00:00Z'); day.getUTCFullYear() === 2026; day = new Date(day.getTime() + 86_400_000)) {
      const text = day.toISOString().slice(0, 10)
      expect(dayInVietnam(startOfVietnamDay(text))).toBe(text)
    }
    expect(startOfVietnamDay('2026-07-01', 'Europe/Paris').toISOString()).toBe('2026-06-30T22:00:00.000Z')
  })
})
