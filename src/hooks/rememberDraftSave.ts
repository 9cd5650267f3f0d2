import type { CollectionBeforeOperationHook } from 'payload'

import { contextSlots } from '../requestContext.ts'

/**
 * Payload's hooks do not say whether a save is a draft save (`?draft=true`, autosave) or a real
 * one; the workflow needs to know to tell "save a draft of a published post" from "unpublish".
 */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'create' || operation === 'update') {
    contextSlots.draftSave.set(args.req.context, Boolean((args as { draft?: boolean }).draft))
  }
  if (operation === 'restoreVersion') {
    contextSlots.draftRestore.set(args.req.context, Boolean((args as { draft?: boolean }).draft))
  }
  return args
}
