import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { nowOf } from '../requestContext.ts'
import { checkReadiness } from '../services/readiness.ts'

// A monitor must see the answer of this moment, never a cached one.
const headers = { 'Cache-Control': 'no-store' }

/** GET /api/cchc/health: liveness, the process answers (nothing else is asked, so a slow database does not restart it). */
export const healthEndpoint = (): Endpoint => ({
  path: '/cchc/health',
  method: 'get',
  handler: () => Response.json({ status: 'ok' }, { status: 200, headers }),
})

/**
 * GET /api/cchc/ready: readiness, 200 when the database answers in time, every shipped migration
 * has run and the jobs queue moves; 503 with the failing check otherwise (a load balancer then
 * sends traffic elsewhere).
 */
export const readyEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/cchc/ready',
  method: 'get',
  handler: async (req) => {
    const readiness = await checkReadiness(req.payload, options, nowOf(req.context))
    return Response.json({ status: readiness.ok ? 'ready' : 'unavailable', ...readiness }, { status: readiness.ok ? 200 : 503, headers })
  },
})
