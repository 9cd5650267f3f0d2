import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { mayPublish } from '../access/onlyPublishersPublish.ts'
import { WorkflowButtons } from './WorkflowButtons.tsx'

type Props = ServerProps & { options: ResolvedOptions }

/** Works out on the server whether the person is an editor, for the buttons of the post's edit view. */
export const WorkflowActions = async ({ options, payload, user }: Props) => {
  if (!user) return null
  const req = await createLocalReq({ user: { ...user, collection: options.authCollection } }, payload)
  return <WorkflowButtons isEditor={await mayPublish(req, options, options.slugs.posts)} />
}
