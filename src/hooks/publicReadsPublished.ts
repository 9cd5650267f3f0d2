import type { CollectionBeforeOperationHook } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { resolveRole } from '../access/roles.ts'

/**
 * Anonymous readers asking for drafts (`?draft=true`) get the published documents, the same as
 * without the flag: access already keeps drafts from them, and this keeps a published post whose
 * newer draft is pending from vanishing from their lists.
 */
export const publicReadsPublished =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation === 'read' && (args as { draft?: boolean }).draft && (await resolveRole(req, options)) === 'anonymous') {
      return { ...args, draft: false }
    }
    return args
  }
