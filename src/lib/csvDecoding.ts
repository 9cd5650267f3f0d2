/**
 * A CSV file as people save it from a spreadsheet, read into rows of cells: UTF-8 only (a
 * Windows-1258 or Latin-1 file is refused, not read as mojibake), the byte-order mark dropped, a
 * comma or, as Excel writes it in a Vietnamese locale, a semicolon between cells.
 */
import { parse as parseCsv } from 'csv-parse/sync'

/** Why a file could not be read as CSV; `line` as csv-parse counts them. */
export type CsvProblem = { reason: 'notUtf8' | 'empty' } | { reason: 'malformed'; line: null | number; records: number }

export type DecodedCsv = { ok: true; records: string[][] } | { ok: false; problem: CsvProblem }

/** The file's text, in composed Unicode (NFC) as state systems keep it, whatever the spreadsheet wrote. */
const decode = (bytes: Uint8Array | string): string | null => {
  if (typeof bytes === 'string') return bytes.replace(/^\uFEFF/, '').normalize('NFC')
  try {
    // fatal: a file in another encoding is refused. The BOM is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC')
  } catch {
    return null
  }
}

const headerCells = (text: string, delimiter: string): string[] => {
  try {
    return (parseCsv(text, { delimiter, to: 1, relax_quotes: true, relax_column_count: true })[0] ?? []) as string[]
  } catch {
    return []
  }
}

/**
 * Comma or semicolon: whichever reads more known headers (a header such as "Phí, lệ phí" holds a
 * comma), then whichever splits the header into more cells.
 */
const detectDelimiter = (text: string, isKnownHeader: (cell: string) => boolean): string => {
  const score = (delimiter: string) => {
    const cells = headerCells(text, delimiter)
    return [cells.filter(isKnownHeader).length, cells.length] as const
  }
  const [commaKnown, commaCells] = score(',')
  const [semicolonKnown, semicolonCells] = score(';')
  if (semicolonKnown !== commaKnown) return semicolonKnown > commaKnown ? ';' : ','
  return semicolonCells > commaCells ? ';' : ','
}

/** Excel's "sep=;" first line names the separator and is not shown as a row. */
const separatorLine = /^sep=(.)\r?\n/i

/** The file's rows of cells, the header row first; `isKnownHeader` tells the delimiter apart. */
export const decodeCsv = (bytes: Uint8Array | string, isKnownHeader: (cell: string) => boolean): DecodedCsv => {
  let text = decode(bytes)
  if (text === null) return { ok: false, problem: { reason: 'notUtf8' } }
  let delimiter: string
  const separator = separatorLine.exec(text)
  if (separator) {
    delimiter = separator[1]!
    text = text.slice(separator[0].length)
  } else {
    delimiter = detectDelimiter(text, isKnownHeader)
  }
  if (text.trim() === '') return { ok: false, problem: { reason: 'empty' } }
  try {
    return { ok: true, records: parseCsv(text, { delimiter, relax_column_count: true }) as string[][] }
  } catch (error) {
    const { lines, records } = error as { lines?: number; records?: number }
    return { ok: false, problem: { reason: 'malformed', line: lines ?? null, records: records ?? 0 } }
  }
}
