import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { nowFrom } from '../requestContext.ts'
import { dayInVietnam } from '../lib/vietnamTime.ts'
import { purgeVisitorMarks } from '../services/interest.ts'
import { purgeRateLimits } from '../services/rateLimit.ts'

export const purgeExpiredRecordsSlug = 'cchcPurgeExpiredRecords'

const day = 24 * 60 * 60 * 1000
// The longest window a rate-limit rule may have (options.ts): a counter older than that is spent.
const longestRateLimitWindow = 7 * day

/**
 * Deletes audit entries older than the retention period and spent rate-limit counters. Audit
 * entries go through the database adapter: no operation may delete them (AuditLog/hooks/refuseChanges.ts), so no
 * request can; this job is the one server-side place that does.
 */
export const purgeExpiredRecords = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  now: Date = new Date(),
): Promise<{ auditEntries: number; rateLimitCounters: number; visitorMarks: number }> => {
  const where = { createdAt: { less_than: new Date(now.getTime() - options.auditLog.retentionDays * day).toISOString() } }
  const collection = options.slugs.auditLog
  const { totalDocs } = await req.payload.db.count({ collection, where, req })
  if (totalDocs > 0) await req.payload.db.deleteMany({ collection, where, req })
  const rateLimitCounters = await purgeRateLimits(req.payload, options, new Date(now.getTime() - longestRateLimitWindow))
  // A day's visitor marks only keep that day's views and ratings from counting twice; from the day
  // before yesterday on (a margin for instances whose clocks differ) their hashes are not kept.
  const visitorMarks = await purgeVisitorMarks(req.payload, options, dayInVietnam(now.getTime() - day, options.reporting.timeZone))
  return { auditEntries: totalDocs, rateLimitCounters, visitorMarks }
}

/** Every hour; `input.now` (ISO) replaces the clock, for tests and catch-up runs. */
export const purgeExpiredRecordsTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: purgeExpiredRecordsSlug,
    label: 'Xóa nhật ký quá hạn lưu và bộ đếm giới hạn cũ / Purge expired audit entries and rate-limit counters',
    inputSchema: [{ name: 'now', type: 'text' }],
    outputSchema: [
      { name: 'auditEntries', type: 'number' },
      { name: 'rateLimitCounters', type: 'number' },
      { name: 'visitorMarks', type: 'number' },
    ],
    schedule: [{ cron: '0 20 * * * *', queue: 'default' }],
    retries: 2,
    handler: async ({ input, req }: { input: { now?: null | string }; req: PayloadRequest }) => ({
      output: await purgeExpiredRecords(req, options, nowFrom(input?.now)),
    }),
  }) as TaskConfig
