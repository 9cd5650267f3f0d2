import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, NotFound } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { clientAddressOf } from '../lib/clientAddress.ts'
import { type RatingScore, ratingCommentMaxLength, ratingScoreLabels, ratingScores } from '../lib/ratings.ts'
import { dayInVietnam } from '../lib/vietnamTime.ts'
import { isRobot, visitorHash } from '../lib/visitor.ts'
import { InvalidParameters } from '../requestParameters.ts'
import { type ItemKind, countView, isPublicItem, ratingSummary, recordRating } from '../services/interest.ts'
import { hitRateLimit, rateLimitKey } from '../services/rateLimit.ts'
import { t } from '../translations/translate.ts'

/** The item's id from the path; anything but a plain positive integer is an unknown item. */
const itemIdOf = (req: PayloadRequest): number => {
  const raw = String(req.routeParams?.id ?? '')
  if (!/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > 2 ** 31 - 1) throw new NotFound(req.t)
  return Number(raw)
}

/** Today's keyed hash of the caller, refusing robots. */
const visitorOf = (req: PayloadRequest, options: ResolvedOptions, now = new Date()) => {
  const userAgent = req.headers.get('user-agent') ?? ''
  if (isRobot(userAgent)) throw new APIError(t(req, 'visitorRobot'), 403, null, true)
  const day = dayInVietnam(now, options.reporting.timeZone)
  const address = clientAddressOf(req.headers.get('x-forwarded-for'), options.trustedProxies)
  return { day, visitor: visitorHash(req.payload.secret, day, address, userAgent) }
}

const noStore = { 'Cache-Control': 'no-store' }

/** What each score is called, in the request's language ("Rất hài lòng" … "Không hài lòng"), for the portal's widget. */
const labelsFor = (req: PayloadRequest) =>
  Object.fromEntries(ratingScores.map((score) => [score, ratingScoreLabels[score][req.i18n?.language === 'en' ? 'en' : 'vi']]))

/** POST /api/<posts|procedures>/:id/view: one view of a published item, once per visitor a day. */
export const viewEndpoint = (options: ResolvedOptions, kind: Exclude<ItemKind, 'service'>): Endpoint => ({
  path: '/:id/view',
  method: 'post',
  handler: async (req) => {
    const id = itemIdOf(req)
    const { day, visitor } = visitorOf(req, options)
    const result = await countView(req.payload, options, { kind, id, day, visitor })
    if (!result.found) throw new NotFound(req.t)
    return Response.json({ counted: result.counted, viewCount: result.viewCount }, { headers: noStore })
  },
})

/** A rating's body: a whole score 1–5 and an optional comment, each at fault by name. */
const readRating = async (req: PayloadRequest): Promise<{ score: RatingScore; comment: null | string }> => {
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    body = undefined
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidParameters([{ path: 'score', message: t(req, 'ratingBody') }])
  }
  const { score, comment } = body as { score?: unknown; comment?: unknown }
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
    throw new InvalidParameters([{ path: 'score', message: t(req, 'ratingScore') }])
  }
  if (comment !== undefined && comment !== null && (typeof comment !== 'string' || [...comment].length > ratingCommentMaxLength)) {
    throw new InvalidParameters([{ path: 'comment', message: t(req, 'ratingComment', { max: ratingCommentMaxLength }) }])
  }
  const text = typeof comment === 'string' ? comment.trim() : ''
  return { score: score as RatingScore, comment: text === '' ? null : text }
}

const rate = async (req: PayloadRequest, options: ResolvedOptions, kind: ItemKind, id: number) => {
  const rating = await readRating(req)
  const { day, visitor } = visitorOf(req, options)
  // A client rotating its user agent is a new visitor each time: its address caps what it may send.
  const address = clientAddressOf(req.headers.get('x-forwarded-for'), options.trustedProxies)
  const hit = await hitRateLimit(req.payload, options, rateLimitKey(req.payload, 'rating', address), options.ratings.rateLimit)
  if (!hit.allowed) {
    return Response.json(
      { errors: [{ message: t(req, 'ratingThrottled', { minutes: Math.ceil(hit.retryAfterSeconds / 60) }) }] },
      { status: 429, headers: { ...noStore, 'Retry-After': String(hit.retryAfterSeconds) } },
    )
  }
  const result = await recordRating(req.payload, options, { kind, id, day, visitor, ...rating })
  if (!result.found) throw new NotFound(req.t)
  if (!result.counted) throw new APIError(t(req, 'ratingRepeated'), 409, null, true)
  return Response.json({ counted: true, rating: { ...(await ratingSummary(req.payload, options, kind, id)), labels: labelsFor(req) } }, { status: 201, headers: noStore })
}

const summary = async (req: PayloadRequest, options: ResolvedOptions, kind: ItemKind, id: number) => {
  if (!(await isPublicItem(req.payload, options, kind, id))) throw new NotFound(req.t)
  return Response.json(
    { ...(await ratingSummary(req.payload, options, kind, id)), labels: labelsFor(req) },
    { headers: { 'Cache-Control': 'public, max-age=60', Vary: 'Accept-Language' } },
  )
}

/**
 * POST /api/<posts|procedures>/:id/rating `{ score, comment? }`: one satisfaction rating of a
 * published item per visitor a day; GET: its public summary (count, mean, distribution), never
 * the comments.
 */
export const ratingEndpoints = (options: ResolvedOptions, kind: Exclude<ItemKind, 'service'>): Endpoint[] => [
  { path: '/:id/rating', method: 'post', handler: (req) => rate(req, options, kind, itemIdOf(req)) },
  { path: '/:id/rating', method: 'get', handler: (req) => summary(req, options, kind, itemIdOf(req)) },
]

/** POST and GET /api/cchc/service-rating: the same for the one-stop service (Bộ phận một cửa) as a whole. */
export const serviceRatingEndpoints = (options: ResolvedOptions): Endpoint[] => [
  { path: '/cchc/service-rating', method: 'post', handler: (req) => rate(req, options, 'service', 0) },
  { path: '/cchc/service-rating', method: 'get', handler: (req) => summary(req, options, 'service', 0) },
]
