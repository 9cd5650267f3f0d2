import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'

/**
 * One row per visitor, item, day and action (a view, a rating): what makes a visitor count once a
 * day. The visitor is a keyed hash under a daily key that is never stored (lib/visitor.ts); no
 * address or user agent is kept. Written by one SQL statement (services/interest.ts); rows of past
 * days are deleted by the hourly purge job. Nobody reads them through the API.
 */
export const visitorMarksCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.visitorMarks,
  labels: {
    singular: { vi: 'Dấu lượt truy cập', en: 'Visitor mark' },
    plural: { vi: 'Dấu lượt truy cập', en: 'Visitor marks' },
  },
  admin: { hidden: true },
  access: accessFrom(options, rights['cchc-visitor-marks']),
  graphQL: false,
  indexes: [{ fields: ['action', 'itemKind', 'itemId', 'day', 'visitor'], unique: true }],
  fields: [
    { name: 'action', type: 'text', required: true },
    { name: 'itemKind', type: 'text', required: true },
    { name: 'itemId', type: 'number', required: true },
    { name: 'day', type: 'text', required: true, index: true },
    { name: 'visitor', type: 'text', required: true },
  ],
})
