import type { Endpoint, PayloadRequest } from 'payload'

import { UnauthorizedError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { publishDecision } from '../../../services/publishDecision.ts'
import { t } from '../../../translations/translate.ts'

/**
 * POST /api/procedure-announcements/:id/publish (no body): publishes the decision as it is saved,
 * and applies its due items, in one transaction: what `PATCH /api/procedure-announcements/:id`
 * with `{ "_status": "published" }` does, with the same access, rules and answers (a 403 for a
 * contributor, a 400 naming each wrong item, nothing written), without writing a big decision's
 * unchanged items again. Replies as the PATCH does, `{ doc, message }`, the document at depth 0.
 */
export const publishDecisionEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/publish',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const id = req.routeParams?.id as string
    const doc = await publishDecision(req, options, /^\d+$/.test(id) ? Number(id) : id)
    return Response.json({ doc, message: t(req, 'decisionPublished') })
  },
})
