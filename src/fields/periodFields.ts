import type { Field, FieldAccess } from 'payload'

import { periodKinds } from '../lib/periods.ts'
import { dayOnly } from './dateDisplay.ts'
import { selectOptions } from './selectOptions.ts'
import { wholeNumber } from './wholeNumber.ts'

export const periodKindLabels = {
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  half_year: { vi: '6 tháng', en: 'Half-year' },
  year: { vi: 'Năm', en: 'Year' },
  ad_hoc: { vi: 'Đột xuất', en: 'Ad hoc' },
} as const

export type DateAccess = { create?: FieldAccess; update?: FieldAccess }

const dateField = (name: string, label: { vi: string; en: string }, access: DateAccess | undefined): Field => ({
  name,
  type: 'date',
  index: true,
  label,
  access,
  admin: {
    date: dayOnly,
    description: {
      vi: 'Máy chủ tính theo kỳ và quy định của xã (giờ Việt Nam); chỉ nhập tay với kỳ đột xuất.',
      en: 'Computed from the period and the commune’s rule (Vietnam time); typed in only for ad hoc periods.',
    },
  },
})

/**
 * A reporting period: kind, year and number, and the explicit start, end (and due date) that
 * `fillPeriod` derives from them. `dates` is who may set the dates by hand.
 */
export const periodFields = ({ due, dates }: { due: boolean; dates?: DateAccess }): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'periodKind',
        type: 'select',
        required: true,
        defaultValue: 'quarter',
        index: true,
        label: { vi: 'Loại kỳ', en: 'Period kind' },
        options: selectOptions(periodKinds, periodKindLabels),
      },
      { name: 'year', type: 'number', required: true, index: true, custom: wholeNumber, label: { vi: 'Năm', en: 'Year' } },
      {
        name: 'periodNumber',
        type: 'number',
        custom: wholeNumber,
        index: true,
        label: { vi: 'Số kỳ', en: 'Number' },
        admin: {
          description: { vi: 'Tháng 1-12, quý 1-4, nửa năm 1-2; bỏ trống với năm.', en: 'Month 1-12, quarter 1-4, half 1-2; empty for a year.' },
          condition: (data) => data?.periodKind !== 'year' && data?.periodKind !== 'ad_hoc',
        },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      dateField('periodStart', { vi: 'Từ ngày', en: 'Start' }, dates),
      dateField('periodEnd', { vi: 'Đến ngày', en: 'End' }, dates),
      ...(due ? [dateField('dueDate', { vi: 'Hạn nộp', en: 'Due date' }, dates)] : []),
    ],
  },
  { name: 'periodKey', type: 'text', index: true, admin: { hidden: true } },
]
