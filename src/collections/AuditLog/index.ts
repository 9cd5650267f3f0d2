import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { auditActionLabels, auditActions } from '../../lib/auditActions.ts'
import { adminGroups } from '../adminGroups.ts'
import { auditLogCsvEndpoint } from './endpoints/exportCsv.ts'
import { refuseChanges } from './hooks/refuseChanges.ts'

/** Who did what, when, to which document: written by the server in the transaction of each change. */
export const auditLogCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.auditLog,
  labels: {
    singular: { vi: 'Nhật ký thao tác', en: 'Audit log entry' },
    plural: { vi: 'Nhật ký thao tác', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'documentTitle',
    defaultColumns: ['createdAt', 'action', 'userName', 'unitName', 'collection', 'documentTitle', 'changedFields'],
    listSearchableFields: ['documentTitle', 'userName', 'documentId'],
    group: adminGroups.system,
    description: {
      vi: 'Ai đã tạo, sửa, gửi duyệt, duyệt, trả lại, đăng, gỡ, xóa, đăng nhập, và khi nào. Chỉ đọc; tải CSV tại /api/cchc-audit-log/export (cùng bộ lọc where).',
      en: 'Who created, changed, submitted, approved, rejected, published, unpublished, deleted or signed in, and when. Read-only; CSV at /api/cchc-audit-log/export (same where filters).',
    },
    disableCopyToLocale: true,
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: accessFrom(options, rights['cchc-audit-log']),
  endpoints: [auditLogCsvEndpoint(options)],
  hooks: { beforeOperation: [refuseChanges] },
  indexes: [{ fields: ['collection', 'documentId'] }],
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Thao tác', en: 'Action' },
      options: auditActions.map((value) => ({ value, label: auditActionLabels[value] })),
    },
    {
      name: 'collection',
      type: 'select',
      index: true,
      label: { vi: 'Loại dữ liệu', en: 'Collection' },
      options: [...new Set([...Object.values(options.slugs), options.authCollection])].map((value) => ({ value, label: value })),
    },
    { name: 'documentId', type: 'text', index: true, label: { vi: 'Mã tài liệu', en: 'Document id' } },
    { name: 'documentTitle', type: 'text', label: { vi: 'Tài liệu', en: 'Document' } },
    { name: 'userId', type: 'text', index: true, label: { vi: 'Mã người thực hiện', en: 'User id' } },
    { name: 'userName', type: 'text', label: { vi: 'Người thực hiện', en: 'User' } },
    { name: 'unitId', type: 'text', label: { vi: 'Mã đơn vị', en: 'Unit id' } },
    { name: 'unitName', type: 'text', label: { vi: 'Đơn vị', en: 'Unit' } },
    {
      name: 'changedFields',
      type: 'text',
      hasMany: true,
      label: { vi: 'Trường thay đổi', en: 'Changed fields' },
      admin: { description: { vi: 'Chỉ ghi tên trường, không ghi nội dung.', en: 'Field names only, never their contents.' } },
    },
    {
      name: 'details',
      type: 'json',
      label: { vi: 'Chi tiết', en: 'Details' },
      admin: {
        description: {
          vi: 'Trạng thái trước và sau, đơn vị, quyền quản trị; mục quyết định được áp dụng.',
          en: 'States before and after, unit, administrator flag; the decision item applied.',
        },
      },
    },
  ],
  timestamps: true,
})
