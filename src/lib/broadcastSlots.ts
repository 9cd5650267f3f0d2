import { TZDate } from '@date-fns/tz'

import { vietnamTimeZone } from './vietnamTime.ts'

/** Days of the week as a slot names them, Monday first (Thứ Hai … Chủ nhật). */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]

export const weekdayLabels: Record<Weekday, { vi: string; en: string }> = {
  mon: { vi: 'Thứ Hai', en: 'Monday' },
  tue: { vi: 'Thứ Ba', en: 'Tuesday' },
  wed: { vi: 'Thứ Tư', en: 'Wednesday' },
  thu: { vi: 'Thứ Năm', en: 'Thursday' },
  fri: { vi: 'Thứ Sáu', en: 'Friday' },
  sat: { vi: 'Thứ Bảy', en: 'Saturday' },
  sun: { vi: 'Chủ nhật', en: 'Sunday' },
}

/** A wall-clock time of the commune, `HH:mm` (24 hours). */
export const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/
const dayPattern = /^\d{4}-\d{2}-\d{2}$/

/** A recurring slot as the pure rules need it. */
export type SlotShape = {
  startTime: string
  endTime: string
  weekdays?: readonly string[] | null
  /** Days (`yyyy-mm-dd`) the slot does not run: a holiday, a cancelled day. */
  exceptions?: readonly { day?: string | null }[] | null
}

export const isClock = (value: unknown): value is string => typeof value === 'string' && clockPattern.test(value)

/** Minutes after local midnight. */
export const minutesOf = (clock: string): number => {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number]
  return hours * 60 + minutes
}

/** Whether `day` is a real calendar day written `yyyy-mm-dd`. */
export const isDay = (day: unknown): day is string => {
  if (typeof day !== 'string' || !dayPattern.test(day)) return false
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

/** What is wrong with a slot's times, if anything: a slot runs within one day, end after start. */
export const slotTimesProblem = (slot: Pick<SlotShape, 'startTime' | 'endTime'>): 'badStart' | 'badEnd' | 'endNotAfterStart' | null => {
  if (!isClock(slot.startTime)) return 'badStart'
  if (!isClock(slot.endTime)) return 'badEnd'
  return minutesOf(slot.endTime) > minutesOf(slot.startTime) ? null : 'endNotAfterStart'
}

/** How long a slot lasts, in seconds. */
export const slotSeconds = (slot: Pick<SlotShape, 'startTime' | 'endTime'>): number => (minutesOf(slot.endTime) - minutesOf(slot.startTime)) * 60

/** The day of the week of a calendar day: the same in every time zone, so computed in UTC. */
export const weekdayOf = (day: string): Weekday => weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7]!

const daysOf = (slot: SlotShape): readonly string[] => (slot.weekdays && slot.weekdays.length > 0 ? slot.weekdays : weekdays)

/** Whether the slot runs on `day`: one of its weekdays (every day when none is chosen), and not an exception. */
export const runsOn = (slot: SlotShape, day: string): boolean =>
  daysOf(slot).includes(weekdayOf(day)) && !(slot.exceptions ?? []).some((exception) => exception.day === day)

/** Whether two slots share a weekday and their times meet (touching ends do not overlap). */
export const slotsOverlap = (a: SlotShape, b: SlotShape): boolean =>
  daysOf(a).some((day) => daysOf(b).includes(day)) &&
  minutesOf(a.startTime) < minutesOf(b.endTime) &&
  minutesOf(b.startTime) < minutesOf(a.endTime)

/** The instant a wall-clock time of `day` happens in the commune's time zone, whatever the server's zone. */
export const instantOf = (day: string, clock: string, timeZone = vietnamTimeZone): Date => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const [hours, minutes] = clock.split(':').map(Number) as [number, number]
  return new Date(new TZDate(year, month - 1, date, hours, minutes, timeZone).getTime())
}

/** A length as the radio writes it, minutes and seconds: `03:25`, `75:00` (seconds rounded up). */
export const formatLength = (seconds: number): string => {
  const whole = Math.max(0, Math.ceil(seconds))
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`
}

/** Words of a script: Vietnamese writes one syllable per word, separated by spaces. */
export const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length

/** How long an announcer takes to read `text` aloud at `wordsPerMinute`, in whole seconds. */
export const readingSeconds = (text: string, wordsPerMinute: number): number => Math.ceil((wordCount(text) * 60) / wordsPerMinute)
