import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { type Id, type NotificationEvent, notificationTitle, type Person, recipientsOf } from '../lib/notificationEvents.ts'
import { idOf } from '../lib/relationId.ts'

export const sendNotificationEmailTaskSlug = 'cchcSendNotificationEmail'

/** An account's choices (the `notificationPreferences` group the plugin adds to the auth collection). */
export type Preferences = { muted?: string[] | null; email?: boolean | null; delivery?: 'immediate' | 'digest' | null }
type Staff = Person & { preferences: Preferences }

// The staff is read once per request, however many events it fires.
const staffPerRequest = new WeakMap<object, Promise<Staff[]>>()

/** Every account in an active unit, with what its unit is and its preferences. */
const staffOf = (req: PayloadRequest, options: ResolvedOptions): Promise<Staff[]> => {
  let staff = staffPerRequest.get(req)
  if (!staff) {
    staff = (async () => {
      const units = await req.payload.find({
        collection: options.slugs.units,
        where: { active: { equals: true } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
        select: { accessLevel: true, isCoordinator: true },
      })
      const kindOf = new Map<string, Person['unitKind']>()
      for (const unit of units.docs as { id: Id; accessLevel?: string; isCoordinator?: boolean }[]) {
        const kind = unit.accessLevel === 'editor' ? 'editor' : unit.accessLevel === 'contributor' ? (unit.isCoordinator ? 'coordinator' : 'contributor') : null
        if (kind) kindOf.set(String(unit.id), kind)
      }
      if (kindOf.size === 0) return []
      const users = await req.payload.find({
        collection: options.authCollection,
        where: { unit: { in: [...kindOf.keys()] } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
        select: { unit: true, notificationPreferences: true },
      })
      return (users.docs as { id: Id; unit?: unknown; notificationPreferences?: Preferences }[]).map((user) => {
        const unit = idOf(user.unit)
        const preferences = user.notificationPreferences ?? {}
        return { id: user.id, unit, unitKind: unit === null ? null : (kindOf.get(String(unit)) ?? null), muted: preferences.muted ?? [], preferences }
      })
    })()
    staffPerRequest.set(req, staff)
  }
  return staff
}

/** The admin's path to an item (the e-mail makes it absolute with the server's URL). */
export const adminPathOf = (req: PayloadRequest, collection: string, id: Id | null): string =>
  `${(req.payload.config.routes?.admin ?? '/admin').replace(/\/+$/, '')}/collections/${encodeURIComponent(collection)}${id === null ? '' : `/${encodeURIComponent(String(id))}`}`

export type NotifyArgs = {
  event: NotificationEvent
  /** The item told of (no id: the collection's list, a report not yet opened). */
  collection: string
  id: Id | null
  itemTitle: string
  unit?: unknown
  author?: unknown
  /** Days left, for a reminder's line. */
  days?: number
  /** A reminder's once-only key: a recipient who already has it is not told again. */
  onceKey?: string
}

/**
 * Tells the people the table names of one event (lib/notificationEvents.ts), with the request's
 * `req`: the notifications, and the jobs that e-mail them, are written in the transaction of the
 * change, so a change rolled back tells no one. The e-mail itself is sent by the jobs queue after
 * the commit; a failed send is retried there and never undoes the change.
 */
export const notify = async (req: PayloadRequest, options: ResolvedOptions, args: NotifyArgs): Promise<Id[]> => {
  const staff = await staffOf(req, options)
  const actor = req.user && req.user.collection === options.authCollection ? req.user.id : null
  const recipients = recipientsOf(args.event, { unit: idOf(args.unit), author: idOf(args.author), actor }, staff)
  const byId = new Map(staff.map((person) => [String(person.id), person]))
  const title = notificationTitle(args.event, args.itemTitle, { days: args.days })
  const link = adminPathOf(req, args.collection, args.id)
  const told: Id[] = []
  for (const recipient of recipients) {
    const onceKey = args.onceKey ? `${args.onceKey}:${recipient}` : undefined
    if (onceKey) {
      const already = await req.payload.count({ collection: options.slugs.notifications, where: { onceKey: { equals: onceKey } }, overrideAccess: true, req })
      if (already.totalDocs > 0) continue
    }
    const preferences = byId.get(String(recipient))?.preferences ?? {}
    const emailState = !options.notifications.email || preferences.email === false ? 'none' : preferences.delivery === 'digest' ? 'digest' : 'queued'
    const created = await req.payload.create({
      collection: options.slugs.notifications,
      data: { recipient, event: args.event, title, itemCollection: args.collection, itemId: args.id === null ? null : String(args.id), link, onceKey, emailState, isRead: false },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (emailState === 'queued') {
      await req.payload.jobs.queue({ task: sendNotificationEmailTaskSlug, input: { notification: String(created.id) }, req })
    }
    told.push(recipient)
  }
  return told
}
