import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { readParameters } from '../../../requestParameters.ts'
import { procedureSearchQuery, searchProcedures } from '../../../services/procedureSearch.ts'

/**
 * GET /api/procedures/search?q=thu tuc dang ky ket hon&sector=Hộ tịch&status=active&onlineLevel=toan_trinh
 * (GraphQL: `ProcedureSearch`): the search above; the public gets published procedures.
 */
export const searchProceduresEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    return Response.json(await searchProcedures(req, options, readParameters(req, procedureSearchQuery, req.query, 'procedureSearchHint')))
  },
})
