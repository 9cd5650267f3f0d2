import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../../../options.ts'

import { instantOfWallClock, wallClockText } from '../../../lib/vietnamTime.ts'
import { InvalidParameters, readParameters } from '../../../requestParameters.ts'
import { cancelPublication, schedulePublication } from '../../../services/schedulePublication.ts'
import { t } from '../../../translations/translate.ts'

const body = z.object({ at: z.string().trim().min(1).max(40) })

// An instant with its offset, as an API client sends it: 2026-12-01T01:00:00Z, 2026-12-01T08:00+07:00.
const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

const idOf = (req: PayloadRequest) => {
  const id = req.routeParams?.id as string
  return /^\d+$/.test(id) ? Number(id) : id
}

/**
 * POST /api/cchc-posts/:id/schedule `{ "at": "01/12/2026 08:00" }`: publishes the post at that
 * time (a wall-clock time on the commune's clock, `reporting.timeZone`, written as the admin shows
 * dates or as 2026-12-01T08:00, or an instant with its offset); replaces the time set before. Publishers only.
 * DELETE /api/cchc-posts/:id/schedule: cancels it. Both answer `{ message, scheduledAt }` in the
 * request's language; a refusal changes nothing (services/schedulePublication.ts).
 */
export const scheduleEndpoints = (options: ResolvedOptions): Endpoint[] => {
  const timeZone = options.reporting.timeZone
  return [
    {
      path: '/:id/schedule',
      method: 'post',
      handler: async (req: PayloadRequest) => {
        const { at } = readParameters(req, body, req.json ? await req.json().catch(() => null) : null, 'scheduleHint')
        const instant = withOffset.test(at) ? new Date(at) : instantOfWallClock(at, timeZone)
        if (!instant || Number.isNaN(instant.getTime())) {
          throw new InvalidParameters([{ path: 'at', message: t(req, 'endpointParameter', { name: 'at', hint: t(req, 'scheduleHint') }) }])
        }
        const scheduled = await schedulePublication(req, options, idOf(req), instant)
        return Response.json({ message: t(req, 'scheduleDone', { at: wallClockText(scheduled.at, timeZone) }), scheduledAt: scheduled.at })
      },
    },
    {
      path: '/:id/schedule',
      method: 'delete',
      handler: async (req: PayloadRequest) => {
        const { cancelled } = await cancelPublication(req, options, idOf(req))
        return Response.json({ message: t(req, cancelled > 0 ? 'scheduleCancelled' : 'scheduleNone'), cancelled, scheduledAt: null })
      },
    },
  ]
}
