import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import type { EditWorkflow } from '../lib/editActions.ts'
import type { ResolvedOptions } from '../options.ts'

import { editActor } from '../access/editActor.ts'
import { WorkflowButtons } from './WorkflowButtons.tsx'

type Props = ServerProps & { options: ResolvedOptions; workflow?: EditWorkflow }

/**
 * Works out on the server who the person is for the workflow buttons of an edit view (a post, a
 * report or a decision); the buttons then follow the saved state in the browser.
 */
export const WorkflowActions = async ({ options, payload, user, workflow = 'post' }: Props) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: options.authCollection } }, payload)
  return <WorkflowButtons workflow={workflow} actor={await editActor(req, options, workflow)} timeZone={options.reporting.timeZone} />
}
