/**
 * One row of a decision's annex file, cell by cell: each cell read as what its column holds
 * (a kind, a procedure code, a level, channels, a link, a date), in Vietnamese or English, with
 * or without diacritics. Only the cells' syntax: whether the item makes sense (a replacement for
 * a replaced procedure, a name for a new one…) is the decision's rule, `announcementPlan.ts`.
 */
import { format, isValid, parse as parseDate } from 'date-fns'
import { z } from 'zod'

import { type AnnexColumnKey, foldHeader } from './annexColumns.ts'
import {
  type AnnouncementItem,
  type ChannelKind,
  channelKinds,
  type DossierDocument,
  type ImplementingLevel,
  type ItemKind,
  type LegalBasisDocument,
  type OnlineLevel,
  type ProcedureData,
} from './procedure.ts'
import { parseDocumentNumber } from './documentNumber.ts'
import { parseProcedureCode, type ProcedureCodeProblem } from './procedureCode.ts'

/** Why a cell does not read; `cell` quoted as a message shows it. The caller words it. */
export type CellProblem =
  | { reason: 'kindMissing' | 'codeMissing' }
  | { reason: 'unknownKind' | 'unknownLevel' | 'unknownOnlineLevel' | 'unknownChannel' | 'invalidLink' | 'invalidDate' | 'unknownYesNo' | 'legalBasisNumber'; cell: string }
  | { reason: 'procedureCode'; problem: ProcedureCodeProblem }

export type RowSyntax = { ok: true; item: AnnouncementItem } | { ok: false; problems: { key?: AnnexColumnKey; problem: CellProblem }[] }

const byLabel = <T>(entries: [T, string[]][]): ReadonlyMap<string, T> =>
  new Map(entries.flatMap(([value, spellings]) => spellings.map((spelling) => [foldHeader(spelling), value] as const)))

/** The spellings of each kind of item. */
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
// A yes/no column: "x" is how a spreadsheet ticks a box.
const yesNoByLabel = byLabel<boolean>([
  [true, ['có', 'x', 'yes', 'true', '1', 'đúng', 'phi địa giới', 'liên thông']],
  [false, ['không', 'no', 'false', '0', 'sai']],
])
// "Nộp hồ sơ qua dịch vụ bưu chính công ích" names the same channel as "bưu chính".
const channelPrefix = /^(?:nop )?(?:ho so )?(?:qua )?/

