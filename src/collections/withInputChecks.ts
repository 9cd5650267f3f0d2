import type { CollectionConfig } from 'payload'

import { checkQueryArgs } from '../hooks/checkQueryArgs.ts'
import { checkWriteData } from '../hooks/checkWriteData.ts'

/**
 * Every collection the plugin adds or extends goes through this: malformed data and queries are
 * refused with a 400 before the collection's own hooks, access or the database see them.
 */
export const withInputChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [checkQueryArgs, checkWriteData, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
