import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { checkCounts, countNames, type Counts, derive, type FigureProblem } from '../../../lib/procedureFigures.ts'
import { reportingMessages } from '../../../translations/reportingMessages.ts'

const messageOf = (problem: FigureProblem): { path: string; message: string } => {
  switch (problem.kind) {
    case 'negative':
      return { path: problem.path, message: reportingMessages.negative(problem.path, problem.value) }
    case 'notWhole':
      return { path: problem.path, message: reportingMessages.notWhole(problem.path, problem.value) }
    case 'tooLarge':
      return { path: problem.path, message: reportingMessages.tooLarge(problem.path, problem.value) }
    case 'missing':
      return { path: problem.path, message: reportingMessages.missing(problem.path) }
    case 'balance':
      return { path: 'carriedOver', message: reportingMessages.balance(problem) }
    case 'exceeds':
      return { path: problem.path, message: reportingMessages.exceeds(problem.path, problem.value, problem.limit, problem.limitValue) }
  }
}

/**
 * Refuses figures that do not add up, naming the numbers that disagree, and writes the totals and
 * rates the server derives over whatever the request sent for them.
 */
export const checkProcedureFigures: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const counts: Counts = Object.fromEntries(countNames.map((name) => [name, data[name] ?? null]))
  const problems = checkCounts(counts)
  if (problems.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors: problems.map(messageOf), req })
  }
  Object.assign(data, derive(counts))
  return data
}
