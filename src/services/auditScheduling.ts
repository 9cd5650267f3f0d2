import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { documentTitleOf, recordAudit } from './auditLog.ts'

type QueueArgs = {
  task?: string
  waitUntil?: Date
  req?: Parameters<typeof recordAudit>[0]
  input?: { type?: string; doc?: { relationTo: string; value: number | string }; user?: { relationTo: string; value: number | string } }
}

/**
 * Records who scheduled a document of the plugin to be published or unpublished. Payload writes a
 * scheduled-publish job straight to the database (no hooks run on it unless `jobs.runHooks`, which
 * slows every job), so the plugin wraps `payload.jobs.queue`, the one call the admin's schedule
 * button and the Local API both go through.
 */
export const auditScheduledPublishing = (payload: Payload, options: ResolvedOptions): void => {
  const audited = new Set<string>([...Object.values(options.slugs), options.authCollection])
  const queue = payload.jobs.queue.bind(payload.jobs) as (args: QueueArgs) => Promise<unknown>
  const auditedQueue = async (args: QueueArgs) => {
    const job = await queue(args)
    const target = args.input?.doc
    if (args.task !== 'schedulePublish' || !target || !audited.has(target.relationTo)) return job
    const req = args.req ?? (await createLocalReq({}, payload))
    const who = args.input?.user
    const actor = who
      ? await payload.findByID({ collection: who.relationTo, id: who.value, depth: 0, disableErrors: true, overrideAccess: true, req })
      : null
    const doc = await payload.findByID({ collection: target.relationTo, id: target.value, depth: 0, disableErrors: true, draft: true, overrideAccess: true, req })
    await recordAudit(req, options, {
      action: 'schedule',
      collection: target.relationTo,
      documentId: target.value,
      documentTitle: documentTitleOf(payload.collections[target.relationTo]!.config, doc as Record<string, unknown> | null),
      details: { type: args.input?.type ?? 'publish', at: args.waitUntil ? new Date(args.waitUntil).toISOString() : null },
      actor,
    })
    return job
  }
  payload.jobs.queue = auditedQueue as typeof payload.jobs.queue
}
