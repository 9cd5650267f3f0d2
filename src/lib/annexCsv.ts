/**
 * The annex of a Quyết định công bố TTHC (the list of procedures the decision changes), imported
 * from a CSV file an editor saves from Excel: one row per item, headers in Vietnamese or English.
 * Every row is checked and every problem reported with its spreadsheet row and column; items come
 * back only when the whole file is right.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { format, isValid, parse as parseDate } from 'date-fns'
import { z } from 'zod'

import { foldVietnamese } from './foldVietnamese.ts'
import {
  type AnnouncementItem,
  type ChannelKind,
  channelKinds,
  type ImplementingLevel,
  type ItemKind,
  type OnlineLevel,
  type ProcedureData,
} from './procedure.ts'
import { parseProcedureCode } from './procedureCode.ts'

export type AnnexColumnKey =
  | 'kind'
  | 'code'
  | 'replacementCode'
  | 'name'
  | 'sector'
  | 'level'
  | 'agency'
  | 'onlineLevel'
  | 'partialReason'
  | 'channels'
  | 'processingTime'
  | 'fees'
  | 'result'
  | 'requirements'
  | 'portalUrl'
  | 'changes'
  | 'effectiveDate'

export type AnnexColumn = {
  key: AnnexColumnKey
  /** The Vietnamese header a template uses. */
  vi: string
  /** The English header. */
  en: string
  /** Every header read as this column, case, diacritics, spaces and underscores aside. */
  headers: readonly string[]
  /** What goes in the column, "Vietnamese / English". */
  description: string
}

