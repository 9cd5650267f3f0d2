import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { dayAndTime, dayOnly } from '../../fields/dateDisplay.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { serializeUpdates } from '../../hooks/serializeUpdates.ts'
import { uniqueRecord } from '../../hooks/uniqueRecord.ts'
import { itemKindLabels, itemKinds, itemStateLabels, itemStates, programmeStateLabels, programmeStates } from '../../lib/broadcastWorkflow.ts'
import { adminGroups } from '../adminGroups.ts'
import { programmeExportEndpoints } from './endpoints/exports.ts'
import { applyProgramme } from './hooks/applyProgramme.ts'

const serverSet = (name: string, type: 'date' | 'number' | 'text', label: { vi: string; en: string }, extra: Partial<Field> = {}): Field =>
  ({
    name,
    type,
    label,
    admin: { position: 'sidebar', readOnly: true, ...(type === 'date' ? { date: dayAndTime } : {}) },
    ...extra,
  }) as Field

const showFor =
  (kind: string) =>
  (_: unknown, sibling: { kind?: unknown } | undefined): boolean =>
    sibling?.kind === kind

/**
 * The commune radio's programmes (chương trình phát thanh): one per slot and day, an ordered list
 * of audio posts, audio files and scripts read live, planned by editors, proposed into by units,
 * then marked aired or cancelled. What aired feeds the units' reports.
 */
export const broadcastSchedulesCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.broadcastSchedules,
  labels: {
    singular: { vi: 'Chương trình phát thanh', en: 'Radio programme' },
    plural: { vi: 'Lịch phát thanh', en: 'Radio programmes' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'programmeState', 'totalSeconds', 'startsAt'],
    group: adminGroups.reform,
    description: {
      vi: 'Chương trình của đài truyền thanh xã theo khung giờ. Đơn vị đề xuất tin của mình vào chương trình đã lên lịch; Trung tâm DVSNC nhận, sắp xếp và xác nhận đã phát.',
      en: 'The commune radio’s programmes by slot. Units propose their own items into a planned programme; the TTDVSNC accepts, orders and marks them aired.',
    },
    ...(options.adminComponents.radioWeek ? { components: { beforeList: [{ path: options.adminComponents.radioWeek, serverProps: { options } }] } } : {}),
  },
  defaultSort: '-startsAt',
  access: accessFrom(options, rights['broadcast-schedules']),
  endpoints: programmeExportEndpoints(options),
  hooks: {
    // Two editors' saves of one programme, or a proposal beside an editor's save, run one after the other.
    beforeOperation: [serializeUpdates],
    beforeChange: [
      applyProgramme(options),
      uniqueRecord({ key: (data) => `${data.slot}|${data.day}`, path: 'date', message: 'duplicateProgramme' }),
    ],
  },
  fields: [
    serverSet('title', 'text', { vi: 'Tiêu đề', en: 'Title' }),
    {
      type: 'row',
      fields: [
        {
          name: 'slot',
          type: 'relationship',
          relationTo: options.slugs.broadcastSlots,
          required: true,
          index: true,
          label: { vi: 'Khung giờ', en: 'Slot' },
        },
        { name: 'date', type: 'date', required: true, label: { vi: 'Ngày phát', en: 'Day' }, admin: { date: dayOnly } },
      ],
    },
    {
      name: 'items',
      type: 'array',
      label: { vi: 'Các tin trong chương trình (theo thứ tự phát)', en: 'Items (in running order)' },
      labels: { singular: { vi: 'Tin', en: 'Item' }, plural: { vi: 'Tin', en: 'Items' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', required: true, options: selectOptions(itemKinds, itemKindLabels), label: { vi: 'Loại', en: 'Kind' } },
            { name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' }, admin: { description: { vi: 'Để trống: lấy tên bài hoặc tệp.', en: 'Empty: the post’s or file’s name.' } } },
          ],
        },
        {
          name: 'post',
          type: 'relationship',
          relationTo: options.slugs.posts,
          label: { vi: 'Bài âm thanh', en: 'Audio post' },
          filterOptions: { format: { equals: 'audio' } },
          admin: { condition: showFor('post') },
        },
        {
          name: 'media',
          type: 'upload',
          relationTo: options.slugs.media,
          label: { vi: 'Tệp âm thanh', en: 'Audio file' },
          filterOptions: { mimeType: { contains: 'audio/' } },
          admin: { condition: showFor('media') },
        },
        {
          name: 'script',
          type: 'textarea',
          label: { vi: 'Bài đọc', en: 'Script' },
          admin: { condition: showFor('script') },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'unit',
              type: 'relationship',
              relationTo: options.slugs.units,
              label: { vi: 'Đơn vị', en: 'Unit' },
              admin: { description: { vi: 'Của bài hoặc tệp; với bài đọc, đơn vị cung cấp.', en: 'The post’s or file’s; for a script, the unit that supplied it.' } },
            },
            { name: 'seconds', type: 'number', label: { vi: 'Thời lượng (giây)', en: 'Length (seconds)' }, admin: { readOnly: true } },
            { name: 'itemState', type: 'select', options: selectOptions(itemStates, itemStateLabels), label: { vi: 'Trạng thái', en: 'State' } },
          ],
        },
      ],
    },
    {
      name: 'programmeState',
      type: 'select',
      // Not `required`: the server always sets it.
      defaultValue: 'planned',
      index: true,
      options: selectOptions(programmeStates, programmeStateLabels),
      label: { vi: 'Trạng thái', en: 'State' },
      admin: { position: 'sidebar' },
    },
    { name: 'cancelReason', type: 'textarea', label: { vi: 'Lý do hủy', en: 'Reason for cancelling' }, admin: { position: 'sidebar' } },
    serverSet('totalSeconds', 'number', { vi: 'Tổng thời lượng (giây)', en: 'Total length (seconds)' }),
    serverSet('slotSeconds', 'number', { vi: 'Thời lượng khung giờ (giây)', en: 'Slot length (seconds)' }),
    serverSet('startsAt', 'date', { vi: 'Bắt đầu', en: 'Starts' }, { index: true }),
    serverSet('endsAt', 'date', { vi: 'Kết thúc', en: 'Ends' }),
    serverSet('airedAt', 'date', { vi: 'Xác nhận đã phát lúc', en: 'Marked aired at' }),
    serverSet('day', 'text', { vi: 'Ngày (yyyy-mm-dd)', en: 'Day (yyyy-mm-dd)' }, { index: true, admin: { hidden: true } }),
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
})
