import { createHash } from 'node:crypto'

/** The kinds of public route, each with its own `max-age`. */
export type RouteKind = 'content' | 'feeds' | 'media'

/** A strong entity tag: a hash of the exact bytes, so two instances give the same body the same tag. */
export const entityTag = (body: Uint8Array): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/** `If-None-Match` names this tag (weak comparison, as RFC 9110 §13.1.2 asks for GET), or is `*`. */
export const matchesEntityTag = (ifNoneMatch: null | string, tag: string): boolean => {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch.split(',').some((candidate) => opaque(candidate) === opaque(tag))
}

/**
 * Whether a GET may be answered 304: `If-None-Match` decides when present; otherwise
 * `If-Modified-Since` at or after the last change (HTTP dates have whole seconds).
 */
export const isNotModified = (headers: Headers, tag: string, lastModified: Date): boolean => {
  const ifNoneMatch = headers.get('if-none-match')
  if (ifNoneMatch) return matchesEntityTag(ifNoneMatch, tag)
  const since = Date.parse(headers.get('if-modified-since') ?? '')
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000)
}

const cookieNames = (cookie: null | string): string[] =>
  (cookie ?? '')
    .split(';')
    .map((part) => part.split('=')[0]!.trim())
    .filter(Boolean)

/** A request that may be someone's: it carries an Authorization header or the session cookie. */
export const carriesCredentials = (headers: Headers, cookiePrefix = 'payload'): boolean =>
  headers.has('authorization') || cookieNames(headers.get('cookie')).includes(`${cookiePrefix}-token`)

// Reads of a collection that are not its published documents: its versions, the caller's access, sessions.
const privateSegments = new Set(['versions', 'access', 'init', 'me', 'unlock', 'verify'])

/**
 * Which public route a path under the API is, or null when it is not one whose anonymous answer
 * is the same for every reader: a list or a document of a collection the public reads, one of its
 * read endpoints (`/procedures/search`), a media file, a feed or the sitemap.
 */
export const publicRouteKind = (
  path: string,
  { publicSlugs, mediaSlug, feedPaths }: { publicSlugs: readonly string[]; mediaSlug: string; feedPaths: readonly string[] },
): null | RouteKind => {
  // A feed path ending in '/' is a folder of feeds.
  if (feedPaths.some((feed) => (feed.endsWith('/') ? path.startsWith(feed) : path === feed))) return 'feeds'
  const segments = path.split('/').filter(Boolean)
  const [slug, second, third] = segments
  if (!slug || !publicSlugs.includes(slug)) return null
  if (slug === mediaSlug && second === 'file' && third && segments.length === 3) return 'media'
  if (segments.length > 2 || (second && privateSegments.has(second))) return null
  return 'content'
}

/** `Cache-Control` of a public answer. */
export const publicCacheControl = (maxAge: number, staleWhileRevalidate: number): string =>
  `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`

/** `Cache-Control` of anything asked with credentials: nobody keeps it. */
export const privateCacheControl = 'private, no-store'
