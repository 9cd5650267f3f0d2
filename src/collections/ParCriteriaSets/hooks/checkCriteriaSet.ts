import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { checkCriteriaTree, type Criterion } from '../../../lib/parCriteria.ts'
import { firstId } from '../../../services/firstId.ts'
import { treeProblemMessage } from '../../../translations/parProblems.ts'
import { t } from '../../../translations/translate.ts'

/** Whether an assessment already scores against the set: from then on the set is frozen. */
export const isCriteriaSetInUse = async (req: PayloadRequest, options: ResolvedOptions, id: number | string): Promise<boolean> =>
  (await firstId(req, options.slugs.parAssessments, { criteriaSet: { equals: id } })) !== null

/**
 * A criteria set holds together: well-formed codes, each under an existing parent, maxima in whole
 * steps, children adding up to their parent; one set per year; no change once an assessment uses it.
 * Each problem is a 400 naming the row's field (`criteria.3.maxScore`).
 */
export const checkCriteriaSet =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const invalid = (errors: { path: string; message: string }[]) => new ValidationError({ collection: collection.slug, errors, req }, req.t)
    if (operation === 'update' && originalDoc?.id !== undefined && (await isCriteriaSetInUse(req, options, originalDoc.id))) {
      throw new APIError(t(req, 'parCriteriaFrozen'), 400, { errors: [{ path: 'criteria', message: t(req, 'parCriteriaFrozen') }] }, true)
    }
    const criteria = (Array.isArray(data.criteria) ? data.criteria : []) as Criterion[]
    // An empty set is allowed while it is being prepared (imported); an assessment refuses one.
    const problems = criteria.length === 0 ? [] : checkCriteriaTree(criteria)
    if (problems.length > 0) {
      throw invalid(problems.map((problem) => ({ path: problem.index < 0 ? 'criteria' : `criteria.${problem.index}.${problem.field}`, message: treeProblemMessage(req, problem) })))
    }
    const others = originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []
    if (typeof data.year === 'number' && (await firstId(req, collection.slug, { and: [{ year: { equals: data.year } }, ...others] })) !== null) {
      throw invalid([{ path: 'year', message: t(req, 'parDuplicateYear', { year: data.year }) }])
    }
    return data
  }

/** A set an assessment uses stays: the assessment's scores are read against it. */
export const keepCriteriaSetInUse =
  (options: ResolvedOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    if (await isCriteriaSetInUse(req, options, id)) throw new APIError(t(req, 'parCriteriaFrozen'), 400, null, true)
  }
