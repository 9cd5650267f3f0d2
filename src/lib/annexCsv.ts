/**
 * The annex of a Quyết định công bố TTHC (the list of procedures the decision changes), imported
 * from a CSV file an editor saves from Excel: one row per item, headers in Vietnamese or English
 * (annexColumns.ts), each cell read by annexRowSyntax.ts. Every problem is reported with its
 * spreadsheet row and column, those of the decision's own rules (announcementPlan.ts) too.
 */
import type { CellProblem } from './annexRowSyntax.ts'
import type { ItemProblem, PlanError } from './announcementPlan.ts'
import type { AnnouncementItem } from './procedure.ts'

import { type AnnexColumnKey, annexColumns, columnByHeader, foldHeader } from './annexColumns.ts'
import { readAnnexRow } from './annexRowSyntax.ts'
import { type CsvProblem, decodeCsv } from './csvDecoding.ts'

/** Why a file, a header or a cell was refused; the caller words it. */
export type AnnexProblem =
  | CsvProblem
  | CellProblem
  | ItemProblem
  | { reason: 'noRows' }
  | { reason: 'tooManyRows'; rows: number; max: number }
  | { reason: 'headerlessData' | 'beyondColumns'; column: string }
  | { reason: 'unknownColumn'; header: string }
  | { reason: 'repeatedColumn'; header: string; earlier: string; key: AnnexColumnKey }
  | { reason: 'missingColumn'; key: AnnexColumnKey }
  | { reason: 'moreErrors'; count: number }
  /** A list the file names that the database does not have. */
  | { reason: 'unknownList'; name: string }

export type AnnexError = {
  /** The row as a spreadsheet shows it: the header is row 1; 0 is the file as a whole. */
  row: number
  /** The header as written in the file, or the column letter when it has none. */
  column?: string
  problem: AnnexProblem
}

export type AnnexResult = {
  /** Every row read, and there is one. */
  ok: boolean
  /** The items of the rows that read, in order. */
  items: AnnouncementItem[]
  /** The spreadsheet row of each item, in the same order, for errors found later (against the database). */
  rows: number[]
  /** Each column's header as written in the file, for the same purpose. */
  headers: Partial<Record<AnnexColumnKey, string>>
  errors: AnnexError[]
}

/** Past this many, the rest are counted, not listed. */
export const maxAnnexErrors = 200

/**
 * Rows one import takes. A commune's whole list is some 400 procedures and a province's decision
 * a few hundred; a decision's items are written in one statement, and past about 3,000 rows that
 * statement needs more than the 65,535 parameters PostgreSQL binds. A larger file is refused
 * before any row is read into the decision; split it into several decisions.
 */
export const maxAnnexRows = 2_000

const requiredColumns: AnnexColumnKey[] = ['kind', 'code']

/** Spreadsheet column letters: 0 -> A, 26 -> AA. */
const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26))

const refused = (errors: AnnexError[]): AnnexResult => ({ ok: false, items: [], rows: [], headers: {}, errors })

/**
 * Reads an annex CSV (UTF-8, BOM allowed; comma or semicolon separated; headers in Vietnamese or
 * English, with or without diacritics) into decision items: those of the rows that read, and an
 * error for every header and cell that does not, by spreadsheet row and column.
 */
