import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, fieldGrant } from '../../access/grant.ts'
import { fieldRights, rights } from '../../access/rights.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { accessLevels, unitCodePattern, unitKinds } from '../../lib/defaultUnits.ts'
import { t } from '../../translations/translate.ts'
import { adminGroups } from '../adminGroups.ts'
import { keepUnitCodeStable } from './hooks/keepUnitCodeStable.ts'

const kindLabels = {
  center: { vi: 'Trung tâm', en: 'Centre' },
  department: { vi: 'Phòng chuyên môn', en: 'Department' },
  office: { vi: 'Văn phòng', en: 'Office' },
  front: { vi: 'Mặt trận, đoàn thể', en: 'Front and mass organisations' },
} as const

const accessLevelLabels = {
  editor: { vi: 'Biên tập (duyệt và đăng bài)', en: 'Editor (reviews and publishes)' },
  contributor: { vi: 'Cộng tác (gửi bài, không đăng)', en: 'Contributor (submits, never publishes)' },
} as const

/** Units (đơn vị) of the commune. Rights follow the unit, so they are data, not code. */
export const unitsCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.units
  const internalRead = { read: fieldGrant(options, fieldRights.units.internals.read) }
  // A unit populated in a post or a user: its names, and the rights a signed-in user's role is resolved
  // from (field access still hides those from the public); updatedAt: the audit log tells a populated document by it.
  const populated = { code: true, name: true, shortName: true, kind: true, accessLevel: true, isCoordinator: true, active: true, updatedAt: true } as const

  const fields: Field[] = [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Mã đơn vị', en: 'Code' },
      admin: {
        description: {
          vi: 'Chữ thường không dấu, ví dụ "ttdvsnc"; không đổi được sau khi tạo.',
          en: 'Lowercase, e.g. "ttdvsnc"; cannot change once created.',
        },
      },
      hooks: { beforeValidate: [keepUnitCodeStable(slug)] },
      validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
        typeof value === 'string' && unitCodePattern.test(value) ? true : t(req, 'unitCodeFormat'),
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Tên đơn vị', en: 'Name' },
    },
    {
      name: 'shortName',
      type: 'text',
      required: true,
      label: { vi: 'Tên viết tắt', en: 'Short name' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'department',
      label: { vi: 'Loại đơn vị', en: 'Kind' },
      options: selectOptions(unitKinds, kindLabels),
      access: internalRead,
    },
    {
      name: 'accessLevel',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      label: { vi: 'Quyền của đơn vị', en: 'Access level' },
      options: selectOptions(accessLevels, accessLevelLabels),
      access: internalRead,
      admin: { position: 'sidebar' },
    },
    {
      name: 'isCoordinator',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Đơn vị đầu mối (xem báo cáo của mọi đơn vị)', en: 'Coordinator (reads every unit’s reports)' },
      access: internalRead,
      admin: { position: 'sidebar' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { vi: 'Đang hoạt động', en: 'Active' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Đơn vị ngừng hoạt động không cấp quyền gì cho thành viên.',
          en: 'An inactive unit grants its members nothing.',
        },
      },
      access: internalRead,
    },
  ]

  return {
    slug,
    defaultPopulate: populated,
    labels: {
      singular: { vi: 'Đơn vị', en: 'Unit' },
      plural: { vi: 'Đơn vị', en: 'Units' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'code', 'accessLevel', 'isCoordinator', 'active'],
      group: adminGroups.system,
    },
    defaultSort: 'code',
    access: accessFrom(options, rights.units),
    fields,
  }
}
