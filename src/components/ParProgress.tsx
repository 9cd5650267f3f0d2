import type { ServerProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { createLocalReq } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { assessmentStateLabels, isAssessmentState } from '../lib/parWorkflow.ts'
import { nowOf } from '../requestContext.ts'
import { parProgress } from '../services/parSummary.ts'
import { t } from '../translations/translate.ts'

type Props = ServerProps & { options: ResolvedOptions }

const day = (value: null | string) => (value ? value.split('-').reverse().join('/') : '—')

/**
 * The coordinator's dashboard panel for the PAR self-assessment: the latest assessment's progress
 * by unit (assigned, scored, with evidence, sent, accepted, deadline), the total so far, and the
 * exports. Shown to those the rights table lets run the assessment.
 */
export const ParProgress = async ({ i18n, options, payload, user }: Props) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: options.authCollection } }, payload)
  const progress = await parProgress(req, options, nowOf(req.context))
  if (!progress) return null
  const { admin, api } = payload.config.routes
  const { assessment, overall } = progress
  const exportPath = `${api}/${options.slugs.parAssessments}/${assessment.id}/export`
  const state = isAssessmentState(assessment.assessmentState) ? getTranslation(assessmentStateLabels[assessment.assessmentState], i18n) : assessment.assessmentState

  return (
    <section className="cchc-par-progress" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        <a href={`${admin}/collections/${options.slugs.parAssessments}/${assessment.id}`}>{assessment.title}</a> ({state}):{' '}
        {t(i18n, 'parPanelTotal', { score: overall.selfScore, max: overall.max })}
      </h3>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th>{t(i18n, 'overviewUnit')}</th>
            <th>{t(i18n, 'parPanelAssigned')}</th>
            <th>{t(i18n, 'parPanelScored')}</th>
            <th>{t(i18n, 'parPanelWithEvidence')}</th>
            <th>{t(i18n, 'parPanelSubmitted')}</th>
            <th>{t(i18n, 'parPanelAccepted')}</th>
            <th>{t(i18n, 'parPanelDeadline')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.units.map((unit) => (
            <tr key={String(unit.unit)} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
              <td>{unit.name}</td>
              <td>{unit.assigned}</td>
              <td>{unit.scored}</td>
              <td>{unit.withEvidence}</td>
              <td>{unit.submitted}</td>
              <td>{unit.accepted}</td>
              <td style={unit.overdue ? { color: 'var(--theme-error-750)', fontWeight: 600 } : undefined}>
                {day(unit.deadline)}
                {unit.overdue ? ` · ${t(i18n, 'parPanelOverdue')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ marginTop: 'calc(var(--base) / 2)' }}>
        {t(i18n, 'parPanelGaps', { missing: progress.missingEvidence, unassigned: progress.unassigned })}
        {' · '}
        <a download href={`${exportPath}?format=csv`}>
          {t(i18n, 'overviewCsv')}
        </a>
        {' · '}
        <a href={`${exportPath}?format=html`} target="_blank" rel="noreferrer">
          {t(i18n, 'parPanelPrint')}
        </a>
      </p>
    </section>
  )
}
