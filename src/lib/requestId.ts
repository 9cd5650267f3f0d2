import { randomUUID } from 'node:crypto'

/** The header a request id travels in, both ways (a balancer's id is kept, and answered back). */
export const requestIdHeader = 'x-request-id'

// Letters, digits and `-_.:` only, 8–128 of them: a UUID, a balancer's hex id, a trace id. Nothing a
// log line or a header could be bent with (no spaces, quotes, control characters).
const wellFormed = /^[\w.:-]{8,128}$/

/** The incoming id when it is well formed, else a fresh UUID. */
export const requestIdOf = (incoming: string | string[] | null | undefined): string => {
  const value = Array.isArray(incoming) ? incoming[0] : incoming
  return value && wellFormed.test(value) ? value : randomUUID()
}

/** The id the host's server put on the request, when it is one (a direct call may carry anything). */
export const wellFormedRequestId = (value: string | null | undefined): string | undefined =>
  value && wellFormed.test(value) ? value : undefined
