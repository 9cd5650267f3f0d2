import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { isClock, isDay, weekdayLabels, weekdays } from '../../lib/broadcastSlots.ts'
import { t } from '../../translations/translate.ts'
import { adminGroups } from '../adminGroups.ts'
import { keepUsedSlots } from './hooks/keepUsedSlots.ts'
import { refuseOverlappingSlots } from './hooks/refuseOverlappingSlots.ts'

const clock: TextFieldSingleValidation = (value, { req }) => (value == null || isClock(value) ? true : t(req, 'slotClockInvalid'))
const day: TextFieldSingleValidation = (value, { req }) => (value == null || isDay(value) ? true : t(req, 'slotDayInvalid'))

/**
 * The commune radio's recurring slots (khung giờ phát sóng), e.g. 05:30–06:00 and 17:00–17:30 every
 * day, in the commune's time zone, with the days a slot does not run. Editors keep them.
 */
export const broadcastSlotsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.broadcastSlots,
  labels: {
    singular: { vi: 'Khung giờ phát thanh', en: 'Radio slot' },
    plural: { vi: 'Khung giờ phát thanh', en: 'Radio slots' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'startTime', 'endTime', 'weekdays', 'active'],
    group: adminGroups.reform,
    description: {
      vi: 'Các khung giờ cố định của đài truyền thanh xã, theo giờ địa phương. Ngày nghỉ lễ hoặc ngày không phát ghi ở "Ngày không phát".',
      en: 'The commune radio’s fixed slots, in local time. Holidays and days off go under "Days without broadcast".',
    },
  },
  defaultSort: 'startTime',
  access: accessFrom(options, rights['broadcast-slots']),
  hooks: { beforeChange: [refuseOverlappingSlots], beforeDelete: [keepUsedSlots(options)] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên khung giờ', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'startTime',
          type: 'text',
          required: true,
          index: true,
          validate: clock,
          label: { vi: 'Bắt đầu (HH:mm)', en: 'Starts (HH:mm)' },
        },
        { name: 'endTime', type: 'text', required: true, validate: clock, label: { vi: 'Kết thúc (HH:mm)', en: 'Ends (HH:mm)' } },
      ],
    },
    {
      name: 'weekdays',
      type: 'select',
      hasMany: true,
      options: selectOptions(weekdays, weekdayLabels),
      label: { vi: 'Các ngày trong tuần', en: 'Days of the week' },
      admin: { description: { vi: 'Để trống: phát mọi ngày.', en: 'Empty: every day.' } },
    },
    {
      name: 'exceptions',
      type: 'array',
      label: { vi: 'Ngày không phát', en: 'Days without broadcast' },
      labels: { singular: { vi: 'Ngày không phát', en: 'Day without broadcast' }, plural: { vi: 'Ngày không phát', en: 'Days without broadcast' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'text', required: true, validate: day, label: { vi: 'Ngày (yyyy-mm-dd)', en: 'Day (yyyy-mm-dd)' } },
            { name: 'reason', type: 'text', label: { vi: 'Lý do', en: 'Reason' } },
          ],
        },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { vi: 'Đang dùng', en: 'In use' },
      admin: { position: 'sidebar' },
    },
  ],
})
