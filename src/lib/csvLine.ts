/**
 * A CSV line (RFC 4180), every cell quoted so commas, quotes and line breaks in Vietnamese names
 * stay intact. Written by hand: the project has csv-parse but no writer, and this is one line.
 */
export const csvLine = (cells: readonly (string | number | null | undefined)[]): string =>
  cells.map((cell) => `"${String(cell ?? '').replaceAll('"', '""')}"`).join(',')
