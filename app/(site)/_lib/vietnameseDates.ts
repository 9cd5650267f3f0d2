import { TZDate } from '@date-fns/tz'
import { addDays, format, parseISO } from 'date-fns'

/** Dates are shown as days in Vietnam, whatever the server's own time zone. */
export const vietnamTimeZone = 'Asia/Ho_Chi_Minh'

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * dd/mm/yyyy, as Vietnamese readers write dates: an instant is shown as its day in Vietnam; a
 * calendar day (`yyyy-mm-dd`, as the changes endpoint gives) as it is. Empty for no or a bad date.
 */
export const formatDay = (value: Date | string | null | undefined): string => {
  if (!value) return ''
  const day = typeof value === 'string' ? dayPattern.exec(value) : null
  if (day) return `${day[3]}/${day[2]}/${day[1]}`
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime())) return ''
  return format(new TZDate(instant.getTime(), vietnamTimeZone), 'dd/MM/yyyy')
}

/** The calendar day (yyyy-mm-dd) an instant falls on in Vietnam. */
export const dayInVietnam = (instant: Date): string => format(new TZDate(instant.getTime(), vietnamTimeZone), 'yyyy-MM-dd')

/** A calendar day moved by whole days (yyyy-mm-dd in, yyyy-mm-dd out). */
export const shiftDay = (day: string, days: number): string => format(addDays(parseISO(day), days), 'yyyy-MM-dd')

/** Whether a string is a real calendar day in yyyy-mm-dd (what a date input sends). */
export const isDay = (value: string): boolean => {
  const match = dayPattern.exec(value)
  if (!match) return false
  const date = parseISO(value)
  return !Number.isNaN(date.getTime()) && format(date, 'yyyy-MM-dd') === value
}
