import type { TaskConfig } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { nowFrom } from '../requestContext.ts'
import { applyDueItems, recordFailedItems } from '../services/applyAnnouncement.ts'

export const applyDueAnnouncementsSlug = 'cchcApplyDueAnnouncements'

/**
 * Applies the items of published decisions whose effective date has come. Each decision applies in
 * its own transaction (one wrong decision does not hold the others back), under a row lock, and
 * what is already applied is skipped, so a retried or overlapping run changes nothing twice.
 * Runs every hour; `now` may be given to run it as of another moment.
 */
export const applyDueAnnouncementsTask = (options: ResolvedOptions): TaskConfig => ({
  slug: applyDueAnnouncementsSlug,
  label: 'Áp dụng quyết định công bố TTHC đến ngày hiệu lực / Apply announcement items that are due',
  inputSchema: [{ name: 'now', type: 'date' }],
  outputSchema: [
    { name: 'applied', type: 'number' },
    { name: 'failed', type: 'json' },
  ],
  retries: 2,
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  handler: async ({ input, req }) => {
    const now = nowFrom((input as { now?: null | string } | undefined)?.now)
    const due = await req.payload.find({
      collection: options.slugs.announcements,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'pendingFrom',
      select: { pendingFrom: true },
      where: { and: [{ _status: { equals: 'published' } }, { pendingFrom: { less_than_equal: now.toISOString() } }] },
      req,
    })
    let applied = 0
    const failed: { id: number | string; message: string }[] = []
    for (const { id } of due.docs) {
      const local = await createLocalReq({ context: {} }, req.payload)
      await initTransaction(local)
      try {
        const result = await applyDueItems(local, options, id, now)
        await commitTransaction(local)
        applied += result?.newlyApplied ?? 0
      } catch (error) {
        await killTransaction(local)
        const message = error instanceof Error ? error.message : String(error)
        req.payload.logger.error({ err: error, msg: `${applyDueAnnouncementsSlug}: decision ${id} not applied` })
        failed.push({ id, message })
        // The editors see on the decision, and on their dashboard, which item failed and why.
        const record = await createLocalReq({ context: {} }, req.payload)
        await initTransaction(record)
        try {
          await recordFailedItems(record, options, id, error, now)
          await commitTransaction(record)
        } catch (recordError) {
          await killTransaction(record)
          req.payload.logger.error({ err: recordError, msg: `${applyDueAnnouncementsSlug}: decision ${id}: failure not recorded` })
        }
      }
    }
    return { output: { applied, failed } }
  },
})
