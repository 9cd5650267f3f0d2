import type { Endpoint, PayloadRequest } from 'payload'

import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import { z } from 'zod'

import type { ResolvedOptions } from '../options.ts'

import { rights } from '../access/rights.ts'
import { resolveRole } from '../access/roles.ts'
import { nowOf } from '../hooks/applyReportWorkflow.ts'
import { csvLine } from '../lib/csvLine.ts'
import { dueDateOf, isValidNumber, periodKey, periodLabel, toDate } from '../lib/periods.ts'
import { timelinessOf } from '../lib/reportWorkflow.ts'
import { dueRulesOf } from '../options.ts'
import { reportingMessages } from '../translations/reportingMessages.ts'
import { badQuery } from './badQuery.ts'

const query = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    periodKind: z.enum(['month', 'quarter', 'half_year', 'year']),
    periodNumber: z.coerce.number().int().optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => isValidNumber(q.periodKind, q.periodNumber), { message: 'month 1-12, quarter 1-4, half 1-2, none for a year', path: ['periodNumber'] })

const timelinessLabels = {
  on_time: 'Đúng hạn',
  late: 'Nộp muộn',
  overdue: 'Quá hạn, chưa gửi',
  not_yet_due: 'Chưa đến hạn, chưa gửi',
  missing_overdue: 'Chưa có báo cáo, quá hạn',
  missing_not_yet_due: 'Chưa có báo cáo, chưa đến hạn',
} as const

const stateLabels: Record<string, string> = { draft: 'Đang soạn', submitted: 'Đã gửi', accepted: 'Đã tiếp nhận', returned: 'Trả lại', missing: 'Chưa có' }

/**
 * GET /api/cchc/reports/overview?year=2026&periodKind=quarter&periodNumber=1[&format=csv]: every
 * active unit with its report's state, submitted-at and whether it is on time, late, or missing
 * and overdue, for the coordinator, editors and administrators. The CSV opens in Excel with its
 * Vietnamese intact (UTF-8 with a byte-order mark).
 */
export const reportsOverviewEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/cchc/reports/overview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return Response.json({ errors: [{ message: reportingMessages.signInRequired }] }, { status: 401 })
    const allowed: Partial<Record<string, boolean>> = rights['cchc-reports'].overview
    if (allowed[await resolveRole(req, options)] !== true) {
      return Response.json({ errors: [{ message: reportingMessages.overviewForbidden }] }, { status: 403 })
    }
    const parsed = query.safeParse(req.query)
    if (!parsed.success) return badQuery(parsed.error)
    const { year, periodKind, format: wanted } = parsed.data
    const ref = { kind: periodKind, year, number: periodKind === 'year' ? null : parsed.data.periodNumber }
    const timeZone = options.reporting.timeZone
    const key = periodKey(ref, timeZone)
    const dueDate = dueDateOf(ref, dueRulesOf(options), timeZone)
    const now = nowOf(req.context)

    const units = await req.payload.find({
      collection: options.slugs.units as never,
      where: { active: { equals: true } },
      sort: 'code',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const reports = await req.payload.find({
      collection: options.slugs.reports as never,
      where: { periodKey: { equals: key } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const byUnit = new Map((reports.docs as Record<string, any>[]).map((report) => [String(report.unit), report]))
    const rows = (units.docs as Record<string, any>[]).map((unit) => {
      const report = byUnit.get(String(unit.id))
      const reportDue = toDate(report?.dueDate) ?? dueDate
      const submittedAt = toDate(report?.submittedAt)
      return {
        unit: { id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName },
        reportId: report?.id ?? null,
        state: (report?.reportState as string | undefined) ?? 'missing',
        dueDate: reportDue.toISOString(),
        submittedAt: submittedAt?.toISOString() ?? null,
        timeliness: timelinessOf(report ? { submittedAt, dueDate: reportDue } : null, reportDue, now),
      }
    })

    if (wanted === 'csv') {
      const local = (date: string | null) => (date ? format(new Date(date), 'dd/MM/yyyy HH:mm', { in: tz(timeZone) }) : '')
      const lines = [
        csvLine(['Mã đơn vị', 'Đơn vị', 'Kỳ', 'Trạng thái', 'Hạn nộp', 'Gửi lúc', 'Tình hình nộp']),
        ...rows.map((row) =>
          csvLine([row.unit.code, row.unit.name, periodLabel(ref), stateLabels[row.state] ?? row.state, local(row.dueDate), local(row.submittedAt), timelinessLabels[row.timeliness]]),
        ),
      ]
      return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="bao-cao-cchc-${key}.csv"`,
        },
      })
    }
    return Response.json({ period: { key, label: periodLabel(ref), kind: periodKind, year, periodNumber: ref.number ?? null, dueDate: dueDate.toISOString() }, units: rows })
  },
})
