import type { ServerProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { createLocalReq } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { formatLength, isDay, slotSeconds, weekdayLabels, weekdayOf } from '../lib/broadcastSlots.ts'
import { programmeStateLabels } from '../lib/broadcastWorkflow.ts'
import { addDays, mondayOf } from '../lib/radioWeek.ts'
import { dayInVietnam } from '../lib/vietnamTime.ts'
import { nowOf } from '../requestContext.ts'
import { radioWeek } from '../services/radioWeek.ts'
import { t } from '../translations/translate.ts'

type Props = ServerProps & { options: ResolvedOptions }

const stateColours: Record<string, string> = {
  planned: 'var(--theme-elevation-800)',
  aired: 'var(--theme-success-500)',
  cancelled: 'var(--theme-error-750)',
}

const cellStyle = { border: '1px solid var(--theme-elevation-150)', padding: 'calc(var(--base) / 4)', verticalAlign: 'top' } as const

/**
 * The radio's week above the programmes' list: a row per slot, a column per day, each programme
 * with its state and total length against the slot, an empty cell where the slot runs and nothing
 * is planned, a dash on its days off. `?week=yyyy-mm-dd` shows the week of that day.
 */
export const RadioWeek = async ({ i18n, options, payload, searchParams, user }: Props) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: options.authCollection } }, payload)
  const asked = searchParams?.week
  const today = dayInVietnam(nowOf(req.context), options.reporting.timeZone)
  const monday = mondayOf(typeof asked === 'string' && isDay(asked) ? asked : today)
  const rows = await radioWeek(req, options, monday)
  const { admin } = payload.config.routes
  const list = `${admin}/collections/${options.slugs.broadcastSchedules}`
  const shortDay = (day: string) => day.split('-').slice(1).reverse().join('/')

  return (
    // Above the list, outside its gutter: the same side margins as the list below.
    <section className="cchc-radio-week" style={{ marginBottom: 'calc(var(--base) * 2)', overflowX: 'auto', paddingInline: 'var(--gutter-h)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {t(i18n, 'radioWeekTitle')} {shortDay(monday)}–{shortDay(addDays(monday, 6))}
        {' · '}
        <a href={`${list}?week=${addDays(monday, -7)}`}>{t(i18n, 'radioWeekPrevious')}</a>
        {' · '}
        <a href={`${list}?week=${addDays(monday, 7)}`}>{t(i18n, 'radioWeekNext')}</a>
      </h3>
      {rows.length === 0 ? (
        <p>{t(i18n, 'radioWeekNoSlots')}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th style={cellStyle}>{t(i18n, 'radioWeekSlot')}</th>
              {rows[0]!.cells.map((cell) => (
                <th key={cell.day} style={{ ...cellStyle, fontWeight: cell.day === today ? 700 : 500 }}>
                  {getTranslation(weekdayLabels[weekdayOf(cell.day)], i18n)} {shortDay(cell.day)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ slot, cells }) => (
              <tr key={slot.id}>
                <th style={{ ...cellStyle, textAlign: 'left' }}>
                  {slot.name}
                  <br />
                  {slot.startTime}–{slot.endTime}
                </th>
                {cells.map((cell) => (
                  <td key={cell.day} style={cellStyle}>
                    {cell.programme ? (
                      <a href={`${list}/${cell.programme.id}`} style={{ color: stateColours[cell.programme.programmeState] }}>
                        {getTranslation(programmeStateLabels[cell.programme.programmeState as keyof typeof programmeStateLabels] ?? { vi: '', en: '' }, i18n)}
                        <br />
                        {formatLength(cell.programme.totalSeconds)} / {formatLength(slotSeconds(slot))}
                        {' · '}
                        {t(i18n, 'radioWeekItems', { count: cell.programme.itemCount })}
                      </a>
                    ) : cell.runs ? (
                      <a href={`${list}/create`}>{t(i18n, 'radioWeekEmpty')}</a>
                    ) : (
                      '—'
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
