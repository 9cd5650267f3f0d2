import type { NumberField } from 'payload'

import { keepCounter } from '../hooks/keepCounter.ts'
import { wholeNumber } from './wholeNumber.ts'

/** A count the server keeps (views, ratings): shown read-only, never written by a request. */
export const counterField = (name: string, label: { vi: string; en: string }): NumberField => ({
  name,
  type: 'number',
  defaultValue: 0,
  custom: wholeNumber,
  label,
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [keepCounter] },
})

/** The counters of an item readers view and rate: filled by services/interest.ts in SQL. */
export const interestCounterFields = (): NumberField[] => [
  counterField('viewCount', { vi: 'Lượt xem', en: 'Views' }),
  counterField('ratingCount', { vi: 'Lượt đánh giá', en: 'Ratings' }),
  counterField('ratingTotal', { vi: 'Tổng điểm đánh giá', en: 'Rating total' }),
]
