import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { wholeNumber } from '../../fields/wholeNumber.ts'
import { adminGroups } from '../adminGroups.ts'

/**
 * Issuers of the column's documents (cơ quan ban hành: the commune, the city, a ministry). A list
 * editors extend rather than a select, whose options would be a database enum that only a
 * migration changes.
 */
export const documentIssuersCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.documentIssuers,
  labels: {
    singular: { vi: 'Cơ quan ban hành', en: 'Issuer' },
    plural: { vi: 'Cơ quan ban hành', en: 'Issuers' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'order'],
    group: adminGroups.reform,
  },
  defaultSort: 'order',
  access: accessFrom(options, rights['cchc-document-issuers']),
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { vi: 'Tên cơ quan', en: 'Name' } },
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
})
