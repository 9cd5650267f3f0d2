import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { reportWritableStates } from '../lib/reportWorkflow.ts'
import { actingAt, nowFrom } from '../requestContext.ts'

/**
 * Marks every report still with its unit (draft or returned) whose due date has passed. The
 * report's own hooks set the flag, so the rule stays in one place; a report already marked is
 * left alone, so running twice changes nothing.
 */
export const markOverdueReports = async (req: PayloadRequest, options: ResolvedOptions, now: Date = new Date()): Promise<number> => {
  const due = await req.payload.find({
    collection: options.slugs.reports,
    where: {
      and: [
        { reportState: { in: [...reportWritableStates] } },
        { overdue: { not_equals: true } },
        { dueDate: { less_than_equal: now.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: {},
  })
  for (const { id } of due.docs) {
    await req.payload.update({
      collection: options.slugs.reports,
      id,
      data: {},
      overrideAccess: true,
      context: actingAt(now),
      req,
    })
  }
  return due.docs.length
}

export const markOverdueReportsTaskSlug = 'cchcMarkOverdueReports'

/** Every hour (due instants fall at local midnight, whatever the server's zone); `input.now` (ISO) replaces the clock, for tests and catch-up runs. */
export const markOverdueReportsTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: markOverdueReportsTaskSlug,
    label: 'Đánh dấu báo cáo CCHC quá hạn / Mark overdue CCHC reports',
    inputSchema: [{ name: 'now', type: 'text' }],
    outputSchema: [{ name: 'marked', type: 'number' }],
    schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
    retries: 2,
    handler: async ({ input, req }: { input: { now?: string | null }; req: PayloadRequest }) => ({
      output: { marked: await markOverdueReports(req, options, nowFrom(input?.now)) },
    }),
  }) as TaskConfig
