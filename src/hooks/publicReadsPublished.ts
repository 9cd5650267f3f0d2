import type { CollectionBeforeOperationHook } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { holdsNoPluginRights, resolveRole } from '../access/roles.ts'

/**
 * Readers without the plugin's rights (anonymous or in no unit) asking for drafts (`?draft=true`) get the published documents, the same as
 * without the flag: access already keeps drafts from them, and this keeps a published post whose
 * newer draft is pending from vanishing from their lists.
 */
export const publicReadsPublished =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation === 'read' && (args as { draft?: boolean }).draft && holdsNoPluginRights(await resolveRole(req, options))) {
      return { ...args, draft: false }
    }
    return args
  }
