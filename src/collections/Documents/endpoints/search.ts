import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { readParameters } from '../../../requestParameters.ts'
import { documentSearchQuery, searchDocuments } from '../../../services/documentSearch.ts'

/**
 * GET /api/cchc-documents/search?q=42 kh ubnd&kind=plan&issuer=ubnd xa&year=2026&limit=20&page=1:
 * the column's documents and the procedure announcement decisions in one list (see
 * `searchDocuments` for how it pages); no parameter: every document, newest first.
 */
export const searchDocumentsEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) =>
    Response.json(await searchDocuments(req, options, readParameters(req, documentSearchQuery, req.query, 'documentSearchHint'))),
})
