import { stringify } from 'csv-stringify/sync'

// A cell a spreadsheet would read as a formula (=, +, -, @) is kept as text; a negative number is a number.
const asText = (cell: string) => (/^[=+\-@]/.test(cell) && !/^-\d+([.,]\d+)?$/.test(cell) ? `'${cell}` : cell)

/** A CSV that Excel opens with its Vietnamese intact: UTF-8 with a byte-order mark, every cell quoted, formulas defused. */
export const spreadsheetCsv = (header: string[], rows: string[][]): string =>
  `\uFEFF${stringify([header, ...rows.map((row) => row.map(asText))], { quoted: true, record_delimiter: 'windows' })}`
