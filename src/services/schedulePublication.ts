import type { CollectionAfterChangeHook, CollectionSlug, FieldHook, PayloadRequest, Where } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { APIError, combineQueries, executeAccess, NotFound, UnauthorizedError, ValidationError } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { mayPublish } from '../access/onlyPublishersPublish.ts'
import { publicationErrors } from '../collections/Posts/publicationErrors.ts'
import { checkTransition, isWorkflowState, workflowStateLabels, type WorkflowState } from '../lib/workflow.ts'
import { nowOf } from '../requestContext.ts'
import { InvalidParameters } from '../requestParameters.ts'
import { t } from '../translations/translate.ts'
import { documentTitleOf, recordAudit } from './auditLog.ts'
import { inTransaction } from './inTransaction.ts'
import { lockDocument } from './lockDocument.ts'
import { isScheduledPublish } from './scheduledPublishing.ts'

type Id = number | string

const jobs = 'payload-jobs' as CollectionSlug

/** How soon and how far ahead a publication may be scheduled. */
export const scheduleWindow = { soonestMinutes: 1, furthestDays: 366 } as const

/**
 * Publications of a collection's documents still to come: Payload's `schedulePublish` jobs of type
 * publish that have not run, are not running and have not failed, whoever queued them (the admin's
 * schedule drawer, the "Lên lịch đăng" button, the Local API).
 */
const pendingWhere = (slug: string, id?: Id): Where => ({
  and: [
    { taskSlug: { equals: 'schedulePublish' } },
    { 'input.type': { equals: 'publish' } },
    { 'input.doc.relationTo': { equals: slug } },
    ...(id === undefined ? [] : [{ 'input.doc.value': { equals: String(id) } }]),
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { or: [{ hasError: { equals: false } }, { hasError: { exists: false } }] },
  ],
})

/** When each document of `slug` is next to be published (ISO), by its ID, read with `req`. */
export const pendingPublications = async (req: PayloadRequest, slug: string): Promise<Map<string, string>> => {
  const { docs } = await req.payload.db.find<{ input?: { doc?: { value?: Id } }; waitUntil?: string }>({
    collection: jobs,
    where: pendingWhere(slug),
    limit: 0,
    pagination: false,
    sort: 'waitUntil',
    req,
  })
  const next = new Map<string, string>()
  for (const job of docs) {
    const id = job.input?.doc?.value
    if (id !== undefined && job.waitUntil && !next.has(String(id))) next.set(String(id), new Date(job.waitUntil).toISOString())
  }
  return next
}

const pendingByRequest = new WeakMap<PayloadRequest, Promise<Map<string, string>>>()

/** Removes pending publications with `req`; what the request reads next is read again. */
const deletePending = async (req: PayloadRequest, where: Where) => {
  pendingByRequest.delete(req)
  await req.payload.db.deleteMany({ collection: jobs, where, req })
}

/**
 * Cancels a post's publications still to come, with `req`, and records it in the audit log (with
 * `reason` when a rule, not a person, cancelled them); how many there were.
 */
const cancelPending = async (req: PayloadRequest, options: ResolvedOptions, post: Record<string, unknown> & { id: Id }, reason?: 'edited'): Promise<number> => {
  const slug = options.slugs.posts
  const where = pendingWhere(slug, post.id)
  const { docs } = await req.payload.db.find<{ waitUntil?: string }>({ collection: jobs, where, limit: 0, pagination: false, req })
  if (docs.length === 0) return 0
  await deletePending(req, where)
  await recordAudit(req, options, {
    action: 'schedule',
    collection: slug,
    documentId: post.id,
    documentTitle: documentTitleOf(req.payload.collections[slug as CollectionSlug]!.config, post),
    details: { type: 'cancel', ...(reason ? { reason } : {}), at: docs.map((job) => job.waitUntil ?? null) },
  })
  return docs.length
}

/**
 * The virtual `scheduledAt` of a post: when it is next to be published, for staff (one query per
 * request, however many posts it reads; none for the public, who never see the field).
 */
export const scheduledAtOf =
  (options: ResolvedOptions): FieldHook =>
  async ({ req, siblingData }) => {
    const id = (siblingData as { id?: Id } | undefined)?.id
    if (!req.user || id === undefined || id === null) return null
    let pending = pendingByRequest.get(req)
    if (!pending) {
      pending = pendingPublications(req, options.slugs.posts)
      pendingByRequest.set(req, pending)
    }
    return (await pending).get(String(id)) ?? null
  }

