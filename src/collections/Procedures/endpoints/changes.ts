import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { readParameters } from '../../../requestParameters.ts'
import { procedureChanges, procedureChangesQuery } from '../../../services/procedureChanges.ts'

/**
 * GET /api/procedures/changes?from=2026-01-01&to=2026-06-30&kind=repealed (GraphQL:
 * `ProcedureChanges`): the changes above.
 */
export const procedureChangesEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/changes',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    return Response.json(await procedureChanges(req, options, readParameters(req, procedureChangesQuery, req.query, 'procedureChangesHint')))
  },
})