/** A cell as quoted in a message: short, on one line. */
const quoteCell = (text: string): string => {
  const line = text.replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 60)}…` : line
}

type Issue = { addIssue: (issue: { code: 'custom'; message: string; params: { problem: CellProblem } }) => void }
const refuse = (ctx: Issue, problem: CellProblem) => ctx.addIssue({ code: 'custom', message: problem.reason, params: { problem } })

const lookup = <T>(
  table: ReadonlyMap<string, T>,
  reason: 'unknownKind' | 'unknownLevel' | 'unknownOnlineLevel' | 'unknownYesNo',
  { prefix, missing }: { prefix?: RegExp; missing?: 'kindMissing' } = {},
) =>
  z
    .string()
    .optional()
    .transform((cell, ctx): T | undefined => {
      if (cell === undefined) {
        if (missing) refuse(ctx, { reason: missing })
        return undefined
      }
      const key = prefix ? foldHeader(cell).replace(prefix, '') : foldHeader(cell)
      if (table.has(key)) return table.get(key)
      refuse(ctx, { reason, cell: quoteCell(cell) })
      // A failed cell reads as absent, so the other cells are still read.
      return undefined
    })

const procedureCode = ({ missing }: { missing?: 'codeMissing' } = {}) =>
  z
    .string()
    .optional()
    .transform((cell, ctx) => {
      if (cell === undefined) {
        if (missing) refuse(ctx, { reason: missing })
        return undefined
      }
      const result = parseProcedureCode(cell)
      if (result.ok) return result
      refuse(ctx, { reason: 'procedureCode', problem: result.problem })
      return undefined
    })

const channelsCell = z
  .string()
  .optional()
  .transform((cell, ctx): ChannelKind[] | undefined => {
    if (cell === undefined) return undefined
    const found = new Set<ChannelKind>()
    for (const part of cell.split(/[;,\n\r]+/)) {
      if (part.trim() === '') continue
      const channel = channelByLabel.get(foldHeader(part).replace(channelPrefix, ''))
      if (channel) found.add(channel)
      else refuse(ctx, { reason: 'unknownChannel', cell: quoteCell(part.trim()) })
    }
    return channelKinds.filter((channel) => found.has(channel))
  })

// The host allow-list is the decision's field rule; here only the form of an https address.
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain })
const linkCell = z
  .string()
  .optional()
  .superRefine((cell, ctx) => {
    if (cell !== undefined && !(/^https:\/\/[^\s/]/i.test(cell) && httpsUrl.safeParse(cell).success)) {
      refuse(ctx, { reason: 'invalidLink', cell: quoteCell(cell) })
    }
  })

const dayMonthYear = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const isoDate = /^\d{4}-\d{1,2}-\d{1,2}$/
// date-fns, not arithmetic, decides whether 31/02 exists.
const dateCell = z
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
    refuse(ctx, { reason: 'invalidDate', cell: quoteCell(cell) })
    return undefined
  })

const text = z.string().optional()

/** A cell's entries: one per line, or separated by ";" (an entry may hold a comma). */
const entriesOf = (cell: string) => cell.split(/[;\n\r]+/).map((entry) => entry.trim().replace(/\s+/g, ' ')).filter(Boolean)

const dossierCell = z
  .string()
  .optional()
  .transform((cell): DossierDocument[] | undefined => {
    const names = cell === undefined ? [] : entriesOf(cell)
    return names.length > 0 ? names.map((name) => ({ name })) : undefined
  })

// A number as documents write it: 60/2014/QH13, 123/2015/NĐ-CP, 04/2020/TT-BTP.
const numberInText = /\d+\s*\/\s*(?:\d{4}\s*\/\s*)?[\p{L}\p{N}]+(?:\s*-\s*[\p{L}\p{N}]+)*/gu
const legalBasisCell = z
  .string()
  .optional()
  .transform((cell, ctx): LegalBasisDocument[] | undefined => {
    if (cell === undefined) return undefined
    const documents: LegalBasisDocument[] = []
    for (const entry of entriesOf(cell)) {
      const found = [...entry.matchAll(numberInText)].map((match) => ({ match: match[0], parsed: parseDocumentNumber(match[0]) })).find(({ parsed }) => parsed.ok)
      if (!found || !found.parsed.ok) {
        refuse(ctx, { reason: 'legalBasisNumber', cell: quoteCell(entry) })
        continue
      }
      // What is left is the title: "Luật Hộ tịch số 60/2014/QH13" is Luật Hộ tịch.
      const title = entry.replace(found.match, '').replace(/\s*\b(?:số|so)\s*$/iu, '').replace(/^[\s,:;–-]+|[\s,:;–-]+$/g, '')
      documents.push({ number: found.parsed.value, ...(title ? { title } : {}) })
    }
    return documents.length > 0 ? documents : undefined
  })

/** List names, one per line or separated by ";" (a name may hold a comma). */
const listsCell = z
  .string()
  .optional()
  .transform((cell) => {
    if (cell === undefined) return undefined
    const names = [...new Set(cell.split(/[;\n\r]+/).map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean))]
    return names.length > 0 ? names : undefined
  })

/** One row, its cells keyed by column; empty cells are absent. Built once, used for every row. */
const rowSchema = z.object({
  kind: lookup(kinds, 'unknownKind', { missing: 'kindMissing' }),
  code: procedureCode({ missing: 'codeMissing' }),
  replacementCode: procedureCode(),
  name: text,
  sector: text,
  level: lookup(levels, 'unknownLevel'),
  agency: text,
  onlineLevel: lookup(onlineLevelByLabel, 'unknownOnlineLevel', { prefix: onlineLevelPrefix }),
  partialReason: text,
  channels: channelsCell,
  processingTime: text,
  fees: text,
  result: text,
  requirements: text,
  portalUrl: linkCell,
  changes: text,
  effectiveDate: dateCell,
  nonTerritorial: lookup(yesNoByLabel, 'unknownYesNo'),
  interlinked: lookup(yesNoByLabel, 'unknownYesNo'),
  lists: listsCell,
  applicants: text,
  steps: text,
  dossier: dossierCell,
  legalBasis: legalBasisCell,
})

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
  if (row.nonTerritorial !== undefined) data.nonTerritorial = row.nonTerritorial
  if (row.interlinked !== undefined) data.interlinked = row.interlinked
  if (row.applicants !== undefined) data.applicants = row.applicants
  if (row.steps !== undefined) data.steps = row.steps
  if (row.dossier !== undefined) data.dossier = row.dossier
  if (row.legalBasis !== undefined) data.legalBasis = row.legalBasis
  if (Object.keys(data).length > 0) item.data = data
  if (row.lists !== undefined) item.listNames = row.lists
  return item
}

/** A row's cells read into an item, or every cell that does not read. */
export const readAnnexRow = (cells: Partial<Record<AnnexColumnKey, string>>): RowSyntax => {
  const parsed = rowSchema.safeParse(cells)
  if (parsed.success) return { ok: true, item: toItem(parsed.data) }
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      key: issue.path[0] as AnnexColumnKey | undefined,
      problem: (issue as { params?: { problem: CellProblem } }).params!.problem,
    })),
  }
}
