import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../../../options.ts'

import { sectorKey } from '../index.ts'
import { countNames, type Counts, derive, sumCounts } from '../../../lib/procedureFigures.ts'
import { periodKey, periodLabel, periodRange, periodsBetween } from '../../../lib/periods.ts'
import { badQuery } from '../../../endpoints/badQuery.ts'
import { queryText } from '../../../endpoints/queryText.ts'

const query = z
  .object({
    unit: z.string().regex(/^[a-z0-9-]+$/).optional(),
    periodKind: z.enum(['month', 'quarter', 'half_year', 'year']).default('quarter'),
    from: z.coerce.number().int().min(2000).max(2100),
    to: z.coerce.number().int().min(2000).max(2100),
    sector: queryText(0, 200).optional(),
  })
  .refine((q) => q.to >= q.from && q.to - q.from <= 10, { message: 'to >= from, at most 10 years', path: ['to'] })

/**
 * GET /api/cchc/procedure-results/series?unit=ttpvhcc&periodKind=quarter&from=2025&to=2026: a
 * unit's published figures for every period in the range, in order, ready for a chart (a period
 * with no figures is there with `figures: null`). Without `sector` it gives the unit's totals: the
 * row without a field, or else the sum of the rows per field.
 * Read with the caller's own access.
 */
export const procedureResultsSeriesEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/cchc/procedure-results/series',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const parsed = query.safeParse(req.query)
    if (!parsed.success) return badQuery(parsed.error)
    const { periodKind, from, to, sector } = parsed.data
    const unitCode = parsed.data.unit ?? options.procedureResults.defaultUnitCode
    const units = await req.payload.find({
      collection: options.slugs.units as never,
      where: { code: { equals: unitCode } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const unit = units.docs[0] as { id: number | string; code: string; name: string; shortName: string } | undefined
    if (!unit) return badQuery(new z.ZodError([{ code: 'custom', path: ['unit'], message: `no unit "${unitCode}"`, input: unitCode }]))

    const found = await req.payload.find({
      collection: options.slugs.procedureResults as never,
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
      else if (wanted === '*') fieldRows.set(doc.periodKey, [...(fieldRows.get(doc.periodKey) ?? []), countsOf(doc)])
    }
    for (const [key, rows] of fieldRows) if (!byPeriod.has(key)) byPeriod.set(key, sumCounts(rows))
    const periods = periodsBetween(periodKind, from, to).map((ref) => {
      const key = periodKey(ref, options.reporting.timeZone)
      const counts = byPeriod.get(key) ?? null
      const range = periodRange(ref, options.reporting.timeZone)
      return {
        key,
        label: periodLabel(ref),
        year: ref.year,
        periodNumber: ref.number ?? null,
        start: range.start.toISOString(),
        end: range.end.toISOString(),
        figures: counts ? { ...counts, ...derive(counts) } : null,
      }
    })
    return Response.json({
      unit: { code: unit.code, name: unit.name, shortName: unit.shortName },
      periodKind,
      sector: sector || null,
      periods,
    })
  },
})
