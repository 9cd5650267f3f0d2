import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { assessmentStates, type AssessmentState, isAssessmentState, isAssessmentTransition } from '../../../lib/parWorkflow.ts'
import { idOf } from '../../../lib/relationId.ts'
import { storedBefore } from '../../../lib/storedBefore.ts'
import { nowOf } from '../../../requestContext.ts'
import { firstId } from '../../../services/firstId.ts'
import { t } from '../../../translations/translate.ts'

/**
 * An assessment's way (parWorkflow.ts): its set stays the one it started with, the year is the
 * set's, one assessment per year, states move only as the table says, and the result is published
 * only once it has been sent to the province. Server-set: submitted-at and appraised-at.
 */
export const applyAssessmentWorkflow =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, context, data, operation, originalDoc, req }) => {
    const invalid = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }], req }, req.t)
    const stored = storedBefore({ operation, originalDoc })
    if (stored) data.criteriaSet = stored.criteriaSet
    const setId = idOf(data.criteriaSet)
    if (setId === null) throw invalid('criteriaSet', req.t('validation:required'))
    const set = (await req.payload.findByID({
      collection: options.slugs.parCriteriaSets,
      id: setId,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
      select: { year: true, criteria: true },
    })) as { year: number; criteria?: unknown[] } | null
    if (!set || (set.criteria ?? []).length === 0) throw invalid('criteriaSet', t(req, 'parNoCriteria'))
    data.year = set.year
    const others = stored ? [{ id: { not_equals: stored.id } }] : []
    if ((await firstId(req, collection.slug, { and: [{ year: { equals: set.year } }, ...others] })) !== null) {
      throw invalid('year', t(req, 'parDuplicateYear', { year: set.year }))
    }

    const from: AssessmentState = stored?.assessmentState ?? 'open'
    const to: AssessmentState = isAssessmentState(data.assessmentState) ? data.assessmentState : from
    if (!isAssessmentTransition(from, to) || (!stored && to !== assessmentStates[0])) {
      throw invalid('assessmentState', t(req, 'parAssessmentNotATransition', { from, to }))
    }
    if (data.resultPublished === true && to === 'open') throw invalid('resultPublished', t(req, 'parPublishBeforeSubmit'))

    const at = nowOf(context).toISOString()
    data.assessmentState = to
    data.submittedAt = to === 'submitted' && from === 'open' ? at : (stored?.submittedAt ?? null)
    data.appraisedAt = to === 'appraised' && from !== to ? at : (stored?.appraisedAt ?? null)
    return data
  }
