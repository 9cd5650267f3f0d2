/**
 * The PAR index criteria set, its CSV import and the totals of an assessment: pure functions, no database.
 */
import { describe, expect, it } from 'vitest'

import { checkCriteriaTree, checkScore, type Criterion, leafCodes } from '../src/lib/parCriteria.ts'
import { parseCriteriaCsv } from '../src/lib/parCriteriaCsv.ts'
import { type ScoreLine, summarize, withDeadlines } from '../src/lib/parTotals.ts'
import { checkScoreTransition, isAssessmentTransition } from '../src/lib/parWorkflow.ts'

const set: Criterion[] = [
  { code: '1', name: 'Công tác chỉ đạo, điều hành', maxScore: 3 },
  { code: '1.1', name: 'Kế hoạch CCHC năm', maxScore: 1 },
  { code: '1.2', name: 'Báo cáo CCHC', maxScore: 2 },
  { code: '1.2.1', name: 'Đủ số lượng', maxScore: 1 },
  { code: '1.2.2', name: 'Đúng hạn', maxScore: 1 },
  { code: '2', name: 'Cải cách thể chế', maxScore: 1.5, step: 0.5 },
  { code: '2.1', name: 'Rà soát văn bản', maxScore: 1.5, step: 0.5 },
]

describe('the criteria tree', () => {
  it('accepts a set whose children add up to their parent', () => {
    expect(checkCriteriaTree(set)).toEqual([])
    expect(leafCodes(set)).toEqual(['1.1', '1.2.1', '1.2.2', '2.1'])
  })

  it('names a parent whose children do not add up, with both sums', () => {
    const wrong = set.map((c) => (c.code === '1.2.2' ? { ...c, maxScore: 0.75 } : c))
    expect(checkCriteriaTree(wrong)).toEqual([{ index: 2, field: 'maxScore', reason: 'sumMismatch', code: '1.2', max: 2, sum: 1.75 }])
  })

  it('finds malformed and repeated codes, orphans, maxima off their step, and an empty set', () => {
    const problems = checkCriteriaTree([
      { code: '1', name: 'a', maxScore: 1 },
      { code: '1.01', name: 'b', maxScore: 1 },
      { code: '1', name: 'c', maxScore: 1 },
      { code: '3.1', name: 'd', maxScore: 0.3 },
    ])
    expect(problems.map((p) => p.reason)).toEqual(['badCode', 'duplicateCode', 'badMax', 'missingParent'])
    expect(checkCriteriaTree([])).toEqual([{ index: -1, field: 'criteria', reason: 'noCriteria' }])
  })

  it('bounds a score by 0 and the maximum, in whole steps', () => {
    expect(checkScore(1, { maxScore: 1 })).toBeNull()
    expect(checkScore(0.75, { maxScore: 1 })).toBeNull()
    expect(checkScore(1.25, { maxScore: 1 })).toEqual({ reason: 'scoreRange', max: 1 })
    expect(checkScore(-0.25, { maxScore: 1 })).toEqual({ reason: 'scoreRange', max: 1 })
    expect(checkScore(0.3, { maxScore: 1 })).toEqual({ reason: 'scoreStep', step: 0.25 })
    expect(checkScore(0.25, { maxScore: 1.5, step: 0.5 })).toEqual({ reason: 'scoreStep', step: 0.5 })
  })
})

describe('the criteria CSV', () => {
  it('reads Vietnamese headers, a semicolon file with decimal commas and a BOM', () => {
    const csv = '\uFEFFMã;Tiêu chí;Điểm tối đa;Hướng dẫn chấm điểm;Tài liệu kiểm chứng\n1;Chỉ đạo;2;;\n1.1;Kế hoạch;1,5;Ban hành trước 31/12;Kế hoạch\n1.2;Báo cáo;0,5;;\n'
    const result = parseCriteriaCsv(csv)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.criteria.map((c) => [c.code, c.maxScore])).toEqual([['1', 2], ['1.1', 1.5], ['1.2', 0.5]])
    expect(result.criteria[1]).toMatchObject({ guidance: 'Ban hành trước 31/12', evidenceRequired: 'Kế hoạch' })
  })

  it('reads English headers without diacritics', () => {
    const result = parseCriteriaCsv('code,name,max score,step\n1,A,1,0.5\n')
    expect(result).toEqual({ ok: true, criteria: [{ code: '1', name: 'A', maxScore: 1, step: 0.5, guidance: null, evidenceRequired: null }] })
  })

  it('gives every error by spreadsheet row and column, and imports nothing', () => {
    const result = parseCriteriaCsv('Mã,Tiêu chí,Điểm tối đa\n1,Chỉ đạo,abc\n1.1,,1\n')
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'Điểm tối đa', problem: { reason: 'notANumber', value: 'abc' } },
        { row: 3, column: 'Tiêu chí', problem: { reason: 'emptyCell' } },
      ],
    })
  })

  it('reports a tree problem at the parent row', () => {
    const result = parseCriteriaCsv('Mã,Tiêu chí,Điểm tối đa\n1,Chỉ đạo,3\n1.1,Kế hoạch,1\n1.2,Báo cáo,1\n')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([{ row: 2, column: 'Điểm tối đa', problem: expect.objectContaining({ reason: 'sumMismatch', max: 3, sum: 2 }) }])
  })

  it('refuses unknown and missing columns, and a file without rows', () => {
    const result = parseCriteriaCsv('Mã,Ghi chú\n1,x\n')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.problem.reason)).toEqual(['unknownColumn', 'missingColumn', 'missingColumn'])
    expect(parseCriteriaCsv('Mã,Tiêu chí,Điểm tối đa\n')).toEqual({ ok: false, errors: [{ row: 2, problem: { reason: 'noRows' } }] })
  })
})

