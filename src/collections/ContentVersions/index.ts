import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { wholeNumber } from '../../fields/wholeNumber.ts'

/**
 * The version of what the public reads: one row, bumped in the transaction of every change to
 * published content (`services/contentVersion.ts`). Every instance reads it on each anonymous
 * request and keys its response cache on it, so a publish on one instance is seen on the next
 * request to any other. Nobody reads or writes it through the API.
 */
export const contentVersionsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.contentVersions,
  labels: {
    singular: { vi: 'Phiên bản nội dung', en: 'Content version' },
    plural: { vi: 'Phiên bản nội dung', en: 'Content versions' },
  },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'version', type: 'number', required: true, custom: wholeNumber },
  ],
})
