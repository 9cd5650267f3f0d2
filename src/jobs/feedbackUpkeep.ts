import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { openFeedbackStates } from '../lib/feedbackWorkflow.ts'
import { dayInVietnam, startOfVietnamDay } from '../lib/vietnamTime.ts'
import { actingAt, nowFrom } from '../requestContext.ts'

const day = 24 * 60 * 60 * 1000

/**
 * Flags every feedback still being handled whose due day has passed (in the commune's time zone),
 * and erases the contact details of feedback published or closed more than
 * `feedback.contactRetentionDays` ago. Both through the collection's own update, so its hooks and
 * the audit log see them; running twice changes nothing.
 */
export const feedbackUpkeep = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  now: Date = new Date(),
): Promise<{ markedOverdue: number; contactsErased: number }> => {
  const collection = options.slugs.feedback
  const today = startOfVietnamDay(dayInVietnam(now, options.reporting.timeZone), options.reporting.timeZone)
  const overdue = await req.payload.update({
    collection,
    where: {
      and: [{ state: { in: [...openFeedbackStates] } }, { overdue: { not_equals: true } }, { dueDate: { less_than: today.toISOString() } }],
    },
    data: { overdue: true },
    depth: 0,
    overrideAccess: true,
    context: actingAt(now),
    req,
  })
  const erased = await req.payload.update({
    collection,
    where: {
      and: [
        { state: { in: ['published', 'closed'] } },
        { contactErasedAt: { exists: false } },
        { finishedAt: { less_than: new Date(now.getTime() - options.feedback.contactRetentionDays * day).toISOString() } },
      ],
    },
    data: { contactName: null, contactPhone: null, contactEmail: null, contactErasedAt: now.toISOString() },
    depth: 0,
    overrideAccess: true,
    context: actingAt(now),
    req,
  })
  return { markedOverdue: overdue.docs.length, contactsErased: erased.docs.length }
}

export const feedbackUpkeepTaskSlug = 'cchcFeedbackUpkeep'

/** Every hour; `input.now` (ISO) replaces the clock, for tests and catch-up runs. */
export const feedbackUpkeepTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: feedbackUpkeepTaskSlug,
    label: 'Phản ánh quá hạn, xóa thông tin liên hệ hết hạn lưu / Overdue feedback, expired contact details',
    inputSchema: [{ name: 'now', type: 'text' }],
    outputSchema: [
      { name: 'markedOverdue', type: 'number' },
      { name: 'contactsErased', type: 'number' },
    ],
    schedule: [{ cron: '0 10 * * * *', queue: 'default' }],
    retries: 2,
    handler: async ({ input, req }: { input: { now?: string | null }; req: PayloadRequest }) => ({
      output: await feedbackUpkeep(req, options, nowFrom(input?.now)),
    }),
  }) as TaskConfig
