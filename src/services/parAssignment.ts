import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { type Criterion, isWithin, leafCodes } from '../lib/parCriteria.ts'
import { idOf } from '../lib/relationId.ts'
import { lockDocument } from './lockDocument.ts'
import { type AssessmentDoc, loadScores } from './parSummary.ts'

/** Which criteria: a domain's (or any code's subtree), a list of codes, or the whole set. */
export type AssignmentTarget = { domain?: string; codes?: string[] }

/**
 * Assigns scored criteria of an assessment to a unit, in the request's transaction (holding the
 * assessment's row) and with the caller's access: creates the score rows that do not exist and moves those that do. A code that
 * is not a scored criterion of the set is refused by the collection (400 naming `criterionCode`),
 * and the transaction writes nothing. Returns how many were assigned.
 */
export const assignCriteria = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  assessment: AssessmentDoc,
  unit: number | string,
  target: AssignmentTarget,
): Promise<number> => {
  // Two assignments of one assessment run one after the other: the second sees the rows the first made.
  await lockDocument(req, options.slugs.parAssessments, assessment.id)
  const set = (await req.payload.findByID({
    collection: options.slugs.parCriteriaSets,
    id: idOf(assessment.criteriaSet)!,
    depth: 0,
    overrideAccess: true,
    req,
    select: { criteria: true },
  })) as { criteria?: Criterion[] }
  const leaves = leafCodes(set.criteria ?? [])
  const codes = target.codes ?? leaves.filter((code) => target.domain === undefined || isWithin(code, target.domain))
  const existing = new Map((await loadScores(req, options, assessment.id)).map((score) => [score.criterionCode, score.id]))
  for (const code of codes) {
    const id = existing.get(code)
    if (id !== undefined) {
      await req.payload.update({ collection: options.slugs.parScores, id, data: { unit }, depth: 0, overrideAccess: false, req })
    } else {
      await req.payload.create({
        collection: options.slugs.parScores,
        data: { assessment: assessment.id, criterionCode: code, unit },
        depth: 0,
        overrideAccess: false,
        req,
      })
    }
  }
  return codes.length
}
