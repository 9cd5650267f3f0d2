import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { type RegularKind, periodKey, periodLabel, periodRange, periodsBetween } from '../lib/periods.ts'
import { countNames, type Counts, derive, sumCounts } from '../lib/procedureFigures.ts'
import { sectorKey } from '../lib/sectorKey.ts'

export type SeriesQuery = { unitCode: string; periodKind: RegularKind; from: number; to: number; sector?: string }

/**
 * A unit's published figures for every period in the range, in order, ready for a chart (a period
 * with no figures is there with `figures: null`). Without `sector` it gives the unit's totals: the
 * row without a field, or else the sum of the rows per field. Read with the caller's own access;
 * null when no unit has the code.
 */
export const resultsSeries = async (req: PayloadRequest, options: ResolvedOptions, { unitCode, periodKind, from, to, sector }: SeriesQuery) => {
  const units = await req.payload.find({
    collection: options.slugs.units,
    where: { code: { equals: unitCode } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const unit = units.docs[0] as { id: number | string; code: string; name: string; shortName: string } | undefined
  if (!unit) return null

  const found = await req.payload.find({
    collection: options.slugs.procedureResults,
    where: {
      and: [
        { unit: { equals: unit.id } },
        { periodKind: { equals: periodKind } },
        { year: { greater_than_equal: from } },
        { year: { less_than_equal: to } },
        { _status: { equals: 'published' } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const wanted = sectorKey(sector)
  const countsOf = (doc: Record<string, unknown>): Counts => Object.fromEntries(countNames.map((name) => [name, (doc[name] as number | null) ?? null]))
  const byPeriod = new Map<string, Counts>()
  // The unit's totals where it entered them; else, the sum of its rows per field (lĩnh vực).
  const fieldRows = new Map<string, Counts[]>()
  for (const doc of found.docs as Record<string, any>[]) {
    if (sectorKey(doc.sector) === wanted) byPeriod.set(doc.periodKey, countsOf(doc))
    else if (wanted === null) fieldRows.set(doc.periodKey, [...(fieldRows.get(doc.periodKey) ?? []), countsOf(doc)])
  }
  for (const [key, rows] of fieldRows) if (!byPeriod.has(key)) byPeriod.set(key, sumCounts(rows))
  const periods = periodsBetween(periodKind, from, to).map((ref) => {
    const key = periodKey(ref, options.reporting.timeZone)
    const counts = byPeriod.get(key) ?? null
    const range = periodRange(ref, options.reporting.timeZone)
    return {
      key,
      label: periodLabel(ref, req.i18n?.language),
      year: ref.year,
      periodNumber: ref.number ?? null,
      start: range.start.toISOString(),
      end: range.end.toISOString(),
      figures: counts ? { ...counts, ...derive(counts) } : null,
    }
  })
  return {
    unit: { code: unit.code, name: unit.name, shortName: unit.shortName },
    periodKind,
    sector: sector || null,
    periods,
  }
}
