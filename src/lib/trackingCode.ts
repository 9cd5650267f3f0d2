/** A feedback's tracking code as the citizen reads it: `PA-2026-000123`. */
export const formatTrackingCode = (prefix: string, year: number, sequence: number): string =>
  `${prefix}-${year}-${String(sequence).padStart(6, '0')}`

/** A code as a citizen may type it (any case, spaces around); null when it cannot be one. */
export const normalizeTrackingCode = (input: string): null | string => {
  const code = input.trim().toUpperCase()
  return /^[A-Z]{1,10}-\d{4}-\d{6,}$/.test(code) ? code : null
}
