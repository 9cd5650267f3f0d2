import type { PayloadRequest } from 'payload'

import type { TreeProblem } from '../lib/parCriteria.ts'
import type { CriteriaCsvProblem } from '../lib/parCriteriaCsv.ts'

import { parCriteriaColumns } from '../lib/parCriteriaCsv.ts'
import { t } from './translate.ts'

type From = Pick<PayloadRequest, 'i18n' | 't'>

/** Why a criteria set's tree was refused, in the request's language. */
export const treeProblemMessage = (from: From, problem: TreeProblem): string => {
  switch (problem.reason) {
    case 'badCode':
      return t(from, 'parCodeInvalid', { code: problem.code })
    case 'duplicateCode':
      return t(from, 'parCodeDuplicate', { code: problem.code })
    case 'missingParent':
      return t(from, 'parParentMissing', { code: problem.code, parent: problem.parent })
    case 'badMax':
      return t(from, 'parMaxInvalid', { code: problem.code })
    case 'sumMismatch':
      return t(from, 'parSumMismatch', { code: problem.code, max: problem.max, sum: problem.sum })
    case 'badStep':
      return t(from, 'parStepInvalid', { code: problem.code })
    case 'noCriteria':
      return t(from, 'parNoCriteria')
  }
}

/** Why a criteria CSV, a header or a cell was refused. */
export const criteriaCsvProblemMessage = (from: From, problem: CriteriaCsvProblem): string => {
  switch (problem.reason) {
    case 'notUtf8':
      return t(from, 'annexNotUtf8')
    case 'empty':
      return t(from, 'annexEmpty')
    case 'malformed':
      return t(from, 'annexMalformed', { line: problem.line ?? '?' })
    case 'noRows':
      return t(from, 'parCsvNoRows')
    case 'tooManyRows':
      return t(from, 'parCsvTooManyRows', { rows: problem.rows, max: problem.max })
    case 'unknownColumn':
      return t(from, 'parCsvUnknownColumn', { header: problem.header, known: parCriteriaColumns.map((c) => `${c.vi} (${c.en})`).join(', ') })
    case 'repeatedColumn':
      return t(from, 'parCsvRepeatedColumn', { header: problem.header })
    case 'missingColumn':
      return t(from, 'parCsvMissingColumn', { header: problem.header })
    case 'emptyCell':
      return t(from, 'parCsvEmptyCell')
    case 'notANumber':
      return t(from, 'parCsvNotANumber', { value: problem.value })
    default:
      return treeProblemMessage(from, problem)
  }
}