/**
 * The post as the person who schedules may see it, under a row lock until the transaction ends:
 * a publisher (update access with `_status: published`, as Payload's schedule drawer asks) or a 403;
 * a post not there or not theirs, a 404.
 */
const postToSchedule = async (req: PayloadRequest, options: ResolvedOptions, id: Id) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  const slug = options.slugs.posts
  const config = req.payload.collections[slug as CollectionSlug]!.config
  const access = await executeAccess({ id, data: { _status: 'published' }, disableErrors: true, req }, config.access.update)
  if (!access) throw new APIError(t(req, 'publishersOnly'), 403, null, true)
  await lockDocument(req, slug, id)
  const { docs } = await req.payload.find({
    collection: slug as CollectionSlug,
    where: combineQueries({ id: { equals: id } }, access),
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const post = docs[0] as (Record<string, unknown> & { id: Id }) | undefined
  if (!post) throw new NotFound(req.t)
  return { slug, post }
}

/**
 * Schedules a post to be published at `at`, replacing any publication still to come, through
 * Payload's own `schedulePublish` job (what its schedule drawer queues, audited the same way).
 * Refused, with nothing written: a person who may not publish (403); a time not at least a minute
 * ahead or over a year away, a post already published or archived, a post that still lacks what
 * publication needs (400, each reason on its field). The job publishes the post as it is then,
 * through every rule of a publication.
 */
export const schedulePublication = async (req: PayloadRequest, options: ResolvedOptions, id: Id, at: Date): Promise<{ at: string }> =>
  inTransaction(req, async () => {
    const { slug, post } = await postToSchedule(req, options, id)
    const now = nowOf(req.context).getTime()
    // The reason itself as the message (a toast reads it), and where it belongs.
    const invalid = (path: string, message: string) => new InvalidParameters([{ path, message }])
    if (at.getTime() < now + scheduleWindow.soonestMinutes * 60_000) throw invalid('at', t(req, 'scheduleTooSoon'))
    if (at.getTime() > now + scheduleWindow.furthestDays * 86_400_000) throw invalid('at', t(req, 'scheduleTooFar'))
    const state: WorkflowState = isWorkflowState(post.workflowState) ? post.workflowState : 'draft'
    if (state === 'published' || !checkTransition(state, 'published', true).ok) {
      throw invalid('workflowState', t(req, 'scheduleNotFromState', { state: getTranslation(workflowStateLabels[state], req.i18n) }))
    }
    const errors = await publicationErrors(req, options, post)
    if (errors.length > 0) throw new ValidationError({ collection: slug, errors, req }, req.t)
    await deletePending(req, pendingWhere(slug, id))
    await req.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: slug as CollectionSlug, value: String(id) },
        user: { relationTo: options.authCollection as CollectionSlug, value: req.user!.id },
      },
      waitUntil: at,
      req,
    } as never)
    return { at: at.toISOString() }
  })

/**
 * Cancels a post's publications still to come (a publisher only), and records it in the audit log.
 * Returns how many there were: none is no error.
 */
export const cancelPublication = async (req: PayloadRequest, options: ResolvedOptions, id: Id): Promise<{ cancelled: number }> =>
  inTransaction(req, async () => {
    const { post } = await postToSchedule(req, options, id)
    return { cancelled: await cancelPending(req, options, post) }
  })

/**
 * A post keeps no publication to come once it is published by hand or archived (a later job would
 * publish it again, or fail on an archived post), nor once someone who may not publish changes it:
 * an editor scheduled what it had read, and the writer's later edits (autosaves included) need its
 * eyes again. The jobs go in the write's transaction; a cancellation by an edit is in the audit log.
 */
export const dropPendingPublications =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || isScheduledPublish()) return doc
    const state = doc.workflowState
    const moved = state !== (previousDoc as { workflowState?: unknown } | undefined)?.workflowState && (state === 'published' || state === 'archived')
    // The answer was read before this hook ran (Payload's afterRead comes first): it says so too.
    const answered = () => ('scheduledAt' in doc ? { ...doc, scheduledAt: null } : doc)
    if (moved) {
      await deletePending(req, pendingWhere(options.slugs.posts, (doc as { id: Id }).id))
      return answered()
    }
    if (await mayPublish(req, options, 'cchc-posts')) return doc
    return (await cancelPending(req, options, doc as Record<string, unknown> & { id: Id }, 'edited')) > 0 ? answered() : doc
  }
