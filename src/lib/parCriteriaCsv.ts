/**
 * A criteria set imported from the CSV the province's table is saved as (same conventions as the
 * annex import: UTF-8, comma or semicolon, headers in Vietnamese or English with or without
 * diacritics). Every problem is given with its spreadsheet row (the header is row 1) and column.
 */
import { foldHeader } from './annexColumns.ts'
import { type CsvProblem, decodeCsv } from './csvDecoding.ts'
import { checkCriteriaTree, type Criterion, type TreeProblem } from './parCriteria.ts'

type ColumnKey = 'code' | 'name' | 'maxScore' | 'step' | 'guidance' | 'evidenceRequired'

/** The columns, in template order, with every header read as each. */
export const parCriteriaColumns: readonly { key: ColumnKey; vi: string; en: string; headers: readonly string[]; required?: true }[] = [
  { key: 'code', vi: 'Mã', en: 'code', headers: ['mã', 'mã tiêu chí', 'stt', 'số thứ tự', 'code'], required: true },
  { key: 'name', vi: 'Tiêu chí', en: 'name', headers: ['tiêu chí', 'tên tiêu chí', 'nội dung', 'lĩnh vực, tiêu chí', 'name', 'criterion'], required: true },
  { key: 'maxScore', vi: 'Điểm tối đa', en: 'maxScore', headers: ['điểm tối đa', 'điểm', 'max', 'max score', 'maxscore'], required: true },
  { key: 'step', vi: 'Bước điểm', en: 'step', headers: ['bước điểm', 'bước', 'step'] },
  { key: 'guidance', vi: 'Hướng dẫn chấm điểm', en: 'guidance', headers: ['hướng dẫn chấm điểm', 'hướng dẫn', 'cách chấm', 'guidance'] },
  {
    key: 'evidenceRequired',
    vi: 'Tài liệu kiểm chứng',
    en: 'evidenceRequired',
    headers: ['tài liệu kiểm chứng', 'tài liệu', 'evidence', 'evidence required', 'evidencerequired'],
  },
]

const keyByHeader: ReadonlyMap<string, ColumnKey> = new Map(
  parCriteriaColumns.flatMap((column) => column.headers.map((header) => [foldHeader(header), column.key] as const)),
)

export const maxCriteriaRows = 1_000

export type CriteriaCsvProblem =
  | CsvProblem
  | Exclude<TreeProblem, { reason: 'noCriteria' }>
  | { reason: 'noRows' }
  | { reason: 'tooManyRows'; rows: number; max: number }
  | { reason: 'unknownColumn'; header: string }
  | { reason: 'repeatedColumn'; header: string }
  | { reason: 'missingColumn'; header: string }
  | { reason: 'emptyCell' }
  | { reason: 'notANumber'; value: string }

export type CriteriaCsvError = { row: number; column?: string; problem: CriteriaCsvProblem }

export type CriteriaCsvResult = { ok: true; criteria: Criterion[] } | { ok: false; errors: CriteriaCsvError[] }

/** A number as a Vietnamese spreadsheet may write it: `2,5` or `2.5`. */
const readNumber = (cell: string): number | null => {
  const text = cell.replace(/\s/g, '').replace(',', '.')
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null
}

/** Reads the file, checks each row, then the tree (codes, parents, sums); all or nothing. */
export const parseCriteriaCsv = (bytes: Uint8Array | string): CriteriaCsvResult => {
  const decoded = decodeCsv(bytes, (cell) => keyByHeader.has(foldHeader(cell)))
  if (!decoded.ok) {
    const { problem } = decoded
    return { ok: false, errors: [{ row: problem.reason === 'malformed' ? problem.records + 1 : 0, problem }] }
  }
  const [headerRow = [], ...dataRows] = decoded.records
  const errors: CriteriaCsvError[] = []
  const keyAt: (ColumnKey | undefined)[] = []
  const headerOf = new Map<ColumnKey, string>()
  headerRow.forEach((cell, index) => {
    const shown = cell.trim()
    if (shown === '') return
    const key = keyByHeader.get(foldHeader(shown))
    if (key === undefined) return void errors.push({ row: 1, column: shown, problem: { reason: 'unknownColumn', header: shown } })
    if (headerOf.has(key)) return void errors.push({ row: 1, column: shown, problem: { reason: 'repeatedColumn', header: shown } })
    headerOf.set(key, shown)
    keyAt[index] = key
  })
  for (const column of parCriteriaColumns) {
    if (column.required && !headerOf.has(column.key)) errors.push({ row: 1, problem: { reason: 'missingColumn', header: column.vi } })
  }
  if (errors.length > 0) return { ok: false, errors }

  const filled = dataRows.filter((cells) => cells.some((cell) => cell.trim() !== ''))
  if (filled.length > maxCriteriaRows) return { ok: false, errors: [{ row: 0, problem: { reason: 'tooManyRows', rows: filled.length, max: maxCriteriaRows } }] }

  const criteria: Criterion[] = []
  const rowOf: number[] = []
  const columnName = (key: ColumnKey) => headerOf.get(key) ?? parCriteriaColumns.find((c) => c.key === key)!.vi
  dataRows.forEach((cells, index) => {
    const row = index + 2
    if (cells.every((cell) => cell.trim() === '')) return
    const input: Partial<Record<ColumnKey, string>> = {}
    cells.forEach((cell, at) => {
      const key = keyAt[at]
      const value = cell.trim().normalize('NFC')
      if (key && value !== '') input[key] = value
    })
    let ok = true
    for (const key of ['code', 'name', 'maxScore'] as const) {
      if (input[key] === undefined) {
        ok = false
        errors.push({ row, column: columnName(key), problem: { reason: 'emptyCell' } })
      }
    }
    const numbers: Partial<Record<'maxScore' | 'step', number>> = {}
    for (const key of ['maxScore', 'step'] as const) {
      const cell = input[key]
      if (cell === undefined) continue
      const value = readNumber(cell)
      if (value === null) {
        ok = false
        errors.push({ row, column: columnName(key), problem: { reason: 'notANumber', value: cell } })
      } else numbers[key] = value
    }
    if (!ok) return
    criteria.push({
      code: input.code!,
      name: input.name!,
      maxScore: numbers.maxScore!,
      step: numbers.step ?? null,
      guidance: input.guidance ?? null,
      evidenceRequired: input.evidenceRequired ?? null,
    })
    rowOf.push(row)
  })
  if (errors.length > 0) return { ok: false, errors }
  if (criteria.length === 0) return { ok: false, errors: [{ row: 2, problem: { reason: 'noRows' } }] }
  const tree = checkCriteriaTree(criteria)
  if (tree.length > 0) {
    return {
      ok: false,
      errors: tree.flatMap((problem) =>
        problem.reason === 'noCriteria' ? [] : [{ row: rowOf[problem.index]!, column: columnName(problem.field), problem }],
      ),
    }
  }
  return { ok: true, criteria }
}
