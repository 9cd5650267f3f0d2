import type { PayloadRequest } from 'payload'

import type { Actor, EditWorkflow } from '../lib/editActions.ts'
import type { ResolvedOptions } from '../options.ts'

import { mayPublish } from './onlyPublishersPublish.ts'
import { rights } from './rights.ts'
import { resolveRole } from './roles.ts'
import { unitIdOf } from './scopes.ts'

/**
 * Who the request's user is for the workflow buttons of an edit view, from the rights table:
 * publisher of the collection, coordinator (reviews reports), administrator, and its unit.
 */
export const editActor = async (req: PayloadRequest, options: ResolvedOptions, workflow: EditWorkflow): Promise<Actor> => {
  const role = await resolveRole(req, options)
  const reviewers: Partial<Record<string, boolean>> = rights['cchc-reports'].review
  return {
    editor: workflow === 'report' ? false : await mayPublish(req, options, workflow === 'post' ? 'cchc-posts' : 'procedure-announcements'),
    coordinator: reviewers[role] === true,
    administrator: role === 'administrator',
    unit: unitIdOf(req),
  }
}
