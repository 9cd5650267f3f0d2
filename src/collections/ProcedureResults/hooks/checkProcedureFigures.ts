import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { ValidationError } from 'payload'

import { checkCounts, countLabels, countNames, type CountName, type Counts, derive, type FigureProblem } from '../../../lib/procedureFigures.ts'
import { t } from '../../../translations/translate.ts'

const messageOf = (req: PayloadRequest, problem: FigureProblem): { path: string; message: string } => {
  const field = (name: CountName) => getTranslation(countLabels[name], req.i18n)
  switch (problem.kind) {
    case 'negative':
      return { path: problem.path, message: t(req, 'figureNegative', { field: field(problem.path), value: problem.value }) }
    case 'notWhole':
      return { path: problem.path, message: t(req, 'figureNotWhole', { field: field(problem.path), value: problem.value }) }
    case 'tooLarge':
      return { path: problem.path, message: t(req, 'figureTooLarge', { field: field(problem.path), value: problem.value }) }
    case 'missing':
      return { path: problem.path, message: t(req, 'figureMissing', { field: field(problem.path) }) }
    case 'balance': {
      const { carriedOver, received, resolved, inProgress } = problem
      const message = t(req, 'figureBalance', { carriedOver, received, incoming: carriedOver + received, resolved, inProgress, outgoing: resolved + inProgress })
      return { path: 'carriedOver', message }
    }
    case 'exceeds':
      return {
        path: problem.path,
        message: t(req, 'figureExceeds', { field: field(problem.path), value: problem.value, limit: field(problem.limit), limitValue: problem.limitValue }),
      }
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
    throw new ValidationError({ collection: collection.slug, errors: problems.map((problem) => messageOf(req, problem)), req }, req.t)
  }
  Object.assign(data, derive(counts))
  return data
}