/** The annex columns, in template order: for the README, the admin hint and the import itself. */
export const annexColumns: readonly AnnexColumn[] = [
  {
    key: 'kind',
    vi: 'Loại thay đổi',
    en: 'kind',
    headers: ['loại', 'loại thay đổi', 'kind'],
    description:
      'Bắt buộc: mới ban hành, sửa đổi bổ sung, thay thế hoặc bãi bỏ / Required: new, amended, replaced or repealed',
  },
  {
    key: 'code',
    vi: 'Mã thủ tục',
    en: 'code',
    headers: ['mã', 'mã thủ tục', 'mã TTHC', 'code'],
    description:
      'Bắt buộc: mã trên Cơ sở dữ liệu quốc gia, 1.000894 hoặc 1.000894.000.00.00.H29 / Required: the national database code, 1.000894 or 1.000894.000.00.00.H29',
  },
  {
    key: 'replacementCode',
    vi: 'Mã thay thế',
    en: 'replacement code',
    headers: ['mã thay thế', 'thay thế bằng', 'replacement code'],
    description:
      'Chỉ với loại thay thế, và bắt buộc: mã thủ tục thay thế / For replaced items only, and required there: the code of the procedure that takes its place',
  },
  {
    key: 'name',
    vi: 'Tên thủ tục',
    en: 'name',
    headers: ['tên', 'tên thủ tục', 'tên TTHC', 'name'],
    description: 'Bắt buộc với thủ tục mới ban hành / Required for new procedures',
  },
  {
    key: 'sector',
    vi: 'Lĩnh vực',
    en: 'sector',
    headers: ['lĩnh vực', 'sector'],
    description: 'Bắt buộc với thủ tục mới ban hành, ví dụ Hộ tịch / Required for new procedures, e.g. Hộ tịch (civil status)',
  },
  {
    key: 'level',
    vi: 'Cấp thực hiện',
    en: 'level',
    headers: ['cấp thực hiện', 'level'],
    description: 'cấp xã, cấp huyện, cấp tỉnh hoặc trung ương / commune, district, province or central',
  },
  {
    key: 'agency',
    vi: 'Cơ quan thực hiện',
    en: 'agency',
    headers: ['cơ quan thực hiện', 'cơ quan', 'agency'],
    description: 'Cơ quan giải quyết thủ tục / The agency that handles the procedure',
  },
  {
    key: 'onlineLevel',
    vi: 'Mức độ DVC',
    en: 'online level',
    headers: ['mức độ', 'mức độ DVC', 'dịch vụ công trực tuyến', 'online level'],
    description:
      'toàn trình, một phần hoặc không; mức độ 4 cũ là toàn trình, mức độ 3 là một phần / toàn trình (whole procedure online), một phần (partly online) or không (not online); former level 4 reads as toàn trình, level 3 as một phần',
  },
  {
    key: 'partialReason',
    vi: 'Lý do một phần',
    en: 'partial reason',
    headers: ['lý do một phần', 'lý do', 'partial reason'],
    description:
      'Bắt buộc khi mức độ là một phần: lý do chưa cung cấp toàn trình / Required when the level is một phần: why the procedure is not wholly online',
  },
  {
    key: 'channels',
    vi: 'Cách thức thực hiện',
    en: 'channels',
    headers: ['cách thức thực hiện', 'cách thức', 'channels'],
    description:
      'trực tiếp, trực tuyến, bưu chính; cách nhau bởi dấu ; hoặc , / in person (trực tiếp), online (trực tuyến), postal (bưu chính); separated by ; or ,',
  },
  {
    key: 'processingTime',
    vi: 'Thời hạn giải quyết',
    en: 'processing time',
    headers: ['thời hạn giải quyết', 'thời hạn', 'processing time'],
    description: 'Ví dụ 05 ngày làm việc / E.g. 05 ngày làm việc (5 working days)',
  },
  {
    key: 'fees',
    vi: 'Phí, lệ phí',
    en: 'fees',
    headers: ['phí, lệ phí', 'phí lệ phí', 'lệ phí', 'fees'],
    description: 'Phí, lệ phí phải nộp, hoặc Không / Fees and charges, or Không (none)',
  },
  {
    key: 'result',
    vi: 'Kết quả',
    en: 'result',
    headers: ['kết quả', 'result'],
    description: 'Kết quả thực hiện thủ tục / What the applicant receives',
  },
  {
    key: 'requirements',
    vi: 'Yêu cầu, điều kiện',
    en: 'requirements',
    headers: ['yêu cầu, điều kiện', 'yêu cầu điều kiện', 'requirements'],
    description: 'Yêu cầu, điều kiện thực hiện, nếu có / Requirements and conditions, if any',
  },
  {
    key: 'portalUrl',
    vi: 'Đường dẫn',
    en: 'portal url',
    headers: ['đường dẫn', 'link', 'cổng dịch vụ công', 'portal url'],
    description:
      'Địa chỉ https của thủ tục trên Cổng dịch vụ công / The https address of the procedure on the public service portal',
  },
  {
    key: 'changes',
    vi: 'Nội dung sửa đổi',
    en: 'changes',
    headers: ['nội dung sửa đổi', 'nội dung thay đổi', 'changes'],
    description: 'Bắt buộc với sửa đổi, bổ sung: nội dung được sửa / Required for amended items: what changed',
  },
  {
    key: 'effectiveDate',
    vi: 'Ngày hiệu lực',
    en: 'effective date',
    headers: ['ngày hiệu lực', 'hiệu lực từ', 'effective date'],
    description:
      'dd/mm/yyyy; để trống nếu theo ngày hiệu lực của quyết định / dd/mm/yyyy; empty means the decision’s own effective date',
  },
]

export type AnnexError = {
  /** The row as a spreadsheet shows it: the header is row 1; 0 is the file as a whole. */
  row: number
  /** The header as written in the file, or the column letter when it has none. */
  column?: string
  message: string
}

export type AnnexResult =
  | {
      ok: true
      items: AnnouncementItem[]
      /** The spreadsheet row of each item, in the same order, for errors found later (e.g. against the database). */
      rows: number[]
      /** Each column's header as written in the file, for the same purpose. */
      headers: Partial<Record<AnnexColumnKey, string>>
    }
  | { ok: false; errors: AnnexError[] }

/** Past this many, the rest are counted, not listed. */
export const maxAnnexErrors = 200

/**
 * Rows one import takes. A commune's whole list is some 400 procedures and a province's decision
 * a few hundred; a decision's items are written in one statement, and past about 3,000 rows that
 * statement needs more than the 65,535 parameters PostgreSQL binds. A larger file is refused
 * before any row is read into the decision; split it into several decisions.
 */
export const maxAnnexRows = 2_000

/** Headers and values compared folded: no case, no diacritics, punctuation and `_` read as spaces. */
const label = (text: string): string =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const columnByLabel = new Map(annexColumns.flatMap((column) => column.headers.map((header) => [label(header), column.key] as const)))
const columnByKey = new Map(annexColumns.map((column) => [column.key, column]))
const requiredColumns: AnnexColumnKey[] = ['kind', 'code']

