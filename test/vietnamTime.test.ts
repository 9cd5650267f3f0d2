/** Days in Vietnam, whatever the server's time zone. */
import { describe, expect, it } from 'vitest'

import { dayInVietnam, instantOfWallClock, startOfVietnamDay, wallClockInput, wallClockText } from '../src/lib/vietnamTime.ts'

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

describe('wall-clock times (the schedule box)', () => {
  it('reads a time as the admin writes it, or as a date-time input holds it, on the commune’s clock', () => {
    expect(instantOfWallClock('01/12/2026 08:00')?.toISOString()).toBe('2026-12-01T01:00:00.000Z')
    expect(instantOfWallClock(' 1/12/2026 8:05 ')?.toISOString()).toBe('2026-12-01T01:05:00.000Z')
    expect(instantOfWallClock('2026-12-01T08:00')?.toISOString()).toBe('2026-12-01T01:00:00.000Z')
    // Another zone, with its daylight saving: 09:00 in New York on 1 July is 13:00 UTC.
    expect(instantOfWallClock('01/07/2026 09:00', 'America/New_York')?.toISOString()).toBe('2026-07-01T13:00:00.000Z')
  })

  it('refuses what names no time: no such day, hour or minute, another order or text', () => {
    for (const text of ['31/02/2026 08:00', '29/02/2027 08:00', '01/13/2026 08:00', '01/12/2026 24:00', '01/12/2026 08:60', '2026/12/01 08:00', '12-01-2026 08:00', 'mai 8 giờ', '']) {
      expect(instantOfWallClock(text), text).toBeNull()
    }
    expect(instantOfWallClock('29/02/2028 08:00')?.toISOString()).toBe('2028-02-29T01:00:00.000Z')
  })

  it('writes an instant back as the admin shows it, round trip', () => {
    expect(wallClockText('2026-12-01T01:00:00.000Z')).toBe('01/12/2026 08:00')
    expect(wallClockInput('2026-12-01T01:00:00.000Z')).toBe('2026-12-01T08:00')
    expect(instantOfWallClock(wallClockText('2026-11-30T17:35:00.000Z'))?.toISOString()).toBe('2026-11-30T17:35:00.000Z')
  })
})
