import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, UnauthorizedError } from 'payload'
import { z } from 'zod'

import type { ResolvedOptions } from '../options.ts'

import { rights } from '../access/rights.ts'
import { resolveRole } from '../access/roles.ts'
import { spreadsheetCsv } from '../lib/spreadsheetCsv.ts'
import { shiftDay } from '../lib/workingDays.ts'
import { readParameters } from '../requestParameters.ts'
import { interestGroupings, interestStatistics } from '../services/interestStatistics.ts'
import { t } from '../translations/translate.ts'

const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)

const query = z
  .object({
    from: day,
    to: day,
    groupBy: z.enum(interestGroupings).default('day'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => q.from <= q.to, { message: 'from after to', path: ['from'] })
  .refine((q) => shiftDay(q.from, 3660) >= q.to, { message: 'at most 10 years', path: ['to'] })

/**
 * GET /api/cchc/interest?from=2026-07-01&to=2026-09-30&groupBy=day|post|procedure|topic|unit|format[&limit=][&format=csv]:
 * readers' interest over the range, for editors, the coordinator and administrators
 * (services/interestStatistics.ts); `groupBy=post` lists the top posts first.
 */
export const interestStatisticsEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/cchc/interest',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const allowed: Partial<Record<string, boolean>> = rights['cchc-interest-days'].statistics
    if (allowed[await resolveRole(req, options)] !== true) throw new APIError(t(req, 'interestForbidden'), 403, null, true)
    const { from, to, groupBy, limit, format } = readParameters(req, query, req.query, 'interestHint')
    const statistics = await interestStatistics(req, options, { from, to, groupBy, limit })
    if (format === 'csv') {
      const header = [groupBy, 'label', 'views', 'visitors', 'ratings', 'ratingMean', 'feedback']
      const cell = (value: null | number) => (value == null ? '' : String(value))
      const rows = statistics.rows.map((row) => [row.key, row.label, String(row.views), cell(row.visitors), String(row.ratings), cell(row.ratingMean), cell(row.feedback)])
      return new Response(spreadsheetCsv(header, rows), {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="quan-tam-${groupBy}-${from}-${to}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    }
    return Response.json({ from, to, groupBy, ...statistics }, { headers: { 'Cache-Control': 'no-store' } })
  },
})
