import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { wholeNumber } from '../../fields/wholeNumber.ts'
import { uniqueSlug } from '../../hooks/uniqueSlug.ts'
import { adminGroups } from '../adminGroups.ts'

/**
 * Named lists of procedures the province keeps ("51 thủ tục trọng điểm", the procedures filed
 * without regard to residence…): editors keep the lists, and a procedure names those it belongs
 * to (`lists`), set by hand or by a decision's items. A collection, not a select, because the
 * lists change with the province's decisions, not with a release.
 */
export const procedureListsCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.procedureLists
  return {
    slug,
    labels: {
      singular: { vi: 'Danh sách thủ tục', en: 'Procedure list' },
      plural: { vi: 'Danh sách thủ tục', en: 'Procedure lists' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug', 'order'],
      group: adminGroups.procedures,
      description: {
        vi: 'Ví dụ: 51 thủ tục trọng điểm của tỉnh. Tên danh sách dùng trong cột «Danh sách» của tệp phụ lục.',
        en: 'E.g. the province’s 51 key procedures. The annex file’s «Danh sách» column names lists by name.',
      },
    },
    defaultSort: 'order',
    access: accessFrom(options, rights['procedure-lists']),
    fields: [
      { name: 'name', type: 'text', required: true, unique: true, index: true, label: { vi: 'Tên danh sách', en: 'Name' } },
      {
        name: 'slug',
        type: 'text',
        unique: true,
        index: true,
        label: { vi: 'Đường dẫn', en: 'Slug' },
        admin: { position: 'sidebar', description: { vi: 'Để trống để tạo từ tên.', en: 'Leave empty to derive from the name.' } },
        hooks: { beforeValidate: [uniqueSlug(slug, 'name')] },
      },
      { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
      { name: 'decision', type: 'text', label: { vi: 'Văn bản ban hành danh sách', en: 'Decision that set the list' } },
      {
        name: 'order',
        type: 'number',
        defaultValue: 100,
        custom: wholeNumber,
        index: true,
        label: { vi: 'Thứ tự', en: 'Order' },
        admin: { position: 'sidebar' },
      },
    ],
  }
}