const byLabel = <T>(entries: [T, string[]][]): ReadonlyMap<string, T> =>
  new Map(entries.flatMap(([value, spellings]) => spellings.map((spelling) => [label(spelling), value] as const)))

const kinds = byLabel<ItemKind>([
  ['new', ['mới', 'mới ban hành', 'ban hành mới', 'new']],
  ['amended', ['sửa đổi', 'bổ sung', 'sửa đổi, bổ sung', 'amended']],
  ['replaced', ['thay thế', 'replaced']],
  ['repealed', ['bãi bỏ', 'repealed']],
])
const levels = byLabel<ImplementingLevel>([
  ['commune', ['cấp xã', 'xã', 'commune']],
  ['district', ['cấp huyện', 'huyện', 'district']],
  ['province', ['cấp tỉnh', 'tỉnh', 'province']],
  ['central', ['trung ương', 'cấp trung ương', 'central']],
])
// Levels 1 and 2 of the old scale were never online services: under Nghị định 42/2022 they are none.
const onlineLevelByLabel = byLabel<OnlineLevel | null>([
  ['toan_trinh', ['toàn trình', 'toan_trinh', 'full', '4', 'mức 4', 'mức độ 4']],
  ['mot_phan', ['một phần', 'mot_phan', 'partial', '3', 'mức 3', 'mức độ 3']],
  [null, ['không', 'none', '1', '2', 'mức 1', 'mức 2', 'mức độ 1', 'mức độ 2']],
])
const onlineLevelPrefix = /^(?:dich vu cong truc tuyen|dvc truc tuyen|dvc) /
const channelByLabel = byLabel<ChannelKind>([
  ['in_person', ['trực tiếp', 'in person']],
  ['online', ['trực tuyến', 'online']],
  ['postal', ['bưu chính', 'bưu chính công ích', 'dịch vụ bưu chính', 'dịch vụ bưu chính công ích', 'postal']],
])
// "Nộp hồ sơ qua dịch vụ bưu chính công ích" names the same channel as "bưu chính".
const channelPrefix = /^(?:nop )?(?:ho so )?(?:qua )?/

/** A cell as quoted in a message: short, on one line. */
const quote = (text: string): string => {
  const line = text.replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 60)}…` : line
}

type FieldOptions = {
  /** Folded spellings lose this prefix before lookup. */
  prefix?: RegExp
  /** The refusal for an empty cell, when the cell is required. */
  missing?: string
}

const lookup = <T>(table: ReadonlyMap<string, T>, refusal: (cell: string) => string, options: FieldOptions = {}) =>
  z
    .string()
    .optional()
    .transform((cell, ctx): T | undefined => {
      if (cell === undefined) {
        if (options.missing) ctx.addIssue({ code: 'custom', message: options.missing })
        return undefined
      }
      const key = options.prefix ? label(cell).replace(options.prefix, '') : label(cell)
      if (table.has(key)) return table.get(key)
      ctx.addIssue({ code: 'custom', message: refusal(cell) })
      // A failed field reads as absent, so the checks across fields still run on the rest.
      return undefined
    })

const procedureCode = (options: FieldOptions = {}) =>
  z
    .string()
    .optional()
    .transform((cell, ctx) => {
      if (cell === undefined) {
        if (options.missing) ctx.addIssue({ code: 'custom', message: options.missing })
        return undefined
      }
      const result = parseProcedureCode(cell)
      if (result.ok) return result
      ctx.addIssue({ code: 'custom', message: result.message })
      return undefined
    })

const channelsField = z
  .string()
  .optional()
  .transform((cell, ctx): ChannelKind[] | undefined => {
    if (cell === undefined) return undefined
    const found = new Set<ChannelKind>()
    for (const part of cell.split(/[;,\n\r]+/)) {
      if (part.trim() === '') continue
      const channel = channelByLabel.get(label(part).replace(channelPrefix, ''))
      if (channel) found.add(channel)
      else {
        ctx.addIssue({
          code: 'custom',
          message: `Cách thức không hợp lệ «${quote(part.trim())}»: dùng trực tiếp, trực tuyến, bưu chính / Unknown channel "${quote(part.trim())}": use trực tiếp (in person), trực tuyến (online), bưu chính (postal)`,
        })
      }
    }
    return channelKinds.filter((channel) => found.has(channel))
  })

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain })
const portalUrlField = z
  .string()
  .optional()
  .refine((cell) => cell === undefined || (/^https:\/\/[^\s/]/i.test(cell) && httpsUrl.safeParse(cell).success), {
    error: (issue) =>
      `Đường dẫn không hợp lệ «${quote(String(issue.input))}»: cần địa chỉ đầy đủ bắt đầu bằng https:// / Invalid link "${quote(String(issue.input))}": a full address starting with https:// is needed`,
  })

