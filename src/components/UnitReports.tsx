import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { dayInVietnam } from '../lib/vietnamTime.ts'
import { nowOf } from '../requestContext.ts'
import { type UnitReport, unitReports } from '../services/unitReports.ts'
import { type MessageKey, t } from '../translations/translate.ts'

type Props = ServerProps & { options: ResolvedOptions }

/**
 * A unit's dashboard panel: its own reports returned by the coordinator (with the reason), overdue,
 * due, and this quarter's if not yet opened. Shown to anyone in a unit; says so when nothing waits.
 */
export const UnitReports = async ({ i18n, options, payload, user }: Props) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: options.authCollection } }, payload)
  const reports = await unitReports(req, options, nowOf(req.context))
  if (!reports) return null
  const day = (value: string) => (value ? dayInVietnam(value, options.reporting.timeZone).split('-').reverse().join('/') : '')
  const { admin } = payload.config.routes
  const list = (key: MessageKey, rows: UnitReport[], colour?: string) =>
    rows.length === 0 ? null : (
      <div style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        <h4 style={{ margin: '0 0 calc(var(--base) / 4)', color: colour }}>
          {t(i18n, key as 'unitReportsDue')} ({rows.length})
        </h4>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row) => (
            <li key={row.id} style={{ padding: 'calc(var(--base) / 4) 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
              <a href={`${admin}/collections/${options.slugs.reports}/${row.id}`}>{row.title}</a>
              <span style={{ color: 'var(--theme-elevation-800)' }}> · {t(i18n, 'unitReportsDueOn', { due: day(row.dueDate) })}</span>
              {row.returnReason ? <div className="cchc-return-reason" style={{ color: 'var(--theme-error-600)' }}>{row.returnReason}</div> : null}
            </li>
          ))}
        </ul>
      </div>
    )
  const nothing = !reports.missing && reports.due.length + reports.returned.length + reports.overdue.length === 0
  return (
    <section className="cchc-unit-reports" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t(i18n, 'unitReportsTitle')}</h3>
      {reports.missing ? (
        <p style={{ color: 'var(--theme-error-600)' }}>
          <a href={`${admin}/collections/${options.slugs.reports}/create`}>{t(i18n, 'unitReportsMissing', { period: reports.missing.label, due: day(reports.missing.dueDate) })}</a>
        </p>
      ) : null}
      {list('unitReportsReturned', reports.returned, 'var(--theme-error-600)')}
      {list('unitReportsOverdue', reports.overdue, 'var(--theme-error-600)')}
      {list('unitReportsDue', reports.due)}
      {nothing ? <p>{t(i18n, 'unitReportsNone')}</p> : null}
    </section>
  )
}
