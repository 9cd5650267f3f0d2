import type { Endpoint } from 'payload'

import { NotFound } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { feedbackCategoryLabels, type FeedbackCategory, type FeedbackState, publicFeedbackStatus, publicFeedbackStatusLabels } from '../../../lib/feedbackWorkflow.ts'
import { normalizeTrackingCode } from '../../../lib/trackingCode.ts'
import { InvalidParameters } from '../../../requestParameters.ts'
import { t } from '../../../translations/translate.ts'

/**
 * GET /api/cchc-feedback/track/:code: what the citizen (or anyone holding the code) reads of a
 * feedback: its status, dates and, once published, the question as published and the answer.
 * Never the citizen's own words or contact details: codes are sequential, so anyone may guess one.
 */
export const trackFeedbackEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/track/:code',
  method: 'get',
  handler: async (req) => {
    const code = normalizeTrackingCode(decodeURIComponent(String(req.routeParams?.code ?? '')))
    if (!code) throw new InvalidParameters([{ path: 'code', message: t(req, 'endpointParameter', { name: 'code', hint: t(req, 'feedbackTrackHint') }) }])
    const found = await req.payload.find({
      collection: options.slugs.feedback,
      where: { trackingCode: { equals: code } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { trackingCode: true, category: true, state: true, createdAt: true, dueDate: true, overdue: true, publicQuestion: true, answer: true, publishedAt: true },
    })
    const doc = found.docs[0] as Record<string, any> | undefined
    if (!doc) throw new NotFound(req.t)
    const status = publicFeedbackStatus[doc.state as FeedbackState] ?? 'received'
    const language = req.i18n?.language === 'en' ? 'en' : 'vi'
    const published = doc.state === 'published'
    return Response.json(
      {
        trackingCode: doc.trackingCode,
        category: doc.category,
        categoryLabel: feedbackCategoryLabels[doc.category as FeedbackCategory]?.[language] ?? null,
        status,
        statusLabel: publicFeedbackStatusLabels[status][language],
        receivedAt: doc.createdAt,
        dueDate: doc.dueDate,
        overdue: Boolean(doc.overdue) && !published && doc.state !== 'closed',
        question: published ? doc.publicQuestion : null,
        answer: published ? doc.answer : null,
        answeredAt: published ? doc.publishedAt : null,
      },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
})
