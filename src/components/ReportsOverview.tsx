import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { buildOverview, maySeeOverview } from '../services/reportsOverview.ts'
import { reportStateLabels, timelinessLabels } from '../lib/reportWorkflow.ts'
import { dayInVietnam } from '../lib/vietnamTime.ts'
import { nowOf } from '../requestContext.ts'

type Props = ServerProps & { options: ResolvedOptions }

const words = {
  vi: {
    title: 'Báo cáo định kỳ CCHC',
    unit: 'Đơn vị',
    state: 'Trạng thái',
    submitted: 'Gửi lúc',
    due: 'hạn nộp trước ngày',
    csv: 'Tải tệp CSV',
    list: 'Danh sách báo cáo',
  },
  en: {
    title: 'CCHC periodic reports',
    unit: 'Unit',
    state: 'State',
    submitted: 'Submitted',
    due: 'due before',
    csv: 'Download CSV',
    list: 'All reports',
  },
}

const colours: Record<string, string> = {
  on_time: 'var(--theme-success-500)',
  late: 'var(--theme-warning-500)',
  overdue: 'var(--theme-error-500)',
  missing_overdue: 'var(--theme-error-500)',
}

/**
 * The coordinator's dashboard panel: this quarter's report of every active unit, on time, late or
 * missing, at a glance, with the CSV to send on. Shown to those the rights table lets see it.
 */
export const ReportsOverview = async ({ i18n, options, payload, user }: Props) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: options.authCollection } as never }, payload)
  if (!(await maySeeOverview(req, options))) return null
  const language = i18n?.language === 'en' ? 'en' : 'vi'
  const t = words[language]
  const now = nowOf(req.context)
  const [year, month] = dayInVietnam(now, options.reporting.timeZone).split('-').map(Number) as [number, number]
  const ref = { kind: 'quarter' as const, year, number: Math.ceil(month / 3) }
  const overview = await buildOverview(req, options, ref, now)
  const local = (value: null | string) =>
    value ? new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: options.reporting.timeZone }).format(new Date(value)) : '—'
  const { admin, api } = payload.config.routes
  const csv = `${api}/cchc/reports/overview?year=${ref.year}&periodKind=quarter&periodNumber=${ref.number}&format=csv`

  return (
    <section className="cchc-reports-overview" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {t.title}: {overview.period.label}, {t.due} {dayInVietnam(overview.period.dueDate, options.reporting.timeZone).split('-').reverse().join('/')}
      </h3>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th>{t.unit}</th>
            <th>{t.state}</th>
            <th>{t.submitted}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {overview.units.map((row) => (
            <tr key={row.unit.id} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
              <td>
                {row.reportId ? <a href={`${admin}/collections/${options.slugs.reports}/${row.reportId}`}>{row.unit.shortName || row.unit.name}</a> : row.unit.shortName || row.unit.name}
              </td>
              <td>{reportStateLabels[row.state as keyof typeof reportStateLabels]?.[language] ?? row.state}</td>
              <td>{local(row.submittedAt)}</td>
              <td style={{ color: colours[row.timeliness], fontWeight: 600 }}>{timelinessLabels[row.timeliness][language]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ marginTop: 'calc(var(--base) / 2)' }}>
        <a download href={csv}>
          {t.csv}
        </a>
        {' · '}
        <a href={`${admin}/collections/${options.slugs.reports}`}>{t.list}</a>
      </p>
    </section>
  )
}
