/**
 * What an item of a decision does to a procedure's own fields: exactly the fields it gives,
 * whichever they are, and nothing else; and what each of them was before, for the history.
 */
import type { ChannelKind, DossierDocument, ProcedureData } from './procedure.ts'

import { foldVietnamese } from './foldVietnamese.ts'

/** A channel as the procedure stores it: the channels share the item's processing time and fees. */
export type ChannelRow = { kind: ChannelKind; processingTime?: null | string; fees?: null | string }

/** A dossier document as the procedure stores it: with the form to download, which items do not give. */
export type DossierRow = DossierDocument & { form?: unknown }

/** The procedure's fields an item may set, as stored. */
export type ProcedureFields = Omit<ProcedureData, 'channels' | 'processingTime' | 'fees' | 'dossier'> & { channels?: ChannelRow[] | null; dossier?: DossierRow[] | null }

/**
 * The dossier after an item gives a whole new one: each document as given (one original, no copy
 * unless it says), keeping the form the procedure already offers for a document of the same name.
 */
const dossierAfter = (current: readonly DossierRow[], given: readonly DossierDocument[]): DossierRow[] =>
  given.map(({ name, originals, copies }) => {
    const before = current.find((row) => foldVietnamese(row.name) === foldVietnamese(name))
    const form = before?.form === undefined || before.form === null ? {} : { form: typeof before.form === 'object' ? (before.form as { id?: unknown }).id : before.form }
    return { name, originals: originals ?? 1, copies: copies ?? 0, ...form }
  })

/** What the history shows of a list of rows: each row's own values, without ids or forms. */
const shownRows = (field: string, rows: unknown) =>
  Array.isArray(rows)
    ? rows.map((row) =>
        field === 'dossier'
          ? { name: row.name, originals: row.originals ?? null, copies: row.copies ?? null }
          : { number: row.number, date: row.date ? String(row.date).slice(0, 10) : null, title: row.title ?? null, issuer: row.issuer ?? null },
      )
    : []

/** One field an item changed: its value before and after, as the history shows them. */
export type FieldChange = { field: string; before: unknown; after: unknown }

/** The fields of ProcedureData copied as they are (channels, processing time and fees go into the channel rows). */
const plainFields = (data: ProcedureData) => {
  const { channels: _channels, processingTime: _time, fees: _fees, ...rest } = data
  return rest as Record<string, unknown>
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)

/** A channel list's processing times or fees, as one value when they agree ("05 ngày làm việc"). */
const sharedValue = (rows: readonly ChannelRow[], key: 'processingTime' | 'fees'): null | string => {
  const values = [...new Set(rows.map((row) => row[key]).filter((value): value is string => given(value)))]
  return values.length === 0 ? null : values.join('; ')
}

const plain = (rows: readonly ChannelRow[]) => rows.map(({ kind, processingTime, fees }) => ({ kind, processingTime: processingTime ?? null, fees: fees ?? null }))

/**
 * The channel rows after an item: given channels replace the kinds, each keeping its processing
 * time and fees unless the item gives new ones; a processing time or fees given alone apply to
 * every channel the procedure has. A procedure with no channel yet is filed in person
 * (trực tiếp at the one-stop shop), so a time or fee given alone is not lost.
 */
export const channelsAfter = (current: readonly ChannelRow[], data: ProcedureData): ChannelRow[] | undefined => {
  const time = given(data.processingTime) ? data.processingTime! : undefined
  const fees = given(data.fees) ? data.fees! : undefined
  if (!data.channels?.length && time === undefined && fees === undefined) return undefined
  const kinds = data.channels?.length ? data.channels : current.length ? current.map((row) => row.kind) : (['in_person'] as ChannelKind[])
  return kinds.map((kind) => {
    const before = current.find((row) => row.kind === kind)
    return {
      kind,
      processingTime: time ?? before?.processingTime ?? sharedValue(current, 'processingTime'),
      fees: fees ?? before?.fees ?? sharedValue(current, 'fees'),
    }
  })
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The update an item's data makes to a procedure (`current`; undefined for a new one), and the
 * fields whose value it changed, with their values before and after. Empty values are "not
 * given". A level other than một phần takes the published reason away, which only một phần has.
 */
export const amendmentOf = (current: ProcedureFields | undefined, data: ProcedureData | undefined): { fields: Record<string, unknown>; changed: FieldChange[] } => {
  if (!data) return { fields: {}, changed: [] }
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(plainFields(data))) if (given(value)) fields[key] = value
  // null: no longer online (an item that says nothing of the level leaves it out).
  if (data.onlineLevel === null) fields.onlineLevel = null
  if ((given(data.onlineLevel) || data.onlineLevel === null) && data.onlineLevel !== 'mot_phan' && !given(data.partialReason)) fields.partialReason = null
  const oldChannels = current?.channels ?? []
  const channels = channelsAfter(oldChannels, data)
  if (channels) fields.channels = channels
  if (data.dossier?.length) fields.dossier = dossierAfter(current?.dossier ?? [], data.dossier)

  const changed: FieldChange[] = []
  if (!current) return { fields, changed }
  for (const [field, value] of Object.entries(fields)) {
    if (field === 'channels') continue
    const rows = field === 'dossier' || field === 'legalBasis'
    const before = rows ? shownRows(field, (current as Record<string, unknown>)[field]) : ((current as Record<string, unknown>)[field] ?? null)
    const after = rows ? shownRows(field, value) : value
    if (!same(before, after)) changed.push({ field, before, after })
  }
  if (channels) {
    const newRows = plain(channels)
    const kindsBefore = oldChannels.map((row) => row.kind)
    const kindsAfter = newRows.map((row) => row.kind)
    if (!same(kindsBefore, kindsAfter)) changed.push({ field: 'channels', before: kindsBefore, after: kindsAfter })
    for (const key of ['processingTime', 'fees'] as const) {
      const before = sharedValue(oldChannels, key)
      const after = sharedValue(newRows, key)
      if (!same(before, after)) changed.push({ field: key, before, after })
    }
  }
  return { fields, changed }
}