const dayMonthYear = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const isoDate = /^\d{4}-\d{1,2}-\d{1,2}$/
// date-fns, not arithmetic, decides whether 31/02 exists.
const dateField = z
  .string()
  .optional()
  .transform((cell, ctx): string | undefined => {
    if (cell === undefined) return undefined
    const dmy = dayMonthYear.exec(cell)
    const reference = new Date(2000, 0, 1)
    const date = dmy
      ? parseDate(`${dmy[1]}/${dmy[2]}/${dmy[3]}`, 'd/M/yyyy', reference)
      : isoDate.test(cell)
        ? parseDate(cell, 'yyyy-M-d', reference)
        : undefined
    if (date && isValid(date)) return format(date, 'yyyy-MM-dd')
    ctx.addIssue({
      code: 'custom',
      message: `Ngày không hợp lệ «${quote(cell)}»: cần một ngày có thật, dạng dd/mm/yyyy (ví dụ 01/07/2026) / Invalid date "${quote(cell)}": a real date is needed, as dd/mm/yyyy (e.g. 01/07/2026)`,
    })
    return undefined
  })

const text = z.string().optional()
const header = (key: AnnexColumnKey) => `«${columnByKey.get(key)!.vi}» (${columnByKey.get(key)!.en})`

/** One row, its cells keyed by column; empty cells are absent. Built once, used for every row. */
const rowSchema = z
  .object({
    kind: lookup(
      kinds,
      (cell) =>
        `Loại thay đổi không hợp lệ «${quote(cell)}»: dùng mới ban hành, sửa đổi bổ sung, thay thế hoặc bãi bỏ / Unknown kind "${quote(cell)}": use mới ban hành (new), sửa đổi bổ sung (amended), thay thế (replaced) or bãi bỏ (repealed)`,
      { missing: 'Thiếu loại thay đổi / Missing kind' },
    ),
    code: procedureCode({ missing: 'Thiếu mã thủ tục / Missing procedure code' }),
    replacementCode: procedureCode(),
    name: text,
    sector: text,
    level: lookup(
      levels,
      (cell) =>
        `Cấp thực hiện không hợp lệ «${quote(cell)}»: dùng cấp xã, cấp huyện, cấp tỉnh hoặc trung ương / Unknown level "${quote(cell)}": use cấp xã (commune), cấp huyện (district), cấp tỉnh (province) or trung ương (central)`,
    ),
    agency: text,
    onlineLevel: lookup(
      onlineLevelByLabel,
      (cell) =>
        `Mức độ DVC không hợp lệ «${quote(cell)}»: dùng toàn trình, một phần hoặc không / Unknown online level "${quote(cell)}": use toàn trình (whole), một phần (partial) or không (none)`,
      { prefix: onlineLevelPrefix },
    ),
    partialReason: text,
    channels: channelsField,
    processingTime: text,
    fees: text,
    result: text,
    requirements: text,
    portalUrl: portalUrlField,
    changes: text,
    effectiveDate: dateField,
  })
  .superRefine(
    (row, ctx) => {
      const problem = (key: AnnexColumnKey, message: string) => ctx.addIssue({ code: 'custom', path: [key], message })
      if (row.kind === 'replaced') {
        if (row.replacementCode === undefined) {
          problem(
            'replacementCode',
            `Thiếu mã thay thế: thủ tục bị thay thế phải nêu mã thủ tục thay thế ở cột ${header('replacementCode')} / Missing replacement code: a replaced procedure must name the one that takes its place in the ${header('replacementCode')} column`,
          )
        } else if (row.code !== undefined && row.replacementCode.code === row.code.code) {
          problem(
            'replacementCode',
            `Mã thay thế ${row.replacementCode.code} trùng với mã thủ tục bị thay thế / The replacement code ${row.replacementCode.code} is the replaced procedure's own code`,
          )
        }
      } else if (row.kind !== undefined && row.replacementCode !== undefined) {
        problem(
          'replacementCode',
          `Chỉ điền mã thay thế khi loại thay đổi là thay thế / Fill in the replacement code only for replaced items`,
        )
      }
      if (row.kind === 'new') {
        if (row.name === undefined) {
          problem('name', `Thiếu tên thủ tục ${header('name')}: bắt buộc với thủ tục mới ban hành / Missing procedure name ${header('name')}: required for a new procedure`)
        }
        if (row.sector === undefined) {
          problem('sector', `Thiếu lĩnh vực ${header('sector')}: bắt buộc với thủ tục mới ban hành / Missing sector ${header('sector')}: required for a new procedure`)
        }
      }
      if (row.kind === 'amended' && row.changes === undefined) {
        problem(
          'changes',
          `Thiếu nội dung sửa đổi ${header('changes')}: bắt buộc với thủ tục sửa đổi, bổ sung / Missing changes ${header('changes')}: required for an amended procedure`,
        )
      }
      if (row.onlineLevel === 'mot_phan' && row.partialReason === undefined) {
        problem(
          'partialReason',
          `Thiếu lý do một phần ${header('partialReason')}: dịch vụ công một phần phải công khai lý do (Nghị định 224/2026/NĐ-CP) / Missing partial reason ${header('partialReason')}: a partly online service must publish why (Decree 224/2026/NĐ-CP)`,
        )
      }
      if ((row.onlineLevel === 'toan_trinh' || row.onlineLevel === null) && row.partialReason !== undefined) {
        problem(
          'partialReason',
          `Lý do một phần chỉ điền khi mức độ là một phần / A partial reason belongs only to a một phần (partly online) service`,
        )
      }
    },
    // Run even when a field failed, so that one pass reports every problem of the row.
    { when: () => true },
  )

