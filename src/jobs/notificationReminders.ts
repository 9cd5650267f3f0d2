import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { openFeedbackStates } from '../lib/feedbackWorkflow.ts'
import { daysBetween, reminderFor } from '../lib/notificationEvents.ts'
import { dueDateOf, periodKey, periodLabel, periodsBetween } from '../lib/periods.ts'
import { idOf } from '../lib/relationId.ts'
import { dayInVietnam, startOfVietnamDay } from '../lib/vietnamTime.ts'
import { dueRulesOf } from '../options.ts'
import { nowFrom } from '../requestContext.ts'
import { notify } from '../services/notifications.ts'

type Id = number | string

/**
 * Reminds of deadlines on the commune's calendar day (`reporting.timeZone`): each active unit that
 * has not sent a period's report, `notifications.reportDaysBefore` days before its due day and on
 * the due day (overdue); feedback still open `notifications.feedbackDaysBefore` days before its
 * answer is late. Each reminder once per recipient: its key is unique in PostgreSQL, so a second
 * run, a restart or another instance adds none.
 */
export const sendReminders = async (req: PayloadRequest, options: ResolvedOptions, now: Date = new Date()): Promise<{ reminded: number }> => {
  const { timeZone } = options.reporting
  const today = dayInVietnam(now, timeZone)
  const year = Number(today.slice(0, 4))
  let reminded = 0

  const rules = dueRulesOf(options)
  for (const kind of options.notifications.reportKinds) {
    for (const ref of periodsBetween(kind, year - 1, year + 1)) {
      const dueDay = dayInVietnam(dueDateOf(ref, rules, timeZone), timeZone)
      const reminder = reminderFor(daysBetween(today, dueDay), options.notifications.reportDaysBefore)
      if (!reminder) continue
      const key = periodKey(ref, timeZone)
      const [units, reports] = await Promise.all([
        req.payload.find({ collection: options.slugs.units, where: { active: { equals: true } }, pagination: false, depth: 0, overrideAccess: true, req, select: { name: true } }),
        req.payload.find({
          collection: options.slugs.reports,
          where: { periodKey: { equals: key } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
          select: { unit: true, reportState: true },
        }),
      ])
      const reportOf = new Map((reports.docs as { id: Id; unit?: unknown; reportState?: string }[]).map((report) => [String(idOf(report.unit)), report]))
      for (const unit of units.docs as { id: Id }[]) {
        const report = reportOf.get(String(unit.id))
        if (report && (report.reportState === 'submitted' || report.reportState === 'accepted')) continue
        const event = reminder.kind === 'overdue' ? 'reportOverdue' : 'reportDueSoon'
        const told = await notify(req, options, {
          event,
          collection: options.slugs.reports,
          id: report?.id ?? null,
          itemTitle: `Báo cáo ${periodLabel(ref, 'vi')}`,
          unit: unit.id,
          days: reminder.kind === 'dueSoon' ? reminder.days : undefined,
          onceKey: `${event}:${key}:${unit.id}:${reminder.kind === 'dueSoon' ? reminder.days : 0}`,
        })
        reminded += told.length
      }
    }
  }

  const feedbackDays = options.notifications.feedbackDaysBefore
  if (feedbackDays.length > 0) {
    // An answer is late from the day after its due day: due dates up to the largest reminder ahead.
    const horizon = startOfVietnamDay(today, timeZone).getTime() + (Math.max(...feedbackDays) + 1) * 86_400_000
    const open = await req.payload.find({
      collection: options.slugs.feedback,
      where: {
        and: [
          { state: { in: [...openFeedbackStates] } },
          { overdue: { not_equals: true } },
          { dueDate: { greater_than_equal: startOfVietnamDay(today, timeZone).toISOString() } },
          { dueDate: { less_than: new Date(horizon).toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { unit: true, dueDate: true, trackingCode: true },
    })
    for (const feedback of open.docs as { id: Id; unit?: unknown; dueDate?: string; trackingCode?: string }[]) {
      if (!feedback.dueDate) continue
      const lateDay = daysBetween(today, dayInVietnam(feedback.dueDate, timeZone)) + 1
      const reminder = reminderFor(lateDay, feedbackDays)
      // Overdue feedback is told when the hourly job flags it (hooks/notifyChanges.ts).
      if (!reminder || reminder.kind !== 'dueSoon') continue
      const told = await notify(req, options, {
        event: 'feedbackDueSoon',
        collection: options.slugs.feedback,
        id: feedback.id,
        itemTitle: String(feedback.trackingCode ?? feedback.id),
        unit: feedback.unit,
        days: lateDay,
        onceKey: `feedbackDueSoon:${feedback.id}:${reminder.days}`,
      })
      reminded += told.length
    }
  }
  return { reminded }
}

export const notificationRemindersTaskSlug = 'cchcNotificationReminders'

/** Every hour (a local day starts at local midnight whatever the server's zone); `input.now` (ISO) replaces the clock, for tests and catch-up runs. */
export const notificationRemindersTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: notificationRemindersTaskSlug,
    label: 'Nhắc hạn báo cáo, hạn trả lời phản ánh / Deadline reminders',
    inputSchema: [{ name: 'now', type: 'text' }],
    outputSchema: [{ name: 'reminded', type: 'number' }],
    schedule: [{ cron: '0 15 * * * *', queue: 'default' }],
    retries: 2,
    handler: async ({ input, req }: { input: { now?: string | null }; req: PayloadRequest }) => ({
      output: await sendReminders(req, options, nowFrom(input?.now)),
    }),
  }) as TaskConfig
