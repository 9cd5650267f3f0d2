// Vietnamese writes 1.234 for a thousand and 93,8% for a rate.
const counts = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })
const percents = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 })

/** A count as Vietnamese readers write it; a dash when there is none. */
export const formatCount = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : counts.format(value)

/** A rate (0..1) as a percentage with at most one decimal; a dash when there is none. */
export const formatRate = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : percents.format(value)