type Row = z.output<typeof rowSchema>

const toItem = (row: Row): AnnouncementItem => {
  const item: AnnouncementItem = { kind: row.kind!, code: row.code!.code }
  if (row.code!.fullCode) item.fullCode = row.code!.fullCode
  if (row.replacementCode) item.replacementCode = row.replacementCode.code
  if (row.changes !== undefined) item.changes = row.changes
  if (row.effectiveDate !== undefined) item.effectiveDate = row.effectiveDate
  const data: ProcedureData = {}
  if (row.name !== undefined) data.name = row.name
  if (row.sector !== undefined) data.sector = row.sector
  if (row.level !== undefined) data.level = row.level
  if (row.agency !== undefined) data.agency = row.agency
  if (row.onlineLevel !== undefined) data.onlineLevel = row.onlineLevel
  if (row.partialReason !== undefined) data.partialReason = row.partialReason
  if (row.channels !== undefined && row.channels.length > 0) data.channels = row.channels
  if (row.processingTime !== undefined) data.processingTime = row.processingTime
  if (row.fees !== undefined) data.fees = row.fees
  if (row.result !== undefined) data.result = row.result
  if (row.requirements !== undefined) data.requirements = row.requirements
  if (row.portalUrl !== undefined) data.portalUrl = row.portalUrl
  if (Object.keys(data).length > 0) item.data = data
  return item
}

const notUtf8: AnnexError = {
  row: 0,
  message:
    "Tệp không phải UTF-8: trong Excel hãy chọn Lưu thành › CSV UTF-8 (phân cách bằng dấu phẩy) / The file is not UTF-8: in Excel, save as 'CSV UTF-8 (Comma delimited)'",
}

const decode = (bytes: Uint8Array | string): string | null => {
  if (typeof bytes === 'string') return bytes.replace(/^\uFEFF/, '')
  try {
    // fatal: a Windows-1258 or Latin-1 file must be refused, not read as mojibake. The BOM is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Spreadsheet column letters: 0 -> A, 26 -> AA. */
const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26))

const headerCells = (text: string, delimiter: string): string[] => {
  try {
    return (parseCsv(text, { delimiter, to: 1, relax_quotes: true, relax_column_count: true })[0] ?? []) as string[]
  } catch {
    return []
  }
}

/**
 * Comma, or semicolon as Excel writes it in a Vietnamese locale: whichever reads more known headers
 * (a header such as "Phí, lệ phí" holds a comma), then whichever splits the header into more cells.
 */
const detectDelimiter = (text: string): string => {
  const score = (delimiter: string) => {
    const cells = headerCells(text, delimiter)
    return [cells.filter((cell) => columnByLabel.has(label(cell))).length, cells.length] as const
  }
  const [commaKnown, commaCells] = score(',')
  const [semicolonKnown, semicolonCells] = score(';')
  if (semicolonKnown !== commaKnown) return semicolonKnown > commaKnown ? ';' : ','
  return semicolonCells > commaCells ? ';' : ','
}

