import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { badQuery } from '../../../endpoints/badQuery.ts'
import { procedureSearchHint, procedureSearchQuery, searchProcedures } from '../../../services/procedureSearch.ts'

/**
 * GET /api/procedures/search?q=thu tuc dang ky ket hon&sector=Hộ tịch&status=active&onlineLevel=toan_trinh
 * (GraphQL: `ProcedureSearch`): the search above; the public gets published procedures.
 */
export const searchProceduresEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const parsed = procedureSearchQuery.safeParse(req.query)
    if (!parsed.success) return badQuery(parsed.error, procedureSearchHint)
    return Response.json(await searchProcedures(req, options, parsed.data))
  },
})
