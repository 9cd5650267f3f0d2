import type { Payload, SanitizedConfig } from 'payload'

import { LRUCache } from 'lru-cache'
import { formatNames, getPayload, toWords } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { type AnswerCachedRead, cachedReadAnswerKey, type StoredAnswer, storedAnswerKey } from '../lib/cachedReadAnswer.ts'
import {
  carriesCredentials,
  entityTag,
  isNotModified,
  privateCacheControl,
  publicCacheControl,
  publicRouteKind,
  type RouteKind,
} from '../lib/httpCaching.ts'
import { readGraphQLGet, readsOnly } from '../lib/graphqlGet.ts'
import { dayInVietnam, startOfVietnamDay } from '../lib/vietnamTime.ts'
import { readContentVersion } from '../services/contentVersion.ts'

/** Where the plugin serves its feeds and sitemap (`/api` + these). */
export const feedPaths = ['/cchc/feeds/', '/cchc/sitemap.xml'] as const

type Stored = StoredAnswer & { status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer>; tag: string }

// Set per answer (the caller's origin, the moment), never kept with a stored answer.
const unstoredHeaders = new Set(['set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'vary', 'etag', 'last-modified', 'cache-control'])
const keptHeaders = (headers: Headers): [string, string][] =>
  [...headers.entries()].filter(([name]) => !unstoredHeaders.has(name) && !name.startsWith('access-control-'))

/**
 * The GraphQL queries that read a public collection's published documents (`CchcPosts`, `CchcPost`,
 * `countCchcPosts`), named as Payload's GraphQL schema names them (its initCollections).
 */
export const publicGraphQLFields = (config: SanitizedConfig, publicSlugs: readonly string[]): Set<string> => {
  const names = new Set<string>()
  for (const collection of config.collections) {
    if (!publicSlugs.includes(collection.slug) || collection.graphQL === false) continue
    const fromSlug = formatNames(collection.slug)
    const singular = collection.graphQL?.singularName ? toWords(collection.graphQL.singularName, true) : fromSlug.singular
    let plural = collection.graphQL?.pluralName ? toWords(collection.graphQL.pluralName, true) : fromSlug.plural
    if (singular === plural) plural = `all${singular}`
    names.add(singular).add(plural).add(`count${plural}`)
  }
  return names
}

/** Whether a GraphQL answer reports errors (GraphQL answers them with 200): never kept. */
const hasGraphQLErrors = (body: Uint8Array): boolean => {
  try {
    const errors = (JSON.parse(Buffer.from(body).toString('utf8')) as { errors?: unknown } | null)?.errors
    return Array.isArray(errors) ? errors.length > 0 : errors !== undefined
  } catch {
    return true
  }
}

/**
 * Today on the commune's calendar, worked out once a day rather than on every request (a zoned
 * date costs more than the rest of a cache hit's key): kept with the instants the day starts and
 * ends, so the answer changes exactly at local midnight.
 */
let today: { zone: string; day: string; from: number; until: number } | undefined
const localDay = (now: number, zone: string): string => {
  if (today && today.zone === zone && now >= today.from && now < today.until) return today.day
  const day = dayInVietnam(now, zone)
  const from = startOfVietnamDay(day, zone).getTime()
  // The next day's start: a day is 23 to 25 hours long, so 36 hours on is always inside the next one.
  const until = startOfVietnamDay(dayInVietnam(from + 36 * 3_600_000, zone), zone).getTime()
  today = { zone, day, from, until }
  return day
}

type Store = {
  cache: LRUCache<string, Stored> | null | undefined
  /** One request per key runs at a time; the others wait for its answer (a cold page under load). */
  pending: Map<string, Promise<Stored | null>>
}
const storesKey = Symbol.for('payload-plugin-cchc.anonymousReadStores')
/** On globalThis: Next.js compiles each route on its own, and the routes must still share one store. */
const sharedStore = (payloadKey = ''): Store => {
  const stores = ((globalThis as { [storesKey]?: Map<string, Store> })[storesKey] ??= new Map())
  let store = stores.get(payloadKey)
  if (!store) stores.set(payloadKey, (store = { cache: undefined, pending: new Map() }))
  return store
}

/** What every public answer carries: any origin may read it, without credentials. */
const publicHeaders = (headers: Headers, cacheControl: string) => {
  headers.delete('access-control-allow-credentials')
  headers.set('access-control-allow-origin', '*')
  headers.set('cache-control', cacheControl)
  headers.set('vary', 'Accept-Language')
}

/**
 * Puts HTTP caching in front of the host's REST route (`GET` of `app/(payload)/api/[...slug]/route.ts`):
 *
 * - a request with credentials (Authorization, the session cookie) goes to Payload as before and
 *   its answer says `Cache-Control: private, no-store`;
 * - an anonymous GET of published content (a public collection's lists, documents and read
 *   endpoints, media files, feeds, the sitemap) gets a strong `ETag`, `Last-Modified` (the content
 *   version's time), `Cache-Control: public, max-age, stale-while-revalidate` for its kind of route,
 *   `Access-Control-Allow-Origin: *`, and `304` when the client already has it; its body is kept in
 *   memory under the request's URL and language and the content version read from PostgreSQL on
 *   each request, so every instance answers afresh on the next request after any change to
 *   published content, wherever it was made.
 *
 * The GraphQL route's GET (`graphqlGet`) goes through here too: a query that reads only public
 * collections (`CchcPosts`, `Procedure`, `countProcedures`…) is cached as a content read, unless its
 * answer carries `errors`; any other GraphQL GET is answered `no-store`.
 *
 * Only 200 answers without cookies are kept; anything else is answered `no-store`.
 * `payloadKey` is for a process running several Payload instances (tests).
 */
export const cacheAnonymousReads = <Args extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: (request: Request, ...args: Args) => Promise<Response>,
  { payloadKey }: { payloadKey?: string } = {},
) => {
  // One store per Payload instance, shared by every route wrapped here (REST and GraphQL GET), so the
  // custom server's fast path, which asks whichever wrapper registered last, finds both routes' answers.
  const shared = sharedStore(payloadKey)
  let warned = false
  let graphQLFields: Set<string> | undefined

  // `miss` asks Payload; without it (the custom server's fast path) nothing but a stored answer is given.
  const serve = async (request: Request, miss?: () => Promise<Response>): Promise<Response | undefined> => {
    const resolved = await config
    const options = (resolved.custom as { cchc?: ResolvedOptions } | undefined)?.cchc
    if (!options) throw new Error('cacheAnonymousReads: the Payload config has no cchcPlugin')

    if (carriesCredentials(request.headers, resolved.cookiePrefix)) {
      if (!miss) return undefined
      const response = await miss()
      const headers = new Headers(response.headers)
      headers.set('cache-control', privateCacheControl)
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    }

    const url = new URL(request.url)
    const apiRoute = resolved.routes.api ?? '/api'
    const path = url.pathname.startsWith(`${apiRoute}/`) ? url.pathname.slice(apiRoute.length) : null
    const { slugs, httpCache } = options
    const publicSlugs = [slugs.posts, slugs.topics, slugs.media, slugs.units, slugs.procedures, slugs.announcements, slugs.procedureResults]
    const isGraphQL = request.method === 'GET' && path !== null && path === (resolved.routes.graphQL ?? '/graphql')
    if (isGraphQL) {
      graphQLFields ??= publicGraphQLFields(resolved, publicSlugs)
      const reading = readGraphQLGet(url.searchParams)
      if (!reading.ok || !readsOnly(reading.topFields, graphQLFields)) {
        // Not a read of public collections only (or refused): answered afresh, kept by nobody.
        if (!miss) return undefined
        const response = await miss()
        const headers = new Headers(response.headers)
        headers.set('cache-control', 'no-store')
        return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
      }
    }
    const kind: null | RouteKind = isGraphQL
      ? 'content'
      : request.method === 'GET' && path !== null
        ? publicRouteKind(path, { publicSlugs, mediaSlug: slugs.media, feedPaths })
        : null
    // A byte range (a video being sought) is Payload's to answer.
    if (!kind || request.headers.has('range')) return miss?.()

    const payload: Payload = await getPayload({ config: resolved, ...(payloadKey ? { key: payloadKey } : {}) })
    let current: Awaited<ReturnType<typeof readContentVersion>>
    try {
      current = await readContentVersion(payload, options)
    } catch (error) {
      // No version to key on (its table not migrated yet, the database busy): answered afresh, kept by nobody.
      if (!warned) payload.logger.warn({ err: error, msg: 'cchc: content version unreadable; anonymous reads are not cached' })
      warned = true
      if (!miss) return undefined
      const response = await miss()
      const headers = new Headers(response.headers)
      headers.set('cache-control', 'no-store')
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    }
    const { version, changedAt } = current
    const cacheControl = publicCacheControl(httpCache.maxAge[kind], httpCache.staleWhileRevalidate)
    if (shared.cache === undefined) {
      shared.cache = httpCache.enabled
        ? new LRUCache<string, Stored>({ maxSize: httpCache.maxBytes, sizeCalculation: (entry) => entry.body.byteLength + 256 })
        : null
    }

    // The day is in the key too: some answers are relative to today (`/procedures/changes`, the feeds).
    const key = `${version}\n${localDay(Date.now(), options.reporting.timeZone)}\n${url.pathname}${url.search}\n${request.headers.get('accept-language') ?? ''}\n${request.headers.get('cookie') ?? ''}`
    const { cache, pending } = shared
    let stored = cache?.get(key)
    if (!stored) {
      const running = pending.get(key)
      if (running) stored = (await running) ?? undefined
    }
    if (!stored) {
      if (!miss) return undefined
      let passThrough: Response | undefined
      const answer = (async (): Promise<Stored | null> => {
        const response = await miss()
        const length = Number(response.headers.get('content-length') ?? Number.NaN)
        if (response.status !== 200 || response.headers.has('set-cookie') || length > httpCache.maxEntryBytes) {
          passThrough = response
          return null
        }
        const body = new Uint8Array(await response.arrayBuffer())
        if (isGraphQL && hasGraphQLErrors(body)) {
          passThrough = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
          return null
        }
        const entry = { status: response.status, headers: keptHeaders(response.headers), body, tag: entityTag(body) }
        if (body.byteLength <= httpCache.maxEntryBytes) cache?.set(key, entry)
        return entry
      })()
      pending.set(key, answer)
      try {
        stored = (await answer) ?? undefined
      } finally {
        pending.delete(key)
      }
      if (!stored) {
        // An error, a cookie being set, a file too big to keep: as Payload answered it, kept by nobody,
        // except that a big public file may still be kept by the browser.
        const response = passThrough!
        const headers = new Headers(response.headers)
        const keepable = response.status === 200 && !headers.has('set-cookie') && !isGraphQL
        publicHeaders(headers, keepable ? cacheControl : 'no-store')
        if (keepable) headers.set('last-modified', changedAt.toUTCString())
        return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
      }
    }

    const headers = new Headers(stored.headers)
    publicHeaders(headers, cacheControl)
    headers.set('etag', stored.tag)
    headers.set('last-modified', changedAt.toUTCString())
    if (isNotModified(request.headers, stored.tag, changedAt)) {
      headers.delete('content-type')
      return new Response(null, { status: 304, headers })
    }
    // The custom server sends the stored bytes themselves: no body stream to build for it.
    const response = new Response(miss ? stored.body.slice() : null, { status: stored.status, headers })
    ;(response as Response & { [storedAnswerKey]?: StoredAnswer })[storedAnswerKey] = stored
    return response
  }

  if (!payloadKey) (globalThis as { [cachedReadAnswerKey]?: AnswerCachedRead })[cachedReadAnswerKey] = (request) => serve(request)
  return async (request: Request, ...args: Args): Promise<Response> => (await serve(request, () => handler(request, ...args)))!
}
