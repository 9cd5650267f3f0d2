import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

/** The commune's time zone: dates people see and deadlines are days in Vietnam. */
export const vietnamTimeZone = 'Asia/Ho_Chi_Minh'

/**
 * The calendar day (`yyyy-mm-dd`) an instant falls on in Vietnam, whatever the server's time zone.
 * A day-only date picked in the admin (stored as an instant near midday) gives back that day.
 */
export const dayInVietnam = (instant: Date | number | string, timeZone = vietnamTimeZone): string =>
  format(new TZDate(new Date(instant).getTime(), timeZone), 'yyyy-MM-dd')

/** The instant a calendar day (`yyyy-mm-dd`) begins in Vietnam (or the given time zone). */
export const startOfVietnamDay = (day: string, timeZone = vietnamTimeZone): Date => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(new TZDate(year, month - 1, date, timeZone).getTime())
}

/**
 * The latest instant at or before `now` at which the clock in `timeZone` showed `hour`:00, that is
 * today's when it has passed, else yesterday's (TZDate resolves daylight saving where a zone has it).
 */
export const lastLocalHour = (now: Date, hour: number, timeZone = vietnamTimeZone): Date => {
  const [year, month, date] = dayInVietnam(now, timeZone).split('-').map(Number) as [number, number, number]
  const today = new Date(new TZDate(year, month - 1, date, hour, 0, 0, timeZone).getTime())
  return today.getTime() <= now.getTime() ? today : new Date(new TZDate(year, month - 1, date - 1, hour, 0, 0, timeZone).getTime())
}

// A wall-clock time as people write it (01/12/2026 08:00, 1/12/2026 8:00) or as a `datetime-local`
// input holds it (2026-12-01T08:00).
const written = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/
const isoLocal = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/**
 * The instant a wall-clock time names in `timeZone`: "01/12/2026 08:00" (day first, 24-hour, as
 * the admin shows dates) or "2026-12-01T08:00"; null when the text is no such time (or names a day
 * that does not exist, 31/02).
 */
export const instantOfWallClock = (text: string, timeZone = vietnamTimeZone): Date | null => {
  const trimmed = text.trim()
  const w = written.exec(trimmed)
  const i = w ? null : isoLocal.exec(trimmed)
  if (!w && !i) return null
  const [year, month, day, hour, minute] = (w ? [w[3], w[2], w[1], w[4], w[5]] : i!.slice(1)).map(Number) as [number, number, number, number, number]
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null
  const local = new TZDate(year, month - 1, day, hour, minute, 0, timeZone)
  // A day past the month's end rolls over (31/02 → 03/03): no such day.
  if (local.getDate() !== day || local.getMonth() !== month - 1) return null
  return new Date(local.getTime())
}

/** An instant as the commune's clock shows it, in the admin's format: 01/12/2026 08:00. */
export const wallClockText = (instant: Date | number | string, timeZone = vietnamTimeZone): string =>
  format(new TZDate(new Date(instant).getTime(), timeZone), 'dd/MM/yyyy HH:mm')

/** An instant on the commune's clock in the ISO form the schedule endpoint also takes from API clients: 2026-12-01T08:00. */
export const wallClockInput = (instant: Date | number | string, timeZone = vietnamTimeZone): string =>
  format(new TZDate(new Date(instant).getTime(), timeZone), "yyyy-MM-dd'T'HH:mm")