describe('the totals', () => {
  const line = (code: string, unit: number | null, score: number | null, extra: Partial<ScoreLine> = {}): ScoreLine => ({
    code,
    unit,
    score,
    state: 'draft',
    evidenceCount: 1,
    appraisalScore: null,
    ...extra,
  })

  it('adds self, accepted and appraised scores by domain and overall, with progress per unit', () => {
    const summary = summarize(set, [
      line('1.1', 1, 0.75, { state: 'accepted', appraisalScore: 0.5 }),
      line('1.2.1', 1, 1, { evidenceCount: 0 }),
      line('1.2.2', 2, null),
      line('2.1', 2, 1.5, { state: 'accepted' }),
      // A parent's row is not a score of its own.
      line('1.2', 2, 2),
    ])
    expect(summary.domains).toEqual([
      { code: '1', name: 'Công tác chỉ đạo, điều hành', max: 3, selfScore: 1.75, accepted: 0.75, appraised: 0.5, difference: -0.25 },
      { code: '2', name: 'Cải cách thể chế', max: 1.5, selfScore: 1.5, accepted: 1.5, appraised: null, difference: null },
    ])
    expect(summary.overall).toEqual({ max: 4.5, selfScore: 3.25, accepted: 2.25, appraised: 0.5, difference: -0.25 })
    expect(summary.units).toEqual([
      { unit: 1, assigned: 2, scored: 2, withEvidence: 1, submitted: 1, accepted: 1 },
      { unit: 2, assigned: 2, scored: 1, withEvidence: 2, submitted: 1, accepted: 1 },
    ])
    expect(summary.missingEvidence).toEqual(['1.2.1'])
    expect(summary.unassigned).toEqual([])
  })

  it('compares with the previous year by domain code', () => {
    const summary = summarize(set, [line('1.1', 1, 1), line('2.1', 1, 0.5)], {
      year: 2025,
      criteria: set,
      lines: [line('1.1', 1, 0.5), line('2.1', 1, 1)],
    })
    expect(summary.previous).toMatchObject({ year: 2025, change: 0, domains: [{ code: '1', selfScore: 0.5, change: 0.5 }, { code: '2', selfScore: 1, change: -0.5 }] })
    expect(summary.unassigned).toEqual(['1.2.1', '1.2.2'])
  })
})

describe('the units’ deadlines', () => {
  it('are overdue once the day has passed with criteria not yet sent', () => {
    const units = [
      { unit: 1, assigned: 2, scored: 2, withEvidence: 2, submitted: 2, accepted: 0 },
      { unit: 2, assigned: 2, scored: 1, withEvidence: 1, submitted: 1, accepted: 0 },
      { unit: 3, assigned: 1, scored: 0, withEvidence: 0, submitted: 0, accepted: 0 },
    ]
    const deadlines = new Map([['1', '2026-11-20'], ['2', '2026-11-20'], ['3', '2026-11-21']])
    expect(withDeadlines(units, deadlines, '2026-11-21').map((u) => [u.unit, u.deadline, u.overdue])).toEqual([
      [1, '2026-11-20', false],
      [2, '2026-11-20', true],
      [3, '2026-11-21', false],
    ])
    expect(withDeadlines(units, new Map(), '2030-01-01').every((u) => u.deadline === null && !u.overdue)).toBe(true)
  })
})

describe('the workflows', () => {
  it('lets the unit submit and the reviewer accept or return, nobody else', () => {
    expect(checkScoreTransition('draft', 'submitted', { member: true, reviewer: false })).toEqual({ ok: true })
    expect(checkScoreTransition('draft', 'submitted', { member: false, reviewer: true })).toEqual({ ok: false, reason: 'not-yours' })
    expect(checkScoreTransition('submitted', 'accepted', { member: true, reviewer: false })).toEqual({ ok: false, reason: 'not-yours' })
    expect(checkScoreTransition('draft', 'accepted', { member: true, reviewer: true })).toEqual({ ok: false, reason: 'not-a-transition' })
    expect(isAssessmentTransition('open', 'appraised')).toBe(false)
    expect(isAssessmentTransition('submitted', 'appraised')).toBe(true)
  })
})
