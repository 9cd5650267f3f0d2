import { runsOn, type SlotShape, weekdayOf, weekdays } from './broadcastSlots.ts'

/** The Monday of the week `day` (`yyyy-mm-dd`) falls in. */
export const mondayOf = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`)
  const back = weekdays.indexOf(weekdayOf(day))
  date.setUTCDate(date.getUTCDate() - back)
  return date.toISOString().slice(0, 10)
}

/** `day` moved by `count` days. */
export const addDays = (day: string, count: number): string => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + count)
  return date.toISOString().slice(0, 10)
}

export type WeekProgramme = { id: number | string; slot: unknown; day: string; programmeState: string; totalSeconds: number; itemCount: number }
export type WeekCell = { day: string; runs: boolean; programme: WeekProgramme | null }
export type WeekRow<S> = { slot: S; cells: WeekCell[] }

/**
 * The week view: a row per slot, a cell per day, holding the slot's programme that day, or none
 * (`runs` says whether the slot runs that day: an empty cell to fill, or a day off).
 */
export const buildWeek = <S extends SlotShape & { id: number | string }>(
  slots: readonly S[],
  programmes: readonly WeekProgramme[],
  monday: string,
  slotIdOf: (programme: WeekProgramme) => number | string | null,
): WeekRow<S>[] => {
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i))
  const byKey = new Map(programmes.map((programme) => [`${slotIdOf(programme)}|${programme.day}`, programme]))
  return slots.map((slot) => ({
    slot,
    cells: days.map((day) => ({ day, runs: runsOn(slot, day), programme: byKey.get(`${slot.id}|${day}`) ?? null })),
  }))
}
