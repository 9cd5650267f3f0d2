import type { Payload, TaskHandler } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

// Payload's scheduled-publish task calls `payload.update` without its `req` or any context, so the
// post's hooks cannot tell it from a publish by hand; the task's run is marked for the calls it makes.
const scheduledRun = new AsyncLocalStorage<true>()

/** Whether the code runs inside Payload's scheduled-publish task. */
export const isScheduledPublish = (): boolean => scheduledRun.getStore() === true

/** Marks every run of Payload's `schedulePublish` task (its handler is read from the config at run time). */
export const markScheduledPublishing = (payload: Payload): void => {
  const task = payload.config.jobs?.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') return
  const handler = task.handler as TaskHandler<'schedulePublish'>
  task.handler = ((args: Parameters<typeof handler>[0]) => scheduledRun.run(true, () => handler(args))) as typeof task.handler
}
