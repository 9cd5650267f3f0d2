import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, UnauthorizedError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { parseCriteriaCsv } from '../../../lib/parCriteriaCsv.ts'
import { InvalidParameters } from '../../../requestParameters.ts'
import { criteriaCsvProblemMessage } from '../../../translations/parProblems.ts'
import { t } from '../../../translations/translate.ts'
import { readCsv } from '../../ProcedureAnnouncements/endpoints/importAnnex.ts'
import { isCriteriaSetInUse } from '../hooks/checkCriteriaSet.ts'

/** The province's table is a few hundred rows, some 100 KB. */
const maxBytes = 2 * 1024 * 1024

/**
 * POST /api/par-criteria-sets/:id/import (CSV as multipart `file` or a text/csv body): replaces the
 * set's criteria with the file's. One wrong row and nothing is imported: a 400 with every error by
 * spreadsheet row and column in `data.errors`. Written with the caller's access.
 */
export const importCriteriaEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/import',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const id = req.routeParams?.id as string
    const collection = options.slugs.parCriteriaSets
    await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, req, select: {} })
    if (await isCriteriaSetInUse(req, options, id)) throw new APIError(t(req, 'parImportFrozen'), 400, null, true)

    const bytes = await readCsv(req)
    const refuse = (errors: { row: number; column?: string; message: string }[]) =>
      new InvalidParameters(errors.map((error) => ({ path: 'file', ...error })), t(req, 'importRejected', { count: errors.length }))
    if (!bytes) throw refuse([{ row: 0, message: t(req, 'importFileMissing') }])
    if (bytes.length > maxBytes) throw refuse([{ row: 0, message: t(req, 'importTooLarge', { megabytes: maxBytes / 1024 / 1024 }) }])
    const parsed = parseCriteriaCsv(bytes)
    if (!parsed.ok) {
      throw refuse(parsed.errors.map(({ row, column, problem }) => ({ row, ...(column === undefined ? {} : { column }), message: criteriaCsvProblemMessage(req, problem) })))
    }
    const doc = await req.payload.update({ collection, id, data: { criteria: parsed.criteria }, depth: 0, overrideAccess: false, req })
    return Response.json({ message: t(req, 'parImported', { count: parsed.criteria.length }), imported: parsed.criteria.length, doc })
  },
})
