import { connection } from 'next/server'
import { stringify } from 'qs-esm'

import { apiBaseUrl } from './siteConfig.ts'

/** An answer of the API other than 2xx, with the messages of Payload's `{ errors: [{ message }] }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    readonly messages: string[],
  ) {
    super(`API ${path}: ${status} ${messages.join('; ')}`)
  }
}

/**
 * Reads the public API as a separate portal would: anonymous (no cookie, no token is ever
 * forwarded), over HTTP, never from the cache, so a post that is unpublished is gone from the next
 * page view. `query` is written the way Payload's REST API reads it (`where[slug][equals]=…`).
 */
export const readApi = async <T>(path: string, query: Record<string, unknown> = {}): Promise<T> => {
  // Rendered per request: the pages carry the request's CSP nonce and always show what is published now.
  await connection()
  const response = await fetch(`${apiBaseUrl()}${path}${stringify(query, { addQueryPrefix: true })}`, {
    cache: 'no-store',
    headers: { Accept: 'application/json', 'Accept-Language': 'vi' },
    signal: AbortSignal.timeout(15_000),
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
    throw new ApiError(
      response.status,
      path,
      (body?.errors ?? []).map((error) => String(error.message ?? '')),
    )
  }
  return (await response.json()) as T
}

/** The Vietnamese half of one of the API's bilingual messages ("vi / en"). */
export const vietnameseMessage = (message: string): string => message.split(' / ')[0]!.trim()

/** What the API answered to a write: its status and its JSON body (null when it sent none). */
export type ApiReply = { status: number; body: Record<string, any> | null }

/**
 * Sends a citizen's write (a rating, a view, feedback) to the public API on their behalf, with the
 * headers `visitorHeaders` made of their request. Never throws on an API answer: the caller turns
 * each status into a message; a network failure is status 0.
 */
export const sendApi = async (path: string, body: unknown, headers: Record<string, string>): Promise<ApiReply> => {
  try {
    const response = await fetch(`${apiBaseUrl()}${path}`, {
      method: 'POST',
      cache: 'no-store',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body ?? {}),
      signal: AbortSignal.timeout(15_000),
    })
    return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, any> | null }
  } catch {
    return { status: 0, body: null }
  }
}

/** Each field's first message of an API's 400 (`errors[].data.errors[{ path, message }]`), in Vietnamese. */
export const fieldErrorsOf = (body: Record<string, any> | null): Record<string, string> => {
  const found: Record<string, string> = {}
  for (const error of Array.isArray(body?.errors) ? body.errors : []) {
    for (const field of Array.isArray(error?.data?.errors) ? error.data.errors : []) {
      const path = typeof field?.path === 'string' ? field.path : ''
      if (path && !(path in found) && typeof field.message === 'string') found[path] = vietnameseMessage(field.message)
    }
  }
  return found
}

/** The first top-level message of an API error answer, in Vietnamese. */
export const messageOf = (body: Record<string, any> | null): string | null => {
  const message = Array.isArray(body?.errors) ? body.errors[0]?.message : null
  return typeof message === 'string' && message ? vietnameseMessage(message) : null
}
