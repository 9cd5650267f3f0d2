/** A calendar day (`yyyy-mm-dd`) moved by `days`, in plain calendar arithmetic. */
export const shiftDay = (day: string, days: number): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

const isWeekend = (day: string): boolean => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday === 0 || weekday === 6
}

/**
 * The working day `count` working days after `day` (the day of receipt does not count): Saturdays,
 * Sundays and the given holidays (`yyyy-mm-dd`, the commune's days off such as Tết) are skipped.
 */
export const addWorkingDays = (day: string, count: number, holidays: readonly string[] = []): string => {
  const off = new Set(holidays)
  let current = day
  let left = count
  while (left > 0) {
    current = shiftDay(current, 1)
    if (!isWeekend(current) && !off.has(current)) left--
  }
  return current
}
