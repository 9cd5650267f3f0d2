import { getOperationAST, Kind, parse } from 'graphql'

/** A GraphQL request read from a GET's query string (`?query=…&variables=…&operationName=…`). */
export type GraphQLGetRequest = { query: string; variables?: Record<string, unknown>; operationName?: string }

/** What a GET may ask: a query, its top-level field names (null when it has fragments there); or why not. */
export type GraphQLGetReading =
  | { ok: true; request: GraphQLGetRequest; topFields: null | string[] }
  | { ok: false; problem: 'badVariables' | 'mutation' | 'noQuery' }

/**
 * Reads a GraphQL GET (GraphQL over HTTP): a query only, never a mutation or a subscription, which
 * change things and must not be sent where any cache or crawler may repeat them. A query that does
 * not parse is left for the GraphQL handler to name.
 */
export const readGraphQLGet = (params: URLSearchParams): GraphQLGetReading => {
  const query = params.get('query')
  if (!query) return { ok: false, problem: 'noQuery' }
  let variables: Record<string, unknown> | undefined
  const rawVariables = params.get('variables')
  if (rawVariables) {
    try {
      const parsed: unknown = JSON.parse(rawVariables)
      if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) return { ok: false, problem: 'badVariables' }
      variables = (parsed as null | Record<string, unknown>) ?? undefined
    } catch {
      return { ok: false, problem: 'badVariables' }
    }
  }
  const operationName = params.get('operationName') || undefined
  const request = { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) }
  let document
  try {
    document = parse(query)
  } catch {
    return { ok: true, request, topFields: null }
  }
  // Any mutation in the document is refused, whichever operation is named.
  if (document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'query')) {
    return { ok: false, problem: 'mutation' }
  }
  const operation = getOperationAST(document, operationName)
  if (!operation) return { ok: true, request, topFields: null }
  const selections = operation.selectionSet.selections
  const topFields = selections.every((selection) => selection.kind === Kind.FIELD) ? selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : '')) : null
  return { ok: true, request, topFields }
}

/** Whether a query reads only `publicFields` (and `__typename`): only then is its anonymous answer the same for every reader. */
export const readsOnly = (topFields: null | string[], publicFields: ReadonlySet<string>): boolean =>
  topFields !== null && topFields.length > 0 && topFields.every((name) => name === '__typename' || publicFields.has(name))
