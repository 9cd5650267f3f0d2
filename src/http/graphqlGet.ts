import type { SanitizedConfig } from 'payload'

import { createPayloadRequest, headersWithCors } from 'payload'

import { readGraphQLGet } from '../lib/graphqlGet.ts'
import { t } from '../translations/translate.ts'

type Handler = (request: Request) => Promise<Response>

const problemKeys = { noQuery: 'graphQLGetNoQuery', mutation: 'graphQLGetMutation', badVariables: 'graphQLGetBadVariables' } as const

/**
 * `GET /api/graphql?query=…&variables=…&operationName=…` (GraphQL over HTTP), answered by the host's
 * POST handler (`post`, with the plugin's limits: `guardGraphQL(config, GRAPHQL_POST(config))`), so a
 * read can go through `cacheAnonymousReads` like REST. A mutation is refused with 405 and `Allow: POST`
 * (it would run again wherever a cache, a prefetch or a crawler repeats the URL), a missing query or
 * unreadable variables with 400, in the request's language.
 */
export const graphqlGet =
  (config: Promise<SanitizedConfig> | SanitizedConfig, post: Handler): Handler =>
  async (request) => {
    const reading = readGraphQLGet(new URL(request.url).searchParams)
    if (!reading.ok) {
      const req = await createPayloadRequest({ config, request })
      const status = reading.problem === 'mutation' ? 405 : 400
      const headers = headersWithCors({ headers: new Headers(status === 405 ? { Allow: 'POST' } : {}), req })
      headers.set('cache-control', 'no-store')
      return Response.json({ errors: [{ message: t(req, problemKeys[reading.problem]), extensions: { code: reading.problem === 'mutation' ? 'METHOD_NOT_ALLOWED' : 'BAD_REQUEST' } }] }, { status, headers })
    }
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    headers.delete('content-length')
    return post(new Request(request.url, { method: 'POST', headers, body: JSON.stringify(reading.request), signal: request.signal }))
  }
