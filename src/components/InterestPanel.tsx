import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { rights } from '../access/rights.ts'
import { resolveRole } from '../access/roles.ts'
import { barChart } from '../lib/barChart.ts'
import { dayInVietnam } from '../lib/vietnamTime.ts'
import { shiftDay } from '../lib/workingDays.ts'
import { nowOf } from '../requestContext.ts'
import { interestStatistics } from '../services/interestStatistics.ts'
import { t } from '../translations/translate.ts'

type Props = ServerProps & { options: ResolvedOptions }

const days = 30
const width = 600
const height = 140
const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`

/**
 * The dashboard panel of readers' interest for editors and the coordinator: views per day over
 * the last 30 days as an SVG drawn on the server (no chart library, no script), the totals and
 * the most viewed posts, with the CSV a click away.
 */
export const InterestPanel = async ({ i18n, options, payload, user }: Props) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: options.authCollection } }, payload)
  const allowed: Partial<Record<string, boolean>> = rights['cchc-interest-days'].statistics
  if (allowed[await resolveRole(req, options)] !== true) return null
  const to = dayInVietnam(nowOf(req.context), options.reporting.timeZone)
  const from = shiftDay(to, 1 - days)
  const byDay = await interestStatistics(req, options, { from, to, groupBy: 'day', limit: days })
  const top = await interestStatistics(req, options, { from, to, groupBy: 'post', limit: 5 })
  const viewsOn = new Map(byDay.rows.map((row) => [row.key, row.views]))
  const points = Array.from({ length: days }, (_, i) => {
    const day = shiftDay(from, i)
    return { label: day, value: viewsOn.get(day) ?? 0 }
  })
  const chart = barChart(points, { width, height })
  const { admin, api } = payload.config.routes
  const description = t(i18n, 'interestChart', { from: shortDay(from), to: shortDay(to), max: Math.max(0, ...points.map((p) => p.value)) })

  return (
    <section className="cchc-interest" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t(i18n, 'interestTitle', { days })}</h3>
      <p>
        {t(i18n, 'interestViews')}: <strong>{byDay.totals.views}</strong> · {t(i18n, 'interestVisitors')}: <strong>{byDay.totals.visitors}</strong> ·{' '}
        {t(i18n, 'interestRatings')}: <strong>{byDay.totals.ratings}</strong>
        {byDay.totals.ratingMean != null ? ` (${t(i18n, 'interestMean')} ${byDay.totals.ratingMean})` : ''} · {t(i18n, 'interestFeedback')}:{' '}
        <strong>{byDay.totals.feedback}</strong>
      </p>
      <svg aria-labelledby="cchc-interest-chart" role="img" style={{ width: '100%', maxWidth: width, height: 'auto' }} viewBox={`0 0 ${width} ${height}`}>
        <title id="cchc-interest-chart">{description}</title>
        <line stroke="var(--theme-elevation-200)" x1={0} x2={width} y1={chart.plotHeight} y2={chart.plotHeight} />
        {chart.bars.map((bar, i) => (
          <g key={bar.label}>
            <rect fill="var(--theme-success-500)" height={bar.height} width={bar.width} x={bar.x} y={bar.y}>
              <title>{`${shortDay(bar.label)}: ${bar.value}`}</title>
            </rect>
            {i % 7 === 0 || i === chart.bars.length - 1 ? (
              <text fill="var(--theme-elevation-600)" fontSize={10} x={bar.x} y={height - 3}>
                {shortDay(bar.label)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <h4 style={{ marginTop: 'calc(var(--base) / 2)' }}>{t(i18n, 'interestTopPosts')}</h4>
      {top.rows.length === 0 ? (
        <p>{t(i18n, 'interestNone')}</p>
      ) : (
        <ol>
          {top.rows.map((row) => (
            <li key={row.key}>
              <a href={`${admin}/collections/${options.slugs.posts}/${row.key}`}>{row.label}</a>: {row.views}
            </li>
          ))}
        </ol>
      )}
      <p>
        <a download href={`${api}/cchc/interest?from=${from}&to=${to}&groupBy=post&limit=1000&format=csv`}>
          {t(i18n, 'overviewCsv')}
        </a>
      </p>
    </section>
  )
}
