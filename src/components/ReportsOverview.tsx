import type { ServerProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { createLocalReq } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { periodKindLabels } from '../fields/periodFields.ts'
import { chosenPeriod } from '../lib/periods.ts'
import { reportStateLabels, timelinessLabels } from '../lib/reportWorkflow.ts'
import { dayInVietnam } from '../lib/vietnamTime.ts'
import { nowOf } from '../requestContext.ts'
import { buildOverview, maySeeOverview } from '../services/reportsOverview.ts'
import { t } from '../translations/translate.ts'

type Props = ServerProps & { options: ResolvedOptions }

const colours: Record<string, string> = {
  on_time: 'var(--theme-success-500)',
  late: 'var(--theme-warning-800)',
  overdue: 'var(--theme-error-750)',
  missing_overdue: 'var(--theme-error-750)',
}

const chooserKinds = ['quarter', 'half_year', 'year', 'month'] as const

/**
 * The coordinator's dashboard panel: one period's report of every active unit (this quarter unless
 * another is chosen), on time, late or missing, at a glance, with the CSV to send on. Shown to
 * those the rights table lets see it. The period is chosen with a plain form: the page's address
 * carries it, so it works without scripts and can be bookmarked.
 */
export const ReportsOverview = async ({ i18n, options, payload, searchParams, user }: Props) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: options.authCollection } }, payload)
  if (!(await maySeeOverview(req, options))) return null
  const now = nowOf(req.context)
  const [year, month] = dayInVietnam(now, options.reporting.timeZone).split('-').map(Number) as [number, number]
  const ref = chosenPeriod(searchParams, { kind: 'quarter', year, number: Math.ceil(month / 3) })
  const overview = await buildOverview(req, options, ref, now)
  const local = (value: null | string) =>
    value ? new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: options.reporting.timeZone }).format(new Date(value)) : '—'
  const { admin, api } = payload.config.routes
  const csv = `${api}/${options.slugs.reports}/overview?year=${ref.year}&periodKind=${ref.kind}${ref.number ? `&periodNumber=${ref.number}` : ''}&format=csv`
  const field = { display: 'inline-flex', flexDirection: 'column', gap: 2, marginRight: 'var(--base)' } as const

  return (
    <section className="cchc-reports-overview" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {t(i18n, 'overviewTitle')}: {overview.period.label}, {t(i18n, 'overviewDue')} {dayInVietnam(overview.period.dueDate, options.reporting.timeZone).split('-').reverse().join('/')}
      </h3>
      <form method="get" aria-label={t(i18n, 'overviewPeriod')} style={{ display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: 'calc(var(--base) / 2)' }}>
        <label style={field}>
          {t(i18n, 'overviewKind')}
          <select name="cchcKind" defaultValue={ref.kind}>
            {chooserKinds.map((kind) => (
              <option key={kind} value={kind}>
                {getTranslation(periodKindLabels[kind], i18n)}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          {t(i18n, 'overviewNumber')}
          <select name="cchcNumber" defaultValue={String(ref.number ?? 1)}>
            {Array.from({ length: 12 }, (_, index) => (
              <option key={index + 1} value={String(index + 1)}>
                {index + 1}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          {t(i18n, 'overviewYear')}
          <input name="cchcYear" type="number" min={2000} max={2100} defaultValue={ref.year} style={{ width: '6em' }} />
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
          {t(i18n, 'overviewShow')}
        </button>
      </form>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th>{t(i18n, 'overviewUnit')}</th>
            <th>{t(i18n, 'overviewState')}</th>
            <th>{t(i18n, 'overviewSubmitted')}</th>
            <th>{t(i18n, 'overviewTimeliness')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.units.map((row) => (
            <tr key={row.unit.id} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
              <td>
                {row.reportId ? <a href={`${admin}/collections/${options.slugs.reports}/${row.reportId}`}>{row.unit.shortName || row.unit.name}</a> : row.unit.shortName || row.unit.name}
              </td>
              <td>{row.state in reportStateLabels ? getTranslation(reportStateLabels[row.state as keyof typeof reportStateLabels], i18n) : row.state}</td>
              <td>{local(row.submittedAt)}</td>
              <td style={{ color: colours[row.timeliness], fontWeight: 600 }}>{getTranslation(timelinessLabels[row.timeliness], i18n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ marginTop: 'calc(var(--base) / 2)' }}>
        <a download href={csv}>
          {t(i18n, 'overviewCsv')}
        </a>
        {' · '}
        <a href={`${admin}/collections/${options.slugs.reports}`}>{t(i18n, 'overviewList')}</a>
      </p>
    </section>
  )
}
