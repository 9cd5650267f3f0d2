import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { rights } from '../access/rights.ts'
import { resolveRole } from '../access/roles.ts'
import { dueDateOf, type PeriodRef, periodKey, periodLabel, toDate } from '../lib/periods.ts'
import { reportStateLabels, type Timeliness, timelinessLabels, timelinessOf } from '../lib/reportWorkflow.ts'
import { spreadsheetCsv } from '../lib/spreadsheetCsv.ts'
import { wallClockText } from '../lib/vietnamTime.ts'
import { dueRulesOf } from '../options.ts'

export type OverviewRow = {
  unit: { id: number | string; code: string; name: string; shortName?: string }
  reportId: number | string | null
  state: string
  dueDate: string
  submittedAt: string | null
  timeliness: Timeliness
}
export type Overview = {
  period: { key: string; label: string; kind: PeriodRef['kind']; year: number; periodNumber: number | null; dueDate: string }
  units: OverviewRow[]
}

/** Whether the request's user may see every unit's reports at once (rights table). */
export const maySeeOverview = async (req: PayloadRequest, options: ResolvedOptions): Promise<boolean> => {
  const allowed: Partial<Record<string, boolean>> = rights['cchc-reports'].overview
  return allowed[await resolveRole(req, options)] === true
}

/**
 * Every active unit with its report for the period: state, due date, submitted-at and whether it
 * is on time, late, overdue or missing. Read with the request's access.
 */
export const buildOverview = async (req: PayloadRequest, options: ResolvedOptions, ref: PeriodRef, now: Date): Promise<Overview> => {
  const timeZone = options.reporting.timeZone
  const key = periodKey(ref, timeZone)
  const dueDate = dueDateOf(ref, dueRulesOf(options), timeZone)
  const [units, reports] = await Promise.all([
    req.payload.find({
      collection: options.slugs.units,
      where: { active: { equals: true } },
      sort: 'code',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      req,
    }),
    req.payload.find({
      collection: options.slugs.reports,
      where: { periodKey: { equals: key } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      req,
    }),
  ])
  const byUnit = new Map((reports.docs as Record<string, any>[]).map((report) => [String(report.unit), report]))
  const rows = (units.docs as Record<string, any>[]).map((unit): OverviewRow => {
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
  return {
    period: { key, label: periodLabel(ref, req.i18n?.language), kind: ref.kind, year: ref.year, periodNumber: ref.number ?? null, dueDate: dueDate.toISOString() },
    units: rows,
  }
}

/** The overview as a CSV Excel opens with its Vietnamese intact (UTF-8 with a byte-order mark). */
export const overviewCsv = (overview: Overview, timeZone: string): string => {
  const local = (date: string | null) => (date ? wallClockText(date, timeZone) : '')
  const rows = overview.units.map((row) => [
    row.unit.code,
    row.unit.name,
    overview.period.label,
    reportStateLabels[row.state as keyof typeof reportStateLabels]?.vi ?? row.state,
    local(row.dueDate),
    local(row.submittedAt),
    timelinessLabels[row.timeliness].vi,
  ])
  return spreadsheetCsv(['Mã đơn vị', 'Đơn vị', 'Kỳ', 'Trạng thái', 'Hạn nộp', 'Gửi lúc', 'Tình hình nộp'], rows)
}
