import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { rights } from '../access/rights.ts'
import { resolveRole } from '../access/roles.ts'
import type { Criterion } from '../lib/parCriteria.ts'
import type { ScoreState } from '../lib/parWorkflow.ts'
import { idOf } from '../lib/relationId.ts'
import { type AssessmentSummary, type ScoreLine, summarize, type UnitDeadline, withDeadlines } from '../lib/parTotals.ts'
import { dayInVietnam } from '../lib/vietnamTime.ts'

/** Whether the request's user runs the self-assessment (assigns, reads every score, exports). */
export const managesPar = async (req: PayloadRequest, options: ResolvedOptions): Promise<boolean> => {
  const managers: Partial<Record<string, boolean>> = rights['par-assessments'].manage
  return managers[await resolveRole(req, options)] === true
}

export type StoredScore = {
  id: number | string
  criterionCode: string
  criterionName?: null | string
  maxScore?: null | number
  unit?: unknown
  score?: null | number
  explanation?: null | string
  scoreState?: ScoreState
  returnReason?: null | string
  evidenceFiles?: unknown[] | null
  evidencePosts?: unknown[] | null
  evidenceLinks?: { url?: null | string }[] | null
  appraisalScore?: null | number
  appraisalNote?: null | string
}

export type AssessmentDoc = {
  id: number | string
  year: number
  title?: null | string
  criteriaSet: unknown
  assessmentState: string
  resultPublished?: boolean | null
  unitDeadlines?: { unit?: unknown; deadline?: null | string }[] | null
}

export const evidenceCountOf = (score: StoredScore): number =>
  (score.evidenceFiles?.length ?? 0) + (score.evidencePosts?.length ?? 0) + (score.evidenceLinks?.filter((link) => link.url).length ?? 0)

const lineOf = (score: StoredScore): ScoreLine => ({
  code: score.criterionCode,
  unit: idOf(score.unit),
  score: score.score ?? null,
  state: score.scoreState ?? 'draft',
  evidenceCount: evidenceCountOf(score),
  appraisalScore: score.appraisalScore ?? null,
})

const loadCriteria = async (req: PayloadRequest, options: ResolvedOptions, setId: unknown): Promise<Criterion[]> => {
  const id = idOf(setId)
  if (id === null) return []
  const set = (await req.payload.findByID({ collection: options.slugs.parCriteriaSets, id, depth: 0, disableErrors: true, overrideAccess: true, req })) as {
    criteria?: Criterion[]
  } | null
  return set?.criteria ?? []
}

export const loadScores = async (req: PayloadRequest, options: ResolvedOptions, assessmentId: number | string, depth = 0): Promise<StoredScore[]> =>
  (
    await req.payload.find({
      collection: options.slugs.parScores,
      where: { assessment: { equals: assessmentId } },
      pagination: false,
      depth,
      overrideAccess: true,
      req,
      sort: 'id',
    })
  ).docs as unknown as StoredScore[]

/**
 * An assessment's criteria, scores and computed summary, with the previous year's for comparison
 * and each unit's deadline (a day in the commune's time zone) against `now`.
 */
export const assessmentSummary = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  assessment: AssessmentDoc,
  now: Date,
): Promise<{ criteria: Criterion[]; scores: StoredScore[]; summary: Omit<AssessmentSummary, 'units'> & { units: UnitDeadline[] } }> => {
  const criteria = await loadCriteria(req, options, assessment.criteriaSet)
  const scores = await loadScores(req, options, assessment.id)
  const last = (
    await req.payload.find({
      collection: options.slugs.parAssessments,
      where: { year: { equals: assessment.year - 1 } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs[0] as AssessmentDoc | undefined
  const previous = last
    ? { year: last.year, criteria: await loadCriteria(req, options, last.criteriaSet), lines: (await loadScores(req, options, last.id)).map(lineOf) }
    : null
  const summary = summarize(criteria, scores.map(lineOf), previous)
  const timeZone = options.reporting.timeZone
  const deadlines = new Map(
    (assessment.unitDeadlines ?? []).flatMap((row) => (row.deadline && idOf(row.unit) !== null ? [[String(idOf(row.unit)), dayInVietnam(row.deadline, timeZone)] as const] : [])),
  )
  return { criteria, scores, summary: { ...summary, units: withDeadlines(summary.units, deadlines, dayInVietnam(now, timeZone)) } }
}

export type ParProgress = {
  assessment: { id: number | string; year: number; title: string; assessmentState: string }
  overall: AssessmentSummary['overall']
  units: (UnitDeadline & { name: string })[]
  missingEvidence: number
  unassigned: number
}

/**
 * The coordinator's dashboard view of the latest assessment: each unit's progress with its name
 * and deadline, the totals so far. Null when there is none or the user does not run the assessment.
 */
export const parProgress = async (req: PayloadRequest, options: ResolvedOptions, now: Date): Promise<null | ParProgress> => {
  if (!(await managesPar(req, options))) return null
  const latest = (await req.payload.find({ collection: options.slugs.parAssessments, sort: '-year', limit: 1, depth: 0, overrideAccess: true, req }))
    .docs[0] as AssessmentDoc | undefined
  if (!latest) return null
  const { summary } = await assessmentSummary(req, options, latest, now)
  const ids = summary.units.map((unit) => unit.unit)
  const units = await req.payload.find({
    collection: options.slugs.units,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, shortName: true },
  })
  const nameOf = new Map(units.docs.map((unit) => [String(unit.id), String((unit as { shortName?: string }).shortName || (unit as { name?: string }).name || unit.id)]))
  return {
    assessment: { id: latest.id, year: latest.year, title: latest.title ?? String(latest.year), assessmentState: latest.assessmentState },
    overall: summary.overall,
    units: summary.units.map((unit) => ({ ...unit, name: nameOf.get(String(unit.unit)) ?? String(unit.unit) })),
    missingEvidence: summary.missingEvidence.length,
    unassigned: summary.unassigned.length,
  }
}
