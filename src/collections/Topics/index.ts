import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { wholeNumber } from '../../fields/wholeNumber.ts'
import { uniqueSlug } from '../../hooks/uniqueSlug.ts'
import { adminGroups } from '../adminGroups.ts'

/** Topics (chuyên mục) of the CCHC column; editors keep them. */
export const topicsCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.topics
  return {
    slug,
    labels: {
      singular: { vi: 'Chuyên mục', en: 'Topic' },
      plural: { vi: 'Chuyên mục', en: 'Topics' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug', 'order'],
      group: adminGroups.reform,
    },
    defaultSort: 'order',
    // A post's topics, populated: what a page shows of them (updatedAt: the audit log tells a populated document by it).
    defaultPopulate: { name: true, slug: true, updatedAt: true },
    access: accessFrom(options, rights['cchc-topics']),
    fields: [
      { name: 'name', type: 'text', required: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
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
