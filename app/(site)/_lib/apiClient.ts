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
