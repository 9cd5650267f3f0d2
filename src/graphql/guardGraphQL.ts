import type { PayloadRequest, SanitizedConfig } from 'payload'

import { type DocumentNode, parse } from 'graphql'
import { createPayloadRequest, headersWithCors } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { clientAddressOf, unidentifiedClient } from '../lib/clientAddress.ts'
import { hitRateLimit, rateLimitKey } from '../services/rateLimit.ts'
import { t } from '../translations/translate.ts'
import { type QueryProblem, queryShapeProblems } from './queryShape.ts'

type Handler = (request: Request) => Promise<Response>

const graphQLResponseType = 'application/graphql-response+json'

/** The plugin's resolved options, which `cchcPlugin` keeps in `config.custom.cchc`. */
const optionsOf = (req: PayloadRequest): ResolvedOptions => {
  const options = (req.payload.config.custom as { cchc?: ResolvedOptions } | undefined)?.cchc
  if (!options) throw new Error('guardGraphQL: the Payload config has no cchcPlugin')
  return options
}

/** The body, or null when it is longer than `maxBytes` (the rest is then never read). */
const readAtMost = async (request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> => {
  if (Number(request.headers.get('content-length')) > maxBytes) return null
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

// Anything not a JSON body with a query text is left to Payload's handler, which answers it.
const queryIn = (body: Uint8Array): string | undefined => {
  try {
    const query = (JSON.parse(Buffer.from(body).toString('utf8')) as { query?: unknown } | null)?.query
    return typeof query === 'string' ? query : undefined
  } catch {
    return undefined
  }
}

/** The document; 'too deep' when parsing it exhausts the stack; undefined for a syntax error, which Payload's handler names. */
const parsed = (query: string): DocumentNode | 'too deep' | undefined => {
  try {
    return parse(query)
  } catch (error) {
    // The parser recurses once per level of braces: only thousands of levels exhaust the stack.
    return error instanceof RangeError ? 'too deep' : undefined
  }
}

/**
 * The host's GraphQL route with the plugin's limits in front of Payload's handler:
 *
 * ```ts
 * // app/(payload)/api/graphql/route.ts
 * export const POST = guardGraphQL(config, GRAPHQL_POST(config))
 * ```
 *
 * Before Payload's handler parses anything it counts an anonymous client's request against
 * `graphQL.anonymousRateLimit` (429 with `Retry-After`), refuses a body or query over its size, and
 * refuses a query nested too deeply, naming too many fields or aliases, or whose fragments spread
 * themselves (Payload's own complexity estimate recurses forever on those, a 500). The cost of
 * what the query asks for is the validation rule `queryCostRule`, which needs the schema.
 *
 * GraphQL's request errors (syntax, validation, cost) answer 400: the handler is asked for the
 * GraphQL-over-HTTP response type, whose request errors are 400s (under plain JSON they are 200s),
 * and the client gets the type it asked for.
 */
export const guardGraphQL =
  (config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler): Handler =>
  async (request) => {
    const req = await createPayloadRequest({ config, request })
    const options = optionsOf(req)
    const limits = options.graphQL
    const refuse = (status: number, problems: QueryProblem[], headers: Record<string, string> = {}) =>
      Response.json(
        { errors: problems.map(({ code, message }) => ({ message, extensions: { code } })) },
        { status, headers: headersWithCors({ headers: new Headers(headers), req }) },
      )

    if (!req.user && limits.anonymousRateLimit) {
      // In-process calls come without an address (Next.js always fills X-Forwarded-For), and with no
      // trusted proxy the address proves nothing: neither is limited per client.
      const client = clientAddressOf(request.headers.get('x-forwarded-for'), options.trustedProxies)
      if (client !== unidentifiedClient) {
        const hit = await hitRateLimit(req.payload, options, rateLimitKey(req.payload, 'graphql', client), limits.anonymousRateLimit)
        if (!hit.allowed) {
          return refuse(429, [{ code: 'RATE_LIMITED', message: t(req, 'graphQLRateLimited', { seconds: hit.retryAfterSeconds }) }], {
            'Retry-After': String(hit.retryAfterSeconds),
          })
        }
      }
    }

    const body = await readAtMost(request, limits.maxRequestBytes)
    if (!body) return refuse(400, [{ code: 'REQUEST_TOO_LARGE', message: t(req, 'graphQLRequestTooLarge', { maxBytes: limits.maxRequestBytes }) }])
    const query = queryIn(body)
    if (query !== undefined) {
      const bytes = Buffer.byteLength(query)
      if (bytes > limits.maxQueryBytes) return refuse(400, [{ code: 'QUERY_TOO_LARGE', message: t(req, 'graphQLQueryTooLarge', { bytes, maxBytes: limits.maxQueryBytes }) }])
      const document = parsed(query)
      if (document === 'too deep') return refuse(400, [{ code: 'QUERY_TOO_DEEP', message: t(req, 'graphQLTooDeep', { maxDepth: limits.maxDepth }) }])
      const problems = document ? queryShapeProblems(document, limits, req) : []
      if (problems.length > 0) return refuse(400, problems)
    }

    const headers = new Headers(request.headers)
    headers.delete('content-length')
    headers.set('accept', graphQLResponseType)
    const response = await handler(new Request(request.url, { method: request.method, headers, body: request.method === 'GET' ? undefined : body }))
    if (request.headers.get('accept')?.includes(graphQLResponseType)) return response
    const answered = new Headers(response.headers)
    if (answered.get('content-type')?.startsWith(graphQLResponseType)) answered.set('content-type', 'application/json; charset=utf-8')
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: answered })
  }
