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
