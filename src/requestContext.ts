import type { RequestContext } from 'payload'

import type { Counter } from './services/signInThrottle.ts'

/**
 * Everything the plugin keeps in a request's context (`req.context`, which Payload hands to every
 * hook of the request and to nested operations given the same `req`): each key once, with its type.
 */
const slot = <T>(key: string) => ({
  key,
  get: (context: RequestContext | undefined): T | undefined => context?.[key] as T | undefined,
  set: (context: RequestContext, value: T | undefined): void => {
    if (value === undefined) delete context[key]
    else context[key] = value
  },
})

/** How a create or update was asked for: Payload's hooks after the write do not say. */
export type SaveKind = { draft: boolean; autosave: boolean; password: boolean }

/** A sign-in of this request: its counters, the account it named, and how it ended. */
export type LoginAttempt = { counters: Counter[]; userId: null | number | string; title: null | string; outcome: 'pending' | 'succeeded' | 'done' }

/** The state a draft save moved a post to, for the document itself (see Posts/hooks/recordDraftTransition.ts). */
export type DraftTransition = { workflowState: string; reviewNote: unknown; _status: unknown }

export const contextSlots = {
  /** This save is a draft save (`?draft=true`, autosave), not a real one. */
  draftSave: slot<boolean>('cchc:draftSave'),
  /** This write restores a version as a draft (`POST /api/<slug>/versions/:id?draft=true`): only a version is saved. */
  draftRestore: slot<boolean>('cchc:draftRestore'),
  /** This save, for the audit log. */
  save: slot<SaveKind>('cchc:audit:save'),
  /** A draft save's workflow transition, per post id. */
  transition: (id: number | string) => slot<DraftTransition>(`cchc:transition:${id}`),
  /** The server writes what a decision applied: the decision's hooks stand aside. */
  applyingAnnouncement: slot<true>('cchc:applyingAnnouncement'),
  /** The sign-ins of this request (a GraphQL document may hold several), for the hooks after them. */
  loginAttempts: slot<LoginAttempt[]>('cchc:loginAttempts'),
  /** The instant the server acts at, ISO (the overdue job, tests). */
  now: slot<string>('cchc:now'),
  /** The Local API's `If-Match`: the `updatedAt` the caller read (public: `context: { ifMatch }`). */
  ifMatch: slot<unknown>('ifMatch'),
}

/** An instant given as ISO text (a job's `input.now`), or the clock's when none is. */
export const nowFrom = (at: unknown): Date => (typeof at === 'string' && at !== '' ? new Date(at) : new Date())

/** The time the server acts at: now, or what a job or a test put in the request's context. */
export const nowOf = (context: RequestContext | undefined): Date => nowFrom(contextSlots.now.get(context))

/** Context that makes the hooks act as at `now` (the overdue job; tests; demo data). */
export const actingAt = (now: Date): RequestContext => ({ [contextSlots.now.key]: now.toISOString() })

/** Context of the server's own writes of a decision's items. */
export const applyingAnnouncement = (): RequestContext => ({ [contextSlots.applyingAnnouncement.key]: true })

export const isApplyingAnnouncement = (context: RequestContext | undefined): boolean => contextSlots.applyingAnnouncement.get(context) === true

export const isDraftSave = (context: RequestContext | undefined): boolean => contextSlots.draftSave.get(context) === true

export const isDraftRestore = (context: RequestContext | undefined): boolean => contextSlots.draftRestore.get(context) === true
