import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { adminGroups } from '../adminGroups.ts'

/**
 * Each satisfaction rating with its comment, for editors to read; the public sees only the
 * aggregates (count, mean, distribution). No visitor hash, address or user agent is stored here.
 * Written by the rating endpoints in one SQL statement, never through the API.
 */
export const ratingsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.ratings,
  labels: {
    singular: { vi: 'Đánh giá mức độ hài lòng', en: 'Satisfaction rating' },
    plural: { vi: 'Đánh giá mức độ hài lòng', en: 'Satisfaction ratings' },
  },
  admin: {
    defaultColumns: ['createdAt', 'itemKind', 'itemId', 'score', 'comment'],
    group: adminGroups.reform,
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: accessFrom(options, rights['cchc-ratings']),
  indexes: [{ fields: ['itemKind', 'itemId'] }],
  fields: [
    { name: 'itemKind', type: 'text', required: true, label: { vi: 'Loại', en: 'Kind' } },
    { name: 'itemId', type: 'number', required: true, label: { vi: 'Mã mục', en: 'Item id' } },
    { name: 'day', type: 'text', required: true, index: true, label: { vi: 'Ngày', en: 'Day' } },
    { name: 'score', type: 'number', required: true, min: 1, max: 5, label: { vi: 'Điểm', en: 'Score' } },
    { name: 'comment', type: 'textarea', maxLength: 1000, label: { vi: 'Góp ý', en: 'Comment' } },
  ],
})
