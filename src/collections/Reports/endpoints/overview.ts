import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, UnauthorizedError } from 'payload'
import { z } from 'zod'

import type { ResolvedOptions } from '../../../options.ts'

import { isValidNumber } from '../../../lib/periods.ts'
import { nowOf } from '../../../requestContext.ts'
import { readParameters } from '../../../requestParameters.ts'
import { buildOverview, maySeeOverview, overviewCsv } from '../../../services/reportsOverview.ts'
import { t } from '../../../translations/translate.ts'

const query = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    periodKind: z.enum(['month', 'quarter', 'half_year', 'year']),
    periodNumber: z.coerce.number().int().optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => isValidNumber(q.periodKind, q.periodNumber), { message: 'month 1-12, quarter 1-4, half 1-2, none for a year', path: ['periodNumber'] })

/**
 * GET /api/cchc-reports/overview?year=2026&periodKind=quarter&periodNumber=1[&format=csv]: the
 * overview above, for the coordinator, editors and administrators.
 */
export const reportsOverviewEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/overview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    if (!(await maySeeOverview(req, options))) throw new APIError(t(req, 'overviewForbidden'), 403, null, true)
    const { year, periodKind, periodNumber, format } = readParameters(req, query, req.query, 'reportsOverviewHint')
    const ref = { kind: periodKind, year, number: periodKind === 'year' ? null : periodNumber }
    const overview = await buildOverview(req, options, ref, nowOf(req.context))
    if (format === 'csv') {
      return new Response(overviewCsv(overview, options.reporting.timeZone), {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="bao-cao-cchc-${overview.period.key}.csv"`,
        },
      })
    }
    return Response.json(overview)
  },
})
