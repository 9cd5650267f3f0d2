/**
 * A rate held as a ratio (0.9375) as staff read it: a percentage with at most two decimals, in
 * the language's own format (Vietnamese "93,75 %", English "93.75%"); empty when there is none
 * (a rate whose denominator is 0).
 */
export const rateText = (value: unknown, language: string | undefined): string => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return ''
  const vietnamese = language === undefined || language === 'vi'
  // Rounded first: 0.93745 is 93,75 %, not the 93,74 % floating point would give.
  const percent = Math.round(value * 10_000) / 100
  const digits = new Intl.NumberFormat(vietnamese ? 'vi-VN' : 'en', { maximumFractionDigits: 2 }).format(percent)
  return vietnamese ? `${digits} %` : `${digits}%`
}
