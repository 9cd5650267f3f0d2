import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { type PeriodRef, type RegularKind, periodKey, periodLabel, periodRange, periodsBetween } from '../lib/periods.ts'
import { composeCounts, countNames, type Counts, derive, sumCounts } from '../lib/procedureFigures.ts'
import { sectorKey } from '../lib/sectorKey.ts'

export type SeriesQuery = { unitCode: string; periodKind: RegularKind; from: number; to: number; sector?: string }

/** The parts a longer period is made of, in the order to try: a year from its halves, else its quarters. */
const partsOf = (ref: PeriodRef): PeriodRef[][] => {
  const quarters = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, at) => ({ kind: 'quarter' as const, year: ref.year, number: from + at }))
  if (ref.kind === 'half_year') return [ref.number === 1 ? quarters(1, 2) : quarters(3, 4)]
  if (ref.kind === 'year') return [[1, 2].map((number) => ({ kind: 'half_year' as const, year: ref.year, number })), quarters(1, 4)]
  return []
}
const partKinds: Record<RegularKind, RegularKind[]> = { month: [], quarter: [], half_year: ['quarter'], year: ['half_year', 'quarter'] }

/**
 * A unit's published figures for every period in the range, in order, ready for a chart (a period
 * with no figures is there with `figures: null`). A half-year or year the unit did not enter is
 * made of its quarters (a year of its half-years first), flagged `source: 'composed'`. Without `sector` it gives the unit's totals: the
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
        // A year or half-year a unit did not enter is made of the parts it did.
        { periodKind: { in: [periodKind, ...partKinds[periodKind]] } },
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
  const timeZone = options.reporting.timeZone
  /**
   * The period's counts as entered or, where the unit entered only its parts, made of them
   * (composeCounts): the first way that has every part, else the one with most parts (a year to date).
   */
  const countsFor = (ref: PeriodRef) => {
    const entered = byPeriod.get(periodKey(ref, timeZone))
    if (entered) return { counts: entered, source: 'entered' as const, parts: null, complete: true }
    const ways = partsOf(ref).map((parts) => {
      const keys = parts.map((part) => periodKey(part, timeZone))
      return { keys, present: keys.filter((key) => byPeriod.has(key)) }
    })
    const best = ways.find((way) => way.present.length === way.keys.length) ?? [...ways].sort((a, b) => b.present.length - a.present.length)[0]
    if (!best || best.present.length === 0) return { counts: null, source: null, parts: null, complete: null }
    const counts = composeCounts(best.present.map((key) => byPeriod.get(key)!))
    return { counts, source: 'composed' as const, parts: best.present, complete: best.present.length === best.keys.length }
  }
  const periods = periodsBetween(periodKind, from, to).map((ref) => {
    const key = periodKey(ref, timeZone)
    const { counts, source, parts, complete } = countsFor(ref)
    const range = periodRange(ref, timeZone)
    return {
      key,
      label: periodLabel(ref, req.i18n?.language),
      year: ref.year,
      periodNumber: ref.number ?? null,
      start: range.start.toISOString(),
      end: range.end.toISOString(),
      figures: counts ? { ...counts, ...derive(counts) } : null,
      /** entered: the unit's own figures for the period; composed: made of `composedFrom` (complete: every part there). */
      source,
      composedFrom: parts,
      complete,
    }
  })
  return {
    unit: { code: unit.code, name: unit.name, shortName: unit.shortName },
    periodKind,
    sector: sector || null,
    periods,
  }
}
