import type { AfterErrorHook } from 'payload'

import { requestIdHeader, wellFormedRequestId } from '../lib/requestId.ts'

/**
 * A REST error answer names the request it belongs to (`requestId`, as in the `x-request-id` header
 * and the request's log line), so a person's report of an error finds its log line. Only the id the
 * host's server set (well formed); GraphQL answers keep their own shape.
 */
export const addRequestId: AfterErrorHook = ({ graphqlResult, req, result }) => {
  const requestId = wellFormedRequestId(req.headers?.get(requestIdHeader))
  if (graphqlResult || !requestId || !result || typeof result !== 'object') return
  return { response: { ...(result as Record<string, unknown>), requestId } }
}
