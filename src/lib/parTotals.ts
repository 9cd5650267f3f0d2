/**
 * What the coordinator reads off an assessment, computed from the scores, never typed: totals by
 * domain and overall (self-scored, accepted, appraised by the province), each unit's progress,
 * the scored criteria without evidence, and the change from the previous year by domain.
 */
import { type Criterion, domainCode, leafCodes } from './parCriteria.ts'
import type { ScoreState } from './parWorkflow.ts'

export type ScoreLine = {
  code: string
  unit: null | number | string
  score: null | number
  state: ScoreState
  /** Evidence items of any kind: files, posts, links. */
  evidenceCount: number
  appraisalScore: null | number
}

export type Totals = {
  max: number
  /** Sum of the self-scores entered. */
  selfScore: number
  /** Sum of the accepted self-scores. */
  accepted: number
  /** Sum of the province's scores; null until any is entered. */
  appraised: null | number
  /** appraised - selfScore over the criteria the province scored; null until any is. */
  difference: null | number
}

export type DomainTotals = Totals & { code: string; name: string }

export type UnitProgress = {
  unit: number | string
  assigned: number
  scored: number
  withEvidence: number
  /** Sent to the coordinator (submitted or accepted). */
  submitted: number
  accepted: number
}

export type AssessmentSummary = {
  overall: Totals
  domains: DomainTotals[]
  units: UnitProgress[]
  /** Leaf criteria that no unit is assigned. */
  unassigned: string[]
  /** Criteria scored without any evidence. */
  missingEvidence: string[]
  /** Previous year's totals by domain code, and the change; null without a previous assessment. */
  previous: null | { year: number; overall: Totals; change: number; domains: { code: string; selfScore: number; change: number }[] }
}

// Sums in hundredths: scores are quarters, and floating sums of quarters drift.
const add = (a: number, b: number) => Math.round(a * 100 + b * 100) / 100

const totalsOf = (lines: readonly ScoreLine[], max: number): Totals => {
  const appraisedLines = lines.filter((line) => line.appraisalScore !== null)
  const selfOfAppraised = appraisedLines.reduce((sum, line) => add(sum, line.score ?? 0), 0)
  const appraised = appraisedLines.length === 0 ? null : appraisedLines.reduce((sum, line) => add(sum, line.appraisalScore!), 0)
  return {
    max,
    selfScore: lines.reduce((sum, line) => add(sum, line.score ?? 0), 0),
    accepted: lines.filter((line) => line.state === 'accepted').reduce((sum, line) => add(sum, line.score ?? 0), 0),
    appraised,
    difference: appraised === null ? null : add(appraised, -selfOfAppraised),
  }
}

/** Totals of one assessment's scores against its set. Scores of codes that are not leaves of the set are left out. */
export const summarize = (
  criteria: readonly Criterion[],
  lines: readonly ScoreLine[],
  previous: null | { year: number; criteria: readonly Criterion[]; lines: readonly ScoreLine[] } = null,
): AssessmentSummary => {
  const leaves = new Set(leafCodes(criteria))
  const counted = lines.filter((line) => leaves.has(line.code))
  const domains = criteria
    .filter((c) => !c.code.includes('.'))
    .map((domain) => ({ code: domain.code, name: domain.name, ...totalsOf(counted.filter((l) => domainCode(l.code) === domain.code), domain.maxScore) }))
  const overallMax = domains.reduce((sum, d) => add(sum, d.max), 0)

  const byUnit = new Map<string, UnitProgress>()
  for (const line of counted) {
    if (line.unit === null) continue
    const key = String(line.unit)
    const progress = byUnit.get(key) ?? { unit: line.unit, assigned: 0, scored: 0, withEvidence: 0, submitted: 0, accepted: 0 }
    progress.assigned += 1
    if (line.score !== null) progress.scored += 1
    if (line.evidenceCount > 0) progress.withEvidence += 1
    if (line.state === 'submitted' || line.state === 'accepted') progress.submitted += 1
    if (line.state === 'accepted') progress.accepted += 1
    byUnit.set(key, progress)
  }
  const assignedCodes = new Set(counted.filter((line) => line.unit !== null).map((line) => line.code))

  const overall = totalsOf(counted, overallMax)
  let before: AssessmentSummary['previous'] = null
  if (previous) {
    const last = summarize(previous.criteria, previous.lines)
    const lastByCode = new Map(last.domains.map((d) => [d.code, d.selfScore]))
    before = {
      year: previous.year,
      overall: last.overall,
      change: add(overall.selfScore, -last.overall.selfScore),
      // Domains are matched by code: the names change from year to year, the seven domains' order does not.
      domains: domains.map((d) => ({ code: d.code, selfScore: lastByCode.get(d.code) ?? 0, change: add(d.selfScore, -(lastByCode.get(d.code) ?? 0)) })),
    }
  }
  return {
    overall,
    domains,
    units: [...byUnit.values()],
    unassigned: [...leaves].filter((code) => !assignedCodes.has(code)),
    missingEvidence: counted.filter((line) => line.score !== null && line.evidenceCount === 0).map((line) => line.code),
    previous: before,
  }
}

export type UnitDeadline = UnitProgress & { deadline: null | string; overdue: boolean }

/**
 * Each unit's deadline (a calendar day in the commune's time zone, `yyyy-mm-dd`) beside its
 * progress: overdue once the day has passed (`today`, the same zone) with criteria not yet sent.
 */
export const withDeadlines = (units: readonly UnitProgress[], deadlines: ReadonlyMap<string, string>, today: string): UnitDeadline[] =>
  units.map((progress) => {
    const deadline = deadlines.get(String(progress.unit)) ?? null
    return { ...progress, deadline, overdue: deadline !== null && deadline < today && progress.submitted < progress.assigned }
  })
