import type { Endpoint, PayloadRequest } from 'payload'

import { NotFound } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { documentChain } from '../../../services/documentChain.ts'

/**
 * GET /api/cchc-documents/:id/chain: what the document is based on (căn cứ) and what is based on
 * it, each as the caller may read it; 404 for an unknown or unpublished document.
 */
export const documentChainEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/chain',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const id = String(req.routeParams?.id ?? '')
    if (!/^[1-9]\d{0,15}$/.test(id)) throw new NotFound(req.t)
    return Response.json(await documentChain(req, options, Number(id)))
  },
})
