import type { CollectionBeforeChangeHook } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { APIError, ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { mayPublish } from '../../../access/onlyPublishersPublish.ts'
import { storedBefore } from '../../../lib/storedBefore.ts'
import { checkTransition, isWorkflowState, workflowStateLabels, type WorkflowState } from '../../../lib/workflow.ts'
import { contextSlots, isDraftRestore, isDraftSave, nowOf } from '../../../requestContext.ts'
import { t } from '../../../translations/translate.ts'
import { publicationErrors } from '../publicationErrors.ts'

/**
 * The editorial workflow, enforced on every write path (REST, GraphQL, Local API, autosave, bulk
 * update, version restore, scheduled publish): works out the transition a write asks for, whether
 * through `workflowState` or Payload's own `_status` (publish and unpublish buttons), refuses it
 * when the role may not take it, checks a post is complete before it is published, and keeps
 * `_status`, `workflowState` and `publishedAt` in step.
 */
export const applyWorkflow =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    // A state as the person reads it ("Chờ duyệt"), not its stored value.
    const stateName = (state: WorkflowState) => getTranslation(workflowStateLabels[state], req.i18n)
    const invalid = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }], req }, req.t)
    // No user: the system itself (seeding, a job without a scheduling user) acts as an editor.
    // Publishing itself is the publish guard's (access/onlyPublishersPublish.ts), which ran first.
    const isEditor = await mayPublish(req, options, 'cchc-posts')
    const stored = storedBefore({ operation, originalDoc })
    const from: WorkflowState = stored?.workflowState ?? 'draft'
    // Restoring a version as a draft saves only a version: it brings back the content, not the
    // version's editorial state, which the post keeps (a "submission" no list would show, else).
    const draftRestore = isDraftRestore(req.context) && stored !== undefined
    if (draftRestore) Object.assign(data, { workflowState: from, reviewNote: stored.reviewNote ?? null, _status: 'draft' })
    const draftSave = draftRestore || isDraftSave(req.context)
    // `data` carries unchanged fields too: a transition is a value that differs from the stored one.
    const asked = isWorkflowState(data.workflowState) && data.workflowState !== from ? data.workflowState : undefined
    const publishAsked = data._status === 'published' && stored?._status !== 'published'
    let to: WorkflowState = asked ?? from
    if (!asked && publishAsked) to = 'published' // Payload's Publish button, or `_status` over the API
    // A real (not draft) save to `_status: draft` of a published post is Payload's Unpublish button.
    else if (!asked && data._status === 'draft' && !draftSave && from === 'published') to = 'draft'
    if (asked && publishAsked && asked !== 'published') {
      throw invalid('workflowState', t(req, 'postNotATransition', { from: stateName('published'), to: stateName(asked) }))
    }

    const check = checkTransition(from, to, isEditor)
    if (!check.ok) {
      if (check.reason === 'editors-only') throw new APIError(t(req, 'postEditorsOnly', { to: stateName(to) }), 403, null, true)
      throw invalid('workflowState', t(req, 'postNotATransition', { from: stateName(from), to: stateName(to) }))
    }

    const merged = { ...stored, ...data }
    if (to === 'changes_requested' && from !== to && !String(data.reviewNote ?? '').trim()) {
      throw invalid('reviewNote', t(req, 'reviewReasonRequired'))
    }

    if (to === 'published' && draftSave && from !== 'published') {
      // A draft save writes only a version: publishing through it would publish stale content.
      throw invalid('workflowState', t(req, 'publishNotByDraft'))
    }
    if (to === 'published' && !(draftSave && from === 'published')) {
      const errors = await publicationErrors(req, options, merged)
      if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
      data._status = 'published'
    } else if (to !== 'published') {
      data._status = 'draft'
    }

    data.workflowState = to
    // The editor's reason belongs to the step that sent the post back: once it moves on, it goes
    // (the versions and the audit log keep it).
    if (to !== from && to !== 'changes_requested') data.reviewNote = null
    // Set by the server at first publication, never by the request.
    data.publishedAt = stored?.publishedAt ?? (to === 'published' ? nowOf(req.context).toISOString() : null)
    if (draftSave && to !== from && stored?.id !== undefined) {
      contextSlots.transition(stored.id).set(req.context, { workflowState: to, reviewNote: merged.reviewNote ?? null, _status: data._status })
    }
    return data
  }
