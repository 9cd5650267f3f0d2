import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { unitIdOf } from '../access/scopes.ts'
import { dueDateOf, isOverdue, type PeriodRef, periodKey, periodLabel, toDate } from '../lib/periods.ts'
import { dayInVietnam } from '../lib/vietnamTime.ts'
import { dueRulesOf } from '../options.ts'

export type UnitReport = { id: number | string; title: string; dueDate: string; returnReason: string | null }

export type UnitReports = {
  /** Drafts not yet due, soonest first. */
  due: UnitReport[]
  /** Returned by the coordinator, with its reason, to correct and submit again. */
  returned: UnitReport[]
  /** Drafts past their due date, not sent. */
  overdue: UnitReport[]
  /** The current quarter's report when the unit has not opened it yet. */
  missing: { label: string; dueDate: string } | null
}

/**
 * What a unit's own reports ask of it, for its dashboard: those still to send (due, overdue),
 * those the coordinator returned with the reason, and this quarter's when it is not even opened.
 * Read with the request's access; a person in no unit gets nothing.
 */
export const unitReports = async (req: PayloadRequest, options: ResolvedOptions, now: Date): Promise<UnitReports | null> => {
  const unit = unitIdOf(req)
  if (unit === null || unit === undefined) return null
  const timeZone = options.reporting.timeZone
  const open = await req.payload.find({
    collection: options.slugs.reports,
    where: { and: [{ unit: { equals: unit } }, { reportState: { in: ['draft', 'returned'] } }] },
    sort: 'dueDate',
    limit: 50,
    depth: 0,
    overrideAccess: false,
    select: { title: true, dueDate: true, reportState: true, returnReason: true },
    req,
  })
  const result: UnitReports = { due: [], returned: [], overdue: [], missing: null }
  for (const doc of open.docs as Record<string, any>[]) {
    const dueDate = toDate(doc.dueDate)
    const row: UnitReport = { id: doc.id, title: String(doc.title ?? ''), dueDate: dueDate?.toISOString() ?? '', returnReason: doc.returnReason ?? null }
    if (doc.reportState === 'returned') result.returned.push(row)
    else if (isOverdue(null, dueDate, now)) result.overdue.push(row)
    else result.due.push(row)
  }
  const [year, month] = dayInVietnam(now, timeZone).split('-').map(Number) as [number, number]
  const quarter: PeriodRef = { kind: 'quarter', year, number: Math.ceil(month / 3) }
  const current = await req.payload.count({
    collection: options.slugs.reports,
    where: { and: [{ unit: { equals: unit } }, { periodKey: { equals: periodKey(quarter, timeZone) } }] },
    overrideAccess: false,
    req,
  })
  if (current.totalDocs === 0) {
    result.missing = { label: periodLabel(quarter, req.i18n?.language), dueDate: dueDateOf(quarter, dueRulesOf(options), timeZone).toISOString() }
  }
  return result
}