const knownColumnsList = annexColumns.map((column) => column.vi).join(', ')
const knownColumnsListEn = annexColumns.map((column) => column.en).join(', ')

/** Excel's "sep=;" first line names the separator and is not shown as a row. */
const separatorLine = /^sep=(.)\r?\n/i

/**
 * Reads an annex CSV (UTF-8, BOM allowed; comma or semicolon separated; headers in Vietnamese or
 * English, with or without diacritics) into decision items. Nothing is returned as items unless
 * every row passes; otherwise every error is, with the spreadsheet row and the column's header.
 */
export const parseAnnexCsv = (bytes: Uint8Array | string): AnnexResult => {
  let text = decode(bytes)
  if (text === null) return { ok: false, errors: [notUtf8] }
  let delimiter: string
  const separator = separatorLine.exec(text)
  if (separator) {
    delimiter = separator[1]!
    text = text.slice(separator[0].length)
  } else {
    delimiter = detectDelimiter(text)
  }
  if (text.trim() === '') {
    return { ok: false, errors: [{ row: 0, message: 'Tệp trống / The file is empty' }] }
  }

  let records: string[][]
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true }) as string[][]
  } catch (error) {
    const csvError = error as { message?: string; lines?: number; records?: number }
    return {
      ok: false,
      errors: [
        {
          row: (csvError.records ?? 0) + 1,
          message: `Tệp CSV sai cấu trúc gần dòng ${csvError.lines ?? '?'}, thường do dấu ngoặc kép " không được đóng / The CSV is malformed near line ${csvError.lines ?? '?'}: ${csvError.message ?? 'unknown error'}`,
        },
      ],
    }
  }

  const errors: AnnexError[] = []
  const [headerRow = [], ...dataRows] = records
  const filled = dataRows.filter((cells) => cells.some((cell) => cell.trim() !== '')).length
  if (filled > maxAnnexRows) {
    return {
      ok: false,
      errors: [
        {
          row: 0,
          message: `Tệp có ${filled} dòng thủ tục; mỗi lần nhập tối đa ${maxAnnexRows} dòng, hãy chia thành nhiều quyết định / The file has ${filled} procedure rows; one import takes at most ${maxAnnexRows}, split it into several decisions`,
        },
      ],
    }
  }
  const keyAt: (AnnexColumnKey | undefined)[] = []
  const headerOf = new Map<AnnexColumnKey, string>()
  let headerUnusable = false
  headerRow.forEach((cell, index) => {
    const shown = cell.trim()
    if (shown === '') {
      // Excel leaves empty header cells after the last column; they matter only with data under them.
      if (dataRows.some((row) => (row[index] ?? '').trim() !== '')) {
        errors.push({
          row: 1,
          column: columnLetter(index),
          message: `Cột ${columnLetter(index)} có dữ liệu nhưng không có tiêu đề / Column ${columnLetter(index)} has data but no header`,
        })
      }
      return
    }
    const key = columnByLabel.get(label(shown))
    if (key === undefined) {
      errors.push({
        row: 1,
        column: shown,
        message: `Không nhận ra cột «${quote(shown)}». Các cột dùng được: ${knownColumnsList} / Unknown column "${quote(shown)}". Known columns: ${knownColumnsListEn}`,
      })
      return
    }
    const earlier = headerOf.get(key)
    if (earlier !== undefined) {
      headerUnusable = true
      errors.push({
        row: 1,
        column: shown,
        message: `Cột «${quote(shown)}» trùng với cột «${quote(earlier)}»: cả hai đều là ${header(key)} / Column "${quote(shown)}" repeats column "${quote(earlier)}": both are ${header(key)}`,
      })
      return
    }
    headerOf.set(key, shown)
    keyAt[index] = key
  })
  for (const key of requiredColumns) {
    if (!headerOf.has(key)) {
      headerUnusable = true
      const column = columnByKey.get(key)!
      errors.push({
        row: 1,
        message: `Thiếu cột bắt buộc «${column.vi}» (tiêu đề: ${column.headers.join(', ')}) / Missing required column "${column.en}" (headers: ${column.headers.join(', ')})`,
      })
    }
  }
  if (headerUnusable) return { ok: false, errors: capped(errors) }

  type Seen = { row: number; kind?: ItemKind; code?: string; replacementCode?: string }
  const seen: Seen[] = []
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
      else if (at >= headerRow.length) {
        errors.push({
          row,
          column: columnLetter(at),
          message: `Ô ở cột ${columnLetter(at)} nằm ngoài các cột có tiêu đề / The cell in column ${columnLetter(at)} is beyond the headed columns`,
        })
      }
    })
    const parsed = rowSchema.safeParse(input)
    if (parsed.success) {
      const item = toItem(parsed.data)
      items.push(item)
      rows.push(row)
      seen.push({ row, kind: item.kind, code: item.code, replacementCode: item.replacementCode })
    } else {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as AnnexColumnKey | undefined
        const column = key === undefined ? undefined : headerOf.get(key)
        errors.push({ row, ...(column === undefined ? {} : { column }), message: issue.message })
      }
      // Rows with errors still take part in the duplicate check, as far as they can be read.
      const code = input.code === undefined ? undefined : parseProcedureCode(input.code)
      const replacement = input.replacementCode === undefined ? undefined : parseProcedureCode(input.replacementCode)
      seen.push({
        row,
        kind: input.kind === undefined ? undefined : kinds.get(label(input.kind)),
        code: code?.ok ? code.code : undefined,
        replacementCode: replacement?.ok ? replacement.code : undefined,
      })
    }
  })

  errors.push(...crossRowErrors(seen, headerOf))
  if (errors.length > 0) return { ok: false, errors: capped(errors) }
  if (items.length === 0) {
    return { ok: false, errors: [{ row: 2, message: 'Tệp không có dòng thủ tục nào / The file has no procedure rows' }] }
  }
  return { ok: true, items, rows, headers: Object.fromEntries(headerOf) }
}

