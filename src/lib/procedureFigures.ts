/**
 * The TTHCC's figures of procedure handling (tình hình, kết quả giải quyết TTHC) for one period:
 * the counts a person enters, the checks they must pass, and the rates the server derives.
 * DOMAIN.md §3.
 */

/** Counts a person enters, in the order of the standard report. */
export const countNames = [
  'carriedOver', // kỳ trước chuyển sang
  'received', // tiếp nhận trong kỳ (all channels)
  'receivedOnline', // trực tuyến
  'resolvedBeforeDeadline', // trước hạn
  'resolvedOnTime', // đúng hạn
  'resolvedLate', // quá hạn
  'inProgressWithinDeadline', // đang giải quyết, trong hạn
  'inProgressOverdue', // đang giải quyết, quá hạn
  'withFee', // hồ sơ có phí, lệ phí
  'paidOnline', // thanh toán trực tuyến
  'digitised', // số hóa hồ sơ, kết quả
] as const
export type CountName = (typeof countNames)[number]

/** Vietnamese and English names of the counts, as the standard report prints them. */
export const countLabels: Record<CountName, { vi: string; en: string }> = {
  carriedOver: { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
  received: { vi: 'Tiếp nhận trong kỳ', en: 'Received in period' },
  receivedOnline: { vi: 'Tiếp nhận trực tuyến', en: 'Received online' },
  resolvedBeforeDeadline: { vi: 'Giải quyết trước hạn', en: 'Resolved before deadline' },
  resolvedOnTime: { vi: 'Giải quyết đúng hạn', en: 'Resolved on time' },
  resolvedLate: { vi: 'Giải quyết quá hạn', en: 'Resolved late' },
  inProgressWithinDeadline: { vi: 'Đang giải quyết trong hạn', en: 'In progress within deadline' },
  inProgressOverdue: { vi: 'Đang giải quyết quá hạn', en: 'In progress overdue' },
  withFee: { vi: 'Hồ sơ có phí, lệ phí', en: 'Dossiers with a fee' },
  paidOnline: { vi: 'Thanh toán trực tuyến', en: 'Paid online' },
  digitised: { vi: 'Số hóa hồ sơ, kết quả', en: 'Digitised' },
}

export type Counts = Partial<Record<CountName, number | null>>

/** Counts that the standard report always has; the others may be left empty. */
export const requiredCounts = [
  'carriedOver',
  'received',
  'receivedOnline',
  'resolvedBeforeDeadline',
  'resolvedOnTime',
  'resolvedLate',
  'inProgressWithinDeadline',
  'inProgressOverdue',
] as const satisfies readonly CountName[]

export type Derived = {
  receivedInPerson: number // trực tiếp và bưu chính
  resolved: number
  inProgress: number
  /** (before deadline + on time) / resolved */
  onTimeRate: number | null
  /** online / received in period */
  onlineShare: number | null
  /** paid online / dossiers with a fee */
  onlinePaymentShare: number | null
  /** digitised / received in period */
  digitisedShare: number | null
}

export type FigureProblem =
  | { kind: 'negative'; path: CountName; value: number }
  | { kind: 'notWhole'; path: CountName; value: number }
  | { kind: 'tooLarge'; path: CountName; value: number }
  | { kind: 'missing'; path: CountName }
  | { kind: 'balance'; carriedOver: number; received: number; resolved: number; inProgress: number }
  | { kind: 'exceeds'; path: CountName; value: number; limit: CountName; limitValue: number }

const n = (value: number | null | undefined) => value ?? 0

/** A ratio rounded to four decimals (0.9375), or null when nothing was counted below the line. */
export const rate = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000

/** What the server derives from the counts; never taken from a request. */
export const derive = (counts: Counts): Derived => {
  const resolved = n(counts.resolvedBeforeDeadline) + n(counts.resolvedOnTime) + n(counts.resolvedLate)
  const inProgress = n(counts.inProgressWithinDeadline) + n(counts.inProgressOverdue)
  return {
    receivedInPerson: n(counts.received) - n(counts.receivedOnline),
    resolved,
    inProgress,
    onTimeRate: rate(n(counts.resolvedBeforeDeadline) + n(counts.resolvedOnTime), resolved),
    onlineShare: rate(n(counts.receivedOnline), n(counts.received)),
    onlinePaymentShare: rate(n(counts.paidOnline), n(counts.withFee)),
    digitisedShare: rate(n(counts.digitised), n(counts.received)),
  }
}

/** Rows per field added up, count by count (a count no row gives stays empty). */
export const sumCounts = (rows: readonly Counts[]): Counts =>
  Object.fromEntries(
    countNames.map((name) => {
      const given = rows.map((row) => row[name]).filter((value): value is number => typeof value === 'number')
      return [name, given.length > 0 ? given.reduce((sum, value) => sum + value, 0) : null]
    }),
  )

/** Counts that stand at a moment: carried over at a period's start, in progress at its end. */
const openingStock: readonly CountName[] = ['carriedOver']
const closingStock: readonly CountName[] = ['inProgressWithinDeadline', 'inProgressOverdue']

/**
 * A longer period's counts from its parts, in order (a year from its quarters): what was carried
 * over is the first part's, what is in progress the last part's, every other count (dossiers
 * received, resolved, paid…) the sum. Parts that chain (each carries over what the one before left
 * in progress) give counts that add up as the longer period's own would.
 */
export const composeCounts = (parts: readonly Counts[]): Counts => {
  const summed = sumCounts(parts)
  const first = parts[0] ?? {}
  const last = parts.at(-1) ?? {}
  for (const name of openingStock) summed[name] = first[name] ?? null
  for (const name of closingStock) summed[name] = last[name] ?? null
  return summed
}

/** Every way the counts disagree; empty when they add up. */
export const checkCounts = (counts: Counts): FigureProblem[] => {
  const problems: FigureProblem[] = []
  for (const path of countNames) {
    const value = counts[path]
    if (value === null || value === undefined) {
      if ((requiredCounts as readonly string[]).includes(path)) problems.push({ kind: 'missing', path })
    } else if (value < 0) problems.push({ kind: 'negative', path, value })
    else if (!Number.isInteger(value)) problems.push({ kind: 'notWhole', path, value })
    else if (!Number.isSafeInteger(value)) problems.push({ kind: 'tooLarge', path, value })
  }
  if (problems.length > 0) return problems

  const { resolved, inProgress } = derive(counts)
  // Past 2^53 a float sum rounds (1e20 + 10 === 1e20) and the balance below would pass by accident.
  const largest = Math.max(n(counts.carriedOver) + n(counts.received), resolved + inProgress)
  if (!Number.isSafeInteger(largest)) return [{ kind: 'tooLarge', path: 'received', value: largest }]
  if (n(counts.carriedOver) + n(counts.received) !== resolved + inProgress) {
    problems.push({ kind: 'balance', carriedOver: n(counts.carriedOver), received: n(counts.received), resolved, inProgress })
  }
  const atMost = (path: CountName, limit: CountName) => {
    const value = counts[path]
    const limitValue = counts[limit]
    if (value !== null && value !== undefined && limitValue !== null && limitValue !== undefined && value > limitValue) {
      problems.push({ kind: 'exceeds', path, value, limit, limitValue })
    }
  }
  atMost('receivedOnline', 'received')
  atMost('paidOnline', 'withFee')
  return problems
}
