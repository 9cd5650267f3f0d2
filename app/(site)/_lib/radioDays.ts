import { parseISO } from 'date-fns'

import { shiftDay } from './vietnameseDates.ts'

/** The week (Monday to Sunday, yyyy-mm-dd) a day in Vietnam falls in. */
export const weekOf = (day: string): { monday: string; sunday: string } => {
  const weekday = parseISO(day).getDay() // 0 Sunday … 6 Saturday
  const monday = shiftDay(day, weekday === 0 ? -6 : 1 - weekday)
  return { monday, sunday: shiftDay(monday, 6) }
}

/** A length in seconds as "12 phút 30 giây" (a radio item is minutes long). */
export const formatSeconds = (seconds: number | null | undefined): string => {
  const total = Math.max(0, Math.round(seconds ?? 0))
  const minutes = Math.floor(total / 60)
  const rest = total % 60
  if (minutes === 0) return `${rest} giây`
  return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`
}

const weekdays = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

/** "Thứ Hai, 30/11/2026" for a day yyyy-mm-dd. */
export const weekdayOf = (day: string): string => {
  const [year, month, date] = day.split('-')
  return `${weekdays[parseISO(day).getDay()]}, ${date}/${month}/${year}`
}
