import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../../../options.ts'

import { badQuery } from '../../../endpoints/badQuery.ts'
import { queryText } from '../../../lib/queryText.ts'
import { resultsSeries } from '../../../services/resultsSeries.ts'

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
 * unit's published figures per period, for a chart (services/resultsSeries.ts).
 */
export const procedureResultsSeriesEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/cchc/procedure-results/series',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const parsed = query.safeParse(req.query)
    if (!parsed.success) return badQuery(parsed.error)
    const { periodKind, from, to, sector } = parsed.data
    const unitCode = parsed.data.unit ?? options.procedureResults.defaultUnitCode
    const series = await resultsSeries(req, options, { unitCode, periodKind, from, to, sector })
    if (!series) return badQuery(new z.ZodError([{ code: 'custom', path: ['unit'], message: `no unit "${unitCode}"`, input: unitCode }]))
    return Response.json(series)
  },
})