/**
 * A decision acts on a procedure once: the same code twice is an error, whatever the kinds. A
 * procedure may be replaced by one the same decision creates (`replaced` X by Y and `new` Y), but
 * not by one it repeals or replaces.
 */
const crossRowErrors = (
  seen: { row: number; kind?: ItemKind; code?: string; replacementCode?: string }[],
  headerOf: ReadonlyMap<AnnexColumnKey, string>,
): AnnexError[] => {
  const errors: AnnexError[] = []
  const first = new Map<string, { row: number; kind?: ItemKind }>()
  const codeColumn = headerOf.get('code')
  for (const { row, kind, code } of seen) {
    if (code === undefined) continue
    const earlier = first.get(code)
    if (earlier === undefined) {
      first.set(code, { row, kind })
      continue
    }
    errors.push({
      row,
      ...(codeColumn === undefined ? {} : { column: codeColumn }),
      message: `Mã ${code} có ở cả dòng ${earlier.row} và dòng ${row}: mỗi thủ tục chỉ được nêu một lần trong phụ lục / Code ${code} appears in both row ${earlier.row} and row ${row}: each procedure may appear only once in the annex`,
    })
  }
  const replacementColumn = headerOf.get('replacementCode')
  for (const { row, kind, code, replacementCode } of seen) {
    // Replaced by itself is the row's own error already.
    if (kind !== 'replaced' || replacementCode === undefined || replacementCode === code) continue
    const target = first.get(replacementCode)
    if (target?.kind !== 'replaced' && target?.kind !== 'repealed') continue
    const word = target.kind === 'replaced' ? { vi: 'bị thay thế', en: 'replaced' } : { vi: 'bị bãi bỏ', en: 'repealed' }
    errors.push({
      row,
      ...(replacementColumn === undefined ? {} : { column: replacementColumn }),
      message: `Mã thay thế ${replacementCode} lại ${word.vi} ở dòng ${target.row} / The replacement code ${replacementCode} is itself ${word.en} in row ${target.row}`,
    })
  }
  return errors
}

/** Errors in row order, the first `maxAnnexErrors` of them, then how many more there are. */
const capped = (errors: AnnexError[]): AnnexError[] => {
  const sorted = errors.map((error, at) => ({ error, at })).sort((a, b) => a.error.row - b.error.row || a.at - b.at)
  const shown = sorted.slice(0, maxAnnexErrors).map(({ error }) => error)
  const more = sorted.length - shown.length
  if (more > 0) {
    shown.push({ row: 0, message: `… và ${more} lỗi khác chưa hiển thị / … and ${more} more errors not shown` })
  }
  return shown
}
