import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../../../options.ts'

import { badQuery } from '../../../endpoints/badQuery.ts'
import { isValidNumber } from '../../../lib/periods.ts'
import { buildOverview, maySeeOverview, overviewCsv } from '../../../services/reportsOverview.ts'
import { nowOf } from '../../../requestContext.ts'
import { reportingMessages } from '../../../translations/reportingMessages.ts'

const query = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    periodKind: z.enum(['month', 'quarter', 'half_year', 'year']),
    periodNumber: z.coerce.number().int().optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => isValidNumber(q.periodKind, q.periodNumber), { message: 'month 1-12, quarter 1-4, half 1-2, none for a year', path: ['periodNumber'] })

/**
 * GET /api/cchc/reports/overview?year=2026&periodKind=quarter&periodNumber=1[&format=csv]: the
 * overview above, for the coordinator, editors and administrators.
 */
export const reportsOverviewEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/cchc/reports/overview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return Response.json({ errors: [{ message: reportingMessages.signInRequired }] }, { status: 401 })
    if (!(await maySeeOverview(req, options))) {
      return Response.json({ errors: [{ message: reportingMessages.overviewForbidden }] }, { status: 403 })
    }
    const parsed = query.safeParse(req.query)
    if (!parsed.success) return badQuery(parsed.error)
    const { year, periodKind } = parsed.data
    const ref = { kind: periodKind, year, number: periodKind === 'year' ? null : parsed.data.periodNumber }
    const overview = await buildOverview(req, options, ref, nowOf(req.context))
    if (parsed.data.format === 'csv') {
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
