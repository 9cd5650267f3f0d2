import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { wholeNumber } from '../../fields/wholeNumber.ts'

const count = (name: string) => ({ name, type: 'number' as const, required: true, defaultValue: 0, custom: wholeNumber })

/**
 * Each item's interest per day (in the commune's time zone): views by distinct visitors, ratings
 * and their scores. Kept by atomic `insert … on conflict do update` statements (services/interest.ts),
 * so several app instances count into the same rows; the interest statistics and the units'
 * reports sum them over a date range. Read through the statistics endpoint, not the API.
 */
export const interestDaysCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.interestDays,
  labels: {
    singular: { vi: 'Mức độ quan tâm theo ngày', en: 'Daily interest' },
    plural: { vi: 'Mức độ quan tâm theo ngày', en: 'Daily interest' },
  },
  admin: { hidden: true },
  access: accessFrom(options, rights['cchc-interest-days']),
  graphQL: false,
  indexes: [
    { fields: ['itemKind', 'itemId', 'day'], unique: true },
    { fields: ['day', 'itemKind'] },
  ],
  fields: [
    // 'post', 'procedure' or 'service' (the one-stop service as a whole, item 0)
    { name: 'itemKind', type: 'text', required: true },
    { name: 'itemId', type: 'number', required: true },
    // yyyy-mm-dd
    { name: 'day', type: 'text', required: true },
    count('views'),
    count('ratings'),
    count('ratingTotal'),
    count('score1'),
    count('score2'),
    count('score3'),
    count('score4'),
    count('score5'),
  ],
})
