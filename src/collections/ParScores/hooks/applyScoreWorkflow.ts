import type { CollectionBeforeChangeHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { fieldRights, rights } from '../../../access/rights.ts'
import { resolveRole } from '../../../access/roles.ts'
import { unitIdOf } from '../../../access/scopes.ts'
import { checkScore, type Criterion, leafCodes } from '../../../lib/parCriteria.ts'
import { checkScoreTransition, isScoreState, type ScoreState, scoreWritableStates } from '../../../lib/parWorkflow.ts'
import { idOf } from '../../../lib/relationId.ts'
import { storedBefore } from '../../../lib/storedBefore.ts'
import { nowOf } from '../../../requestContext.ts'
import { firstId } from '../../../services/firstId.ts'
import { t } from '../../../translations/translate.ts'

/** What the assigned unit writes; nobody else changes it, and nobody once it is submitted or the assessment sent. */
const unitContent = ['score', 'explanation', 'evidenceFiles', 'evidencePosts', 'evidenceLinks'] as const

/**
 * A self-score's way, on every write path: the criterion is a scored criterion of the
 * assessment's set (its name, maximum and step copied from there), once per assessment; the
 * transition is the caller's to take (parWorkflow.ts); the unit's content stays as it was for
 * anyone who may not change it; scores lie within 0 and the maximum in whole steps; evidence files
 * are internal. Each refusal is a 400 naming the field (403 for a transition that is not the caller's).
 */
export const applyScoreWorkflow =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, context, data, operation, originalDoc, req }) => {
    const invalid = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }], req }, req.t)
    const role = await resolveRole(req, options)
    const system = !req.user
    const reviewers: Partial<Record<string, boolean>> = rights['par-scores'].review
    const reviewer = system || reviewers[role] === true
    const stored = storedBefore({ operation, originalDoc })

    // Field access already drops an assignment change by someone who may not make it; the hook does
    // not rely on that order: a unit's score is always checked against its own criterion's maximum.
    const assigners: Partial<Record<string, boolean>> = fieldRights['par-scores'].assignment.update
    if (stored && !system && assigners[role] !== true) {
      for (const key of ['assessment', 'criterionCode', 'unit'] as const) data[key] = stored[key]
    }
    const assessmentId = idOf(data.assessment ?? stored?.assessment)
    const assessment = assessmentId === null
      ? null
      : ((await req.payload.findByID({
          collection: options.slugs.parAssessments,
          id: assessmentId,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
          select: { criteriaSet: true, assessmentState: true },
        })) as { criteriaSet: unknown; assessmentState: string } | null)
    if (!assessment) throw invalid('assessment', req.t('validation:required'))
    const set = (await req.payload.findByID({
      collection: options.slugs.parCriteriaSets,
      id: idOf(assessment.criteriaSet)!,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
      select: { criteria: true },
    })) as { criteria?: Criterion[] } | null
    const criteria = set?.criteria ?? []
    const code = String(data.criterionCode ?? stored?.criterionCode ?? '')
    const criterion = criteria.find((c) => c.code === code)
    if (!criterion || !leafCodes(criteria).includes(code)) throw invalid('criterionCode', t(req, 'parCriterionUnknown', { code }))
    const uniqueKey = `${assessmentId}|${code}`
    const others = stored ? [{ id: { not_equals: stored.id } }] : []
    if ((await firstId(req, collection.slug, { and: [{ uniqueKey: { equals: uniqueKey } }, ...others] })) !== null) {
      throw invalid('criterionCode', t(req, 'parScoreDuplicate'))
    }
    data.uniqueKey = uniqueKey
    data.criterionName = criterion.name
    data.maxScore = criterion.maxScore
    data.step = criterion.step ?? null

    const unitOfScore = idOf(data.unit ?? stored?.unit)
    const member = system || role === 'administrator' || (unitOfScore !== null && String(unitOfScore) === String(unitIdOf(req)))
    const assessmentOpen = assessment.assessmentState === 'open'
    const from: ScoreState = stored?.scoreState ?? 'draft'
    const to: ScoreState = isScoreState(data.scoreState) ? data.scoreState : from
    if (from !== to && !assessmentOpen) throw invalid('scoreState', t(req, 'parAssessmentClosed'))
    const check = checkScoreTransition(from, to, { member, reviewer })
    if (!check.ok) {
      if (check.reason === 'not-yours') {
        throw new APIError(to === 'submitted' ? t(req, 'parScoreSubmitNotYours') : t(req, 'parScoreReviewNotYours', { to }), 403, null, true)
      }
      throw invalid('scoreState', t(req, 'parScoreNotATransition', { from, to }))
    }

    const open = system || (member && assessmentOpen && (scoreWritableStates as readonly string[]).includes(from))
    if (stored && !open) {
      // A unit whose assessment has been sent is told so rather than having its change dropped.
      if (!reviewer && !assessmentOpen && unitContent.some((key) => key in data && JSON.stringify(data[key]) !== JSON.stringify(stored[key]))) {
        throw invalid('score', t(req, 'parAssessmentClosed'))
      }
      for (const key of unitContent) data[key] = stored[key]
    }
    if (typeof data.score === 'number') {
      const problem = checkScore(data.score, criterion)
      if (problem) throw invalid('score', problem.reason === 'scoreRange' ? t(req, 'parScoreRange', { max: problem.max }) : t(req, 'parScoreStep', { step: problem.step }))
    }
    if (to === 'submitted' && from !== to && typeof data.score !== 'number') throw invalid('score', t(req, 'parScoreRange', { max: criterion.maxScore }))
    // The province appraises what was sent: no appraisal while the units still score.
    const appraisalChanged = ['appraisalScore', 'appraisalNote'].some((key) => key in data && (data[key] ?? null) !== (stored?.[key] ?? null))
    if (appraisalChanged && assessmentOpen) throw invalid('appraisalScore', t(req, 'parAppraisalBeforeSubmit'))
    if (typeof data.appraisalScore === 'number') {
      const problem = checkScore(data.appraisalScore, { maxScore: criterion.maxScore, step: 0.01 })
      if (problem) throw invalid('appraisalScore', t(req, 'parScoreRange', { max: criterion.maxScore }))
    }
    if (to === 'returned' && from !== to && !String(data.returnReason ?? '').trim()) throw invalid('returnReason', t(req, 'parReturnReasonRequired'))

    const at = nowOf(context).toISOString()
    data.scoreState = to
    // The coordinator's reason belongs to the return: once the score moves on (submitted again,
    // accepted), it goes (the audit log keeps it, as for posts and reports).
    if (to !== from && to !== 'returned') data.returnReason = null
    data.submittedAt = to === 'submitted' && from !== to ? at : (stored?.submittedAt ?? null)
    data.reviewedAt = (to === 'accepted' || to === 'returned') && from !== to ? at : (stored?.reviewedAt ?? null)
    return data
  }

/** Evidence files are internal: a public one is refused rather than quietly shown. */
export const requireInternalEvidence =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, req }) => {
    const ids = (Array.isArray(data.evidenceFiles) ? data.evidenceFiles : []).map(idOf).filter((id) => id !== null) as (number | string)[]
    if (ids.length === 0) return data
    const publicFiles = await req.payload.find({
      collection: options.slugs.media,
      where: { and: [{ id: { in: ids } }, { internal: { not_equals: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: {},
    })
    if (publicFiles.docs.length > 0) {
      const message = t(req, 'parEvidenceNotInternal', { ids: publicFiles.docs.map((doc) => doc.id).join(', ') })
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'evidenceFiles', message }], req }, req.t)
    }
    return data
  }
