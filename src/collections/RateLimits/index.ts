import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { wholeNumber } from '../../fields/wholeNumber.ts'

/**
 * Counters of the rate limits (logins, password resets, anonymous GraphQL, citizens' messages),
 * kept in PostgreSQL so that every instance of the app counts against the same limit. Keys are
 * keyed hashes: no e-mail address or IP address is stored. Nobody reads or writes them through
 * the API; `services/rateLimit.ts` counts with one atomic statement.
 */
export const rateLimitsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.rateLimits,
  labels: {
    singular: { vi: 'Bộ đếm giới hạn', en: 'Rate-limit counter' },
    plural: { vi: 'Bộ đếm giới hạn', en: 'Rate-limit counters' },
  },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'windowStart', type: 'date', required: true, index: true },
    { name: 'hits', type: 'number', required: true, custom: wholeNumber },
  ],
})
