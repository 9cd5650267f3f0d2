import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../../../options.ts'

import { queryText } from '../../../lib/queryText.ts'
import { InvalidParameters, readParameters } from '../../../requestParameters.ts'
import { resultsSeries } from '../../../services/resultsSeries.ts'
import { t } from '../../../translations/translate.ts'

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
 * GET /api/procedure-results/series?unit=ttpvhcc&periodKind=quarter&from=2025&to=2026: a
 * unit's published figures per period, for a chart (services/resultsSeries.ts).
 */
export const procedureResultsSeriesEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/series',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const { unit, periodKind, from, to, sector } = readParameters(req, query, req.query, 'resultsSeriesHint')
    const unitCode = unit ?? options.procedureResults.defaultUnitCode
    const series = await resultsSeries(req, options, { unitCode, periodKind, from, to, sector })
    if (!series) throw new InvalidParameters([{ path: 'unit', message: t(req, 'noSuchUnit', { code: unitCode }) }])
    return Response.json(series)
  },
})
