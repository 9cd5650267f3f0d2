import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, fieldGrant } from '../../access/grant.ts'
import { fieldRights, rights } from '../../access/rights.ts'
import { interestCounterFields } from '../../fields/counter.ts'
import { dayOnly } from '../../fields/dateDisplay.ts'
import { legalBasisField, procedureCodeField } from '../../fields/legalFields.ts'
import { procedureDataFields } from '../../fields/procedureData.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { unitField } from '../../fields/unitField.ts'
import { wholeNumber } from '../../fields/wholeNumber.ts'
import { publicReadsPublished } from '../../hooks/publicReadsPublished.ts'
import { serializeUpdates } from '../../hooks/serializeUpdates.ts'
import { channelKinds, channelLabels, itemKindLabels, itemKinds, procedureStatusLabels, procedureStatuses } from '../../lib/procedure.ts'
import { adminGroups } from '../adminGroups.ts'
import { ratingEndpoints, viewEndpoint } from '../../endpoints/interest.ts'
import { procedureChangesEndpoint } from './endpoints/changes.ts'
import { searchProceduresEndpoint } from './endpoints/search.ts'
import { keepCodeStable } from './hooks/keepCodeStable.ts'
import { setSearchText } from './hooks/setSearchText.ts'

/** Administrative procedures (TTHC) as they stand now; decisions change their status and history. */
export const proceduresCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.procedures
  const row = rights.procedures
  const applied = fieldRights.procedures.applied
  const appliedAccess = {
    read: fieldGrant(options, applied.read),
    create: fieldGrant(options, applied.create),
    update: fieldGrant(options, applied.update),
  }
  return {
    slug,
    labels: {
      singular: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
      plural: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['code', 'name', 'sector', 'onlineLevel', 'status'],
      listSearchableFields: ['code', 'name', 'searchText'],
      group: adminGroups.procedures,
      description: {
        vi: 'Thủ tục như đang có hiệu lực. Trạng thái và lịch sử chỉ thay đổi qua quyết định công bố.',
        en: 'Procedures as they stand. Status and history change only through announcement decisions.',
      },
    },
    defaultSort: 'code',
    versions: { maxPerDoc: 20, drafts: true },
    access: accessFrom(options, row),
    endpoints: [searchProceduresEndpoint(options), procedureChangesEndpoint(options), viewEndpoint(options, 'procedure'), ...ratingEndpoints(options, 'procedure')],
    hooks: {
      beforeOperation: [publicReadsPublished(options), serializeUpdates],
      beforeChange: [setSearchText],
    },
    fields: [
      {
        type: 'row',
        fields: [
          procedureCodeField('code', { vi: 'Mã thủ tục', en: 'Procedure code' }, {
            fullCodeField: 'fullCode',
            afterNormalising: [keepCodeStable],
            required: true,
            unique: true,
            index: true,
          }),
          {
            name: 'fullCode',
            type: 'text',
            label: { vi: 'Mã đầy đủ (cấp tỉnh)', en: 'Provincial code' },
            admin: { readOnly: true },
          },
        ],
      },
      ...procedureDataFields(options, { required: true }),
      {
        name: 'channels',
        type: 'array',
        label: { vi: 'Cách thức thực hiện', en: 'Channels' },
        labels: { singular: { vi: 'Cách thức', en: 'Channel' }, plural: { vi: 'Cách thức', en: 'Channels' } },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'kind', type: 'select', required: true, label: { vi: 'Hình thức', en: 'Channel' }, options: selectOptions(channelKinds, channelLabels) },
              { name: 'processingTime', type: 'text', label: { vi: 'Thời hạn giải quyết', en: 'Processing time' } },
              { name: 'fees', type: 'text', label: { vi: 'Phí, lệ phí', en: 'Fees' } },
            ],
          },
        ],
      },
      {
        name: 'dossier',
        type: 'array',
        label: { vi: 'Thành phần hồ sơ', en: 'Dossier' },
        labels: { singular: { vi: 'Giấy tờ', en: 'Document' }, plural: { vi: 'Giấy tờ', en: 'Documents' } },
        fields: [
          { name: 'name', type: 'text', required: true, label: { vi: 'Tên giấy tờ', en: 'Document' } },
          {
            type: 'row',
            fields: [
              { name: 'originals', type: 'number', min: 0, custom: wholeNumber, defaultValue: 1, label: { vi: 'Bản chính', en: 'Originals' } },
              { name: 'copies', type: 'number', min: 0, custom: wholeNumber, defaultValue: 0, label: { vi: 'Bản sao', en: 'Copies' } },
              { name: 'form', type: 'upload', relationTo: options.slugs.media, label: { vi: 'Mẫu đơn, tờ khai', en: 'Form' } },
            ],
          },
        ],
      },
      legalBasisField(),
      {
        name: 'status',
        type: 'select',
        // Payload's own `_status` enum would take the default name.
        enumName: 'enum_procedures_standing',
        required: true,
        defaultValue: 'active',
        index: true,
        label: { vi: 'Tình trạng', en: 'Status' },
        options: selectOptions(procedureStatuses, procedureStatusLabels),
        access: appliedAccess,
        admin: { position: 'sidebar', readOnly: true },
      },
      {
        name: 'replacedBy',
        type: 'relationship',
        relationTo: slug,
        label: { vi: 'Được thay thế bởi', en: 'Replaced by' },
        access: appliedAccess,
        admin: { position: 'sidebar', readOnly: true },
      },
      unitField(options, { label: { vi: 'Đơn vị soạn', en: 'Drafting unit' } }),
      {
        name: 'history',
        type: 'array',
        label: { vi: 'Lịch sử công bố', en: 'Announcement history' },
        access: appliedAccess,
        admin: { readOnly: true, initCollapsed: true },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'kind', type: 'select', required: true, label: { vi: 'Loại', en: 'Kind' }, options: selectOptions(itemKinds, itemKindLabels) },
              {
                name: 'effectiveDate',
                type: 'date',
                index: true,
                label: { vi: 'Ngày hiệu lực', en: 'Effective' },
                admin: { date: dayOnly },
              },
              { name: 'announcement', type: 'relationship', relationTo: options.slugs.announcements, label: { vi: 'Quyết định', en: 'Decision' } },
            ],
          },
          { name: 'changes', type: 'textarea', label: { vi: 'Nội dung', en: 'What changed' } },
          {
            // The fields the item changed, each with its value before and after (lib/amendment.ts).
            name: 'changedFields',
            type: 'json',
            label: { vi: 'Trường đã thay đổi', en: 'Fields changed' },
          },
          { name: 'relatedCode', type: 'text', label: { vi: 'Thủ tục liên quan', en: 'Related procedure' } },
          { name: 'itemId', type: 'text', index: true, admin: { hidden: true } },
          { name: 'appliedAt', type: 'date', admin: { hidden: true } },
        ],
      },
      {
        // The column's posts that explain this procedure, as the reader may see them.
        name: 'relatedPosts',
        type: 'join',
        collection: options.slugs.posts,
        on: 'relatedProcedures',
        defaultSort: '-publishedAt',
        defaultLimit: 10,
        label: { vi: 'Bài viết liên quan', en: 'Related posts' },
        admin: { defaultColumns: ['title', 'workflowState', 'publishedAt'] },
      },
      { name: 'searchText', type: 'text', index: true, admin: { hidden: true } },
      { name: 'sectorKey', type: 'text', index: true, admin: { hidden: true } },
      ...interestCounterFields(),
    ],
  }
}
