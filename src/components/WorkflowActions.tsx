import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import type { Actor, EditWorkflow } from '../lib/editActions.ts'
import type { ResolvedOptions } from '../options.ts'

import { mayPublish } from '../access/onlyPublishersPublish.ts'
import { rights } from '../access/rights.ts'
import { resolveRole } from '../access/roles.ts'
import { unitIdOf } from '../access/scopes.ts'
import { WorkflowButtons } from './WorkflowButtons.tsx'

type Props = ServerProps & { options: ResolvedOptions; workflow?: EditWorkflow }

/**
 * Works out on the server who the person is for the workflow buttons of an edit view (a post, a
 * report or a decision): publisher, coordinator, administrator, and its unit. The buttons then
 * follow the saved state in the browser.
 */
export const WorkflowActions = async ({ options, payload, user, workflow = 'post' }: Props) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: options.authCollection } }, payload)
  const role = await resolveRole(req, options)
  const reviewers: Partial<Record<string, boolean>> = rights['cchc-reports'].review
  const actor: Actor = {
    editor: workflow === 'report' ? false : await mayPublish(req, options, workflow === 'post' ? 'cchc-posts' : 'procedure-announcements'),
    coordinator: reviewers[role] === true,
    administrator: role === 'administrator',
    unit: unitIdOf(req),
  }
  return <WorkflowButtons workflow={workflow} actor={actor} />
}
