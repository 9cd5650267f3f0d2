/**
 * A decision's items written back as its annex file, in the columns and words the import reads
 * (annexColumns.ts, annexRowSyntax.ts): what an editor downloads, edits in Excel and imports again.
 * A dossier document's counts of originals and copies have no column, so they come back as one
 * original and no copy.
 */
import type { AnnexColumnKey } from './annexColumns.ts'

import { annexColumns } from './annexColumns.ts'
import {
  channelLabels,
  type ChannelKind,
  implementingLevelLabels,
  type ImplementingLevel,
  itemKindLabels,
  type ItemKind,
  onlineLevelLabels,
  notOnline,
  type OnlineLevel,
} from './procedure.ts'
import { spreadsheetCsv } from './spreadsheetCsv.ts'

/** An item as the decision stores it (depth 0: lists by id; effective date as its commune day). */
export type ExportedItem = {
  kind: ItemKind
  code: string
  fullCode?: null | string
  replacementCode?: null | string
  changes?: null | string
  /** yyyy-mm-dd */
  effectiveDay?: null | string
  data?: null | {
    [key: string]: unknown
    level?: ImplementingLevel | null
    onlineLevel?: OnlineLevel | null
    channels?: ChannelKind[] | null
    nonTerritorial?: boolean | null
    interlinked?: boolean | null
    lists?: (number | string | { id: number | string })[] | null
    dossier?: { name: string }[] | null
    legalBasis?: { number: string; title?: null | string }[] | null
  }
}

const yesNo = (value: boolean | null | undefined) => (value === true ? 'Có' : value === false ? 'Không' : '')

/** The cells of one item, by column. */
const cellsOf = (item: ExportedItem, listName: (id: number | string) => string | undefined): Record<AnnexColumnKey, string> => {
  const data = item.data ?? {}
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const [year, month, day] = (item.effectiveDay ?? '').split('-')
  return {
    kind: itemKindLabels[item.kind].vi,
    code: item.fullCode || item.code,
    replacementCode: item.kind === 'replaced' ? text(item.replacementCode) : '',
    name: text(data.name),
    sector: text(data.sector),
    level: data.level ? implementingLevelLabels[data.level].vi : '',
    agency: text(data.agency),
    onlineLevel: (data.onlineLevel as string) === notOnline ? 'Không' : data.onlineLevel ? onlineLevelLabels[data.onlineLevel].vi : '',
    partialReason: data.onlineLevel === 'mot_phan' || !data.onlineLevel ? text(data.partialReason) : '',
    channels: (data.channels ?? []).map((kind) => channelLabels[kind].vi).join('; '),
    processingTime: text(data.processingTime),
    fees: text(data.fees),
    result: text(data.result),
    requirements: text(data.requirements),
    portalUrl: text(data.portalUrl),
    changes: text(item.changes),
    effectiveDate: day ? `${day}/${month}/${year}` : '',
    nonTerritorial: yesNo(data.nonTerritorial),
    interlinked: yesNo(data.interlinked),
    lists: (data.lists ?? [])
      .map((list) => listName(typeof list === 'object' ? list.id : list))
      .filter((name): name is string => Boolean(name))
      .join('; '),
    applicants: text(data.applicants),
    steps: text(data.steps),
    dossier: (data.dossier ?? []).map((document) => document.name).join('\n'),
    legalBasis: (data.legalBasis ?? []).map((document) => (document.title ? `${document.title} số ${document.number}` : document.number)).join('\n'),
  }
}

/** The annex as a CSV Excel opens (UTF-8 with BOM), headers in Vietnamese, in template order. */
export const annexCsvOf = (items: readonly ExportedItem[], listName: (id: number | string) => string | undefined): string =>
  spreadsheetCsv(
    annexColumns.map((column) => column.vi),
    items.map((item) => {
      const cells = cellsOf(item, listName)
      return annexColumns.map((column) => cells[column.key])
    }),
  )
