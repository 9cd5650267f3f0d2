import type { CollectionBeforeOperationHook, RequestContext } from 'payload'

const key = 'cchc:draftSave'

/**
 * Payload's hooks do not say whether a save is a draft save (`?draft=true`, autosave) or a real
 * one; the workflow needs to know to tell "save a draft of a published post" from "unpublish".
 */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'create' || operation === 'update') {
    args.req.context[key] = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

export const isDraftSave = (context: RequestContext): boolean => context[key] === true
