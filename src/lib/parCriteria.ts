/**
 * A PAR index criteria set (bộ tiêu chí Chỉ số CCHC) as the province issues it each year: domains
 * (lĩnh vực, code `1`) hold criteria (tiêu chí, `1.1`) that hold sub-criteria (tiêu chí thành
 * phần, `1.1.2`), each with a maximum score. Stored flat, in order; the codes make the tree.
 */

export type Criterion = {
  code: string
  name: string
  maxScore: number
  /** Smallest score step; 0.25 unless the set says otherwise. */
  step?: number | null
  guidance?: string | null
  /** Tài liệu kiểm chứng: the documents that prove the score. */
  evidenceRequired?: string | null
}

export const defaultScoreStep = 0.25

/** `1`, `1.1`, `1.1.2`: numbers without leading zeros, separated by dots. */
export const criterionCodePattern = /^[1-9]\d*(\.[1-9]\d*)*$/

export const parentCode = (code: string): string | null => {
  const cut = code.lastIndexOf('.')
  return cut === -1 ? null : code.slice(0, cut)
}

/** The domain (lĩnh vực) a criterion belongs to: its first segment. */
export const domainCode = (code: string): string => code.split('.')[0]!

/** Whether `code` is `ancestor` or lies under it. */
export const isWithin = (code: string, ancestor: string): boolean => code === ancestor || code.startsWith(`${ancestor}.`)

export type TreeProblem =
  | { index: number; field: 'code'; reason: 'badCode'; code: string }
  | { index: number; field: 'code'; reason: 'duplicateCode'; code: string }
  | { index: number; field: 'code'; reason: 'missingParent'; code: string; parent: string }
  | { index: number; field: 'maxScore'; reason: 'badMax'; code: string }
  | { index: number; field: 'maxScore'; reason: 'sumMismatch'; code: string; max: number; sum: number }
  | { index: number; field: 'step'; reason: 'badStep'; code: string }
  | { index: -1; field: 'criteria'; reason: 'noCriteria' }

// Scores are quarters and hundredths at most: compare in hundredths to keep 0.1 + 0.2 out of it.
const hundredths = (value: number) => Math.round(value * 100)

/** Whether `value` is a whole number of `step`s (to the hundredth). */
export const isMultipleOf = (value: number, step: number): boolean => {
  const s = hundredths(step)
  return s > 0 && hundredths(value) % s === 0 && Math.abs(value * 100 - hundredths(value)) < 1e-6
}

/** Codes of the criteria that have no children: the ones a unit scores. */
export const leafCodes = (criteria: readonly Pick<Criterion, 'code'>[]): string[] => {
  const parents = new Set(criteria.map((c) => parentCode(c.code)).filter((code): code is string => code !== null))
  return criteria.map((c) => c.code).filter((code) => !parents.has(code))
}

/**
 * Every problem of a set: malformed or repeated codes, a criterion whose parent is missing, a
 * maximum that is not a positive multiple of its step, and a parent whose children's maxima do not
 * add up to its own.
 */
export const checkCriteriaTree = (criteria: readonly Criterion[]): TreeProblem[] => {
  if (criteria.length === 0) return [{ index: -1, field: 'criteria', reason: 'noCriteria' }]
  const problems: TreeProblem[] = []
  const indexOf = new Map<string, number>()
  criteria.forEach((c, index) => {
    if (!criterionCodePattern.test(c.code)) problems.push({ index, field: 'code', reason: 'badCode', code: c.code })
    else if (indexOf.has(c.code)) problems.push({ index, field: 'code', reason: 'duplicateCode', code: c.code })
    else indexOf.set(c.code, index)
  })
  const childSums = new Map<string, number>()
  criteria.forEach((c, index) => {
    const step = c.step ?? defaultScoreStep
    if (!(step > 0) || !isMultipleOf(step, 0.01)) problems.push({ index, field: 'step', reason: 'badStep', code: c.code })
    if (!Number.isFinite(c.maxScore) || c.maxScore <= 0 || (step > 0 && !isMultipleOf(c.maxScore, step))) {
      problems.push({ index, field: 'maxScore', reason: 'badMax', code: c.code })
    }
    if (!criterionCodePattern.test(c.code) || indexOf.get(c.code) !== index) return
    const parent = parentCode(c.code)
    if (parent === null) return
    if (!indexOf.has(parent)) problems.push({ index, field: 'code', reason: 'missingParent', code: c.code, parent })
    else childSums.set(parent, (childSums.get(parent) ?? 0) + hundredths(c.maxScore))
  })
  for (const [code, sum] of childSums) {
    const index = indexOf.get(code)!
    const max = criteria[index]!.maxScore
    if (hundredths(max) !== sum) problems.push({ index, field: 'maxScore', reason: 'sumMismatch', code, max, sum: sum / 100 })
  }
  return problems.sort((a, b) => a.index - b.index)
}

export type ScoreProblem = { reason: 'scoreRange'; max: number } | { reason: 'scoreStep'; step: number }

/** Whether a score fits its criterion: 0 to the maximum, in whole steps. */
export const checkScore = (score: number, criterion: Pick<Criterion, 'maxScore' | 'step'>): ScoreProblem | null => {
  if (!Number.isFinite(score) || score < 0 || hundredths(score) > hundredths(criterion.maxScore)) {
    return { reason: 'scoreRange', max: criterion.maxScore }
  }
  const step = criterion.step ?? defaultScoreStep
  return isMultipleOf(score, step) ? null : { reason: 'scoreStep', step }
}