export const parseAnnexCsv = (bytes: Uint8Array | string): AnnexResult => {
  const decoded = decodeCsv(bytes, (cell) => columnByHeader.has(foldHeader(cell)))
  if (!decoded.ok) {
    const { problem } = decoded
    return refused([{ row: problem.reason === 'malformed' ? problem.records + 1 : 0, problem }])
  }

  const errors: AnnexError[] = []
  const [headerRow = [], ...dataRows] = decoded.records
  const filled = dataRows.filter((cells) => cells.some((cell) => cell.trim() !== '')).length
  if (filled > maxAnnexRows) return refused([{ row: 0, problem: { reason: 'tooManyRows', rows: filled, max: maxAnnexRows } }])

  const keyAt: (AnnexColumnKey | undefined)[] = []
  const headerOf = new Map<AnnexColumnKey, string>()
  let headerUnusable = false
  headerRow.forEach((cell, index) => {
    const shown = cell.trim()
    if (shown === '') {
      // Excel leaves empty header cells after the last column; they matter only with data under them.
      if (dataRows.some((row) => (row[index] ?? '').trim() !== '')) {
        errors.push({ row: 1, column: columnLetter(index), problem: { reason: 'headerlessData', column: columnLetter(index) } })
      }
      return
    }
    const key = columnByHeader.get(foldHeader(shown))
    if (key === undefined) {
      errors.push({ row: 1, column: shown, problem: { reason: 'unknownColumn', header: shown } })
      return
    }
    const earlier = headerOf.get(key)
    if (earlier !== undefined) {
      headerUnusable = true
      errors.push({ row: 1, column: shown, problem: { reason: 'repeatedColumn', header: shown, earlier, key } })
      return
    }
    headerOf.set(key, shown)
    keyAt[index] = key
  })
  for (const key of requiredColumns) {
    if (!headerOf.has(key)) {
      headerUnusable = true
      errors.push({ row: 1, problem: { reason: 'missingColumn', key } })
    }
  }
  if (headerUnusable) return refused(errors)

  const items: AnnouncementItem[] = []
  const rows: number[] = []
  dataRows.forEach((cells, index) => {
    const row = index + 2
    if (cells.every((cell) => cell.trim() === '')) return
    const input: Partial<Record<AnnexColumnKey, string>> = {}
    cells.forEach((cell, at) => {
      const value = cell.trim().normalize('NFC')
      if (value === '') return
      const key = keyAt[at]
      if (key !== undefined) input[key] = value
      else if (at >= headerRow.length) errors.push({ row, column: columnLetter(at), problem: { reason: 'beyondColumns', column: columnLetter(at) } })
    })
    const read = readAnnexRow(input)
    if (read.ok) {
      items.push(read.item)
      rows.push(row)
    } else {
      for (const { key, problem } of read.problems) {
        const column = key === undefined ? undefined : headerOf.get(key)
        errors.push({ row, ...(column === undefined ? {} : { column }), problem })
      }
    }
  })
  if (errors.length === 0 && items.length === 0) errors.push({ row: 2, problem: { reason: 'noRows' } })
  return { ok: errors.length === 0, items, rows, headers: Object.fromEntries(headerOf), errors }
}

/**
 * Where an item's field stands in the file: the item's row, and the column the field came from as
 * the file names it, else its documented Vietnamese header (`items.3.data.channels.1` is "channels").
 */
export const placeInFile = (parsed: Pick<AnnexResult, 'headers' | 'rows'>, index: number, path: string): undefined | { row: number; column: string } => {
  const row = parsed.rows[index]
  if (row === undefined) return undefined
  const key = path.split('.').findLast((segment) => !/^\d+$/.test(segment) && segment !== 'items') as AnnexColumnKey
  return { row, column: parsed.headers[key] ?? annexColumns.find((column) => column.key === key)?.vi ?? key }
}

/**
 * All the file's errors, in row order, at most `maxAnnexErrors` of them: those of reading it and
 * those the decision's rules found in its items (`planErrors`, by item index and field path),
 * each at the item's row and its field's column; an item named by another is named by its row.
 */
export const annexErrors = (parsed: AnnexResult, planErrors: readonly PlanError[]): AnnexError[] => {
  const located = planErrors.map(({ index, path, ...problem }): AnnexError => {
    const other = 'other' in problem ? { other: parsed.rows[problem.other]! } : {}
    return { ...placeInFile(parsed, index, path)!, problem: { ...problem, ...other } as AnnexProblem }
  })
  const sorted = [...parsed.errors, ...located].map((error, at) => ({ error, at })).sort((a, b) => a.error.row - b.error.row || a.at - b.at)
  const shown = sorted.slice(0, maxAnnexErrors).map(({ error }) => error)
  const more = sorted.length - shown.length
  if (more > 0) shown.push({ row: 0, problem: { reason: 'moreErrors', count: more } })
  return shown
}
