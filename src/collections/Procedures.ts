import type { CollectionBeforeChangeHook, CollectionConfig, Field, FieldHook, TextareaFieldValidation, TextFieldSingleValidation } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { accessFrom, fieldGrant, grant } from '../access/grant.ts'
import { onlyPublishersPublish, refusePublishByNonPublishers } from '../access/onlyPublishersPublish.ts'
import { fieldRights, rights } from '../access/rights.ts'
import { searchProceduresEndpoint } from '../endpoints/searchProcedures.ts'
import { procedureChangesEndpoint } from '../endpoints/procedureChanges.ts'
import { documentNumberField, procedureCodeField } from '../fields/legalFields.ts'
import { unitField } from '../fields/unitField.ts'
import { wholeNumber } from '../fields/wholeNumber.ts'
import { publicReadsPublished } from '../hooks/publicReadsPublished.ts'
import { serializeUpdates } from '../hooks/serializeUpdates.ts'
import { foldVietnamese } from '../lib/foldVietnamese.ts'
import { isAllowedPortalLink } from '../lib/portalLink.ts'
import { channelKinds, implementingLevels, itemKindLabels, itemKinds, onlineLevels, procedureStatuses } from '../lib/procedure.ts'
import { procedureMessages } from '../translations/procedureMessages.ts'

export const group = { vi: 'Thủ tục hành chính', en: 'Administrative procedures' }

export const labels = {
  status: {
    active: { vi: 'Đang công khai', en: 'In force' },
    amended: { vi: 'Đang công khai sửa đổi, bổ sung', en: 'In force, amended' },
    repealed: { vi: 'Bãi bỏ', en: 'Repealed' },
  },
  kind: itemKindLabels,
  onlineLevel: {
    toan_trinh: { vi: 'Toàn trình', en: 'Fully online' },
    mot_phan: { vi: 'Một phần', en: 'Partly online' },
  },
  channel: {
    in_person: { vi: 'Trực tiếp', en: 'In person' },
    online: { vi: 'Trực tuyến', en: 'Online' },
    postal: { vi: 'Dịch vụ bưu chính công ích', en: 'Public postal service' },
  },
  level: {
    commune: { vi: 'Cấp xã', en: 'Commune' },
    district: { vi: 'Cấp huyện', en: 'District' },
    province: { vi: 'Cấp tỉnh', en: 'Province' },
    central: { vi: 'Trung ương', en: 'Central' },
  },
} as const

const optionsOf = <T extends string>(values: readonly T[], names: Record<T, { vi: string; en: string }>) =>
  values.map((value) => ({ label: names[value], value }))

/** The published reason is required for a partly online service (Nghị định 224/2026/NĐ-CP). */
const reasonForPartlyOnline: TextareaFieldValidation = (value, { siblingData }) =>
  (siblingData as { onlineLevel?: unknown }).onlineLevel === 'mot_phan' && !value?.trim()
    ? procedureMessages.partialReasonRequired
    : true

const portalLink =
  (options: ResolvedOptions): TextFieldSingleValidation =>
  (value) =>
    !value || isAllowedPortalLink(value, options.procedurePortalHosts) ? true : procedureMessages.portalHost(options.procedurePortalHosts)

/** The fields a decision item states about a procedure; shared by procedures and by items. */
export const procedureDataFields = (options: ResolvedOptions, { required }: { required: boolean }): Field[] => [
  { name: 'name', type: 'text', required, maxLength: 500, label: { vi: 'Tên thủ tục', en: 'Name' } },
  {
    type: 'row',
    fields: [
      { name: 'sector', type: 'text', required, index: required, label: { vi: 'Lĩnh vực', en: 'Field' } },
      {
        name: 'level',
        type: 'select',
        label: { vi: 'Cấp thực hiện', en: 'Implementing level' },
        options: optionsOf(implementingLevels, labels.level),
      },
    ],
  },
  { name: 'agency', type: 'text', label: { vi: 'Cơ quan thực hiện', en: 'Handling agency' } },
  {
    type: 'row',
    fields: [
      {
        name: 'onlineLevel',
        type: 'select',
        index: required,
        label: { vi: 'Mức độ dịch vụ công trực tuyến', en: 'Online service level' },
        options: optionsOf(onlineLevels, labels.onlineLevel),
        admin: { description: { vi: 'Để trống nếu không có dịch vụ trực tuyến.', en: 'Empty when not offered online.' } },
      },
      {
        name: 'partialReason',
        type: 'textarea',
        label: { vi: 'Lý do chỉ cung cấp một phần', en: 'Why only partly online' },
        validate: reasonForPartlyOnline,
        admin: { condition: (_, sibling) => sibling?.onlineLevel === 'mot_phan' },
      },
    ],
  },
  { name: 'requirements', type: 'textarea', label: { vi: 'Yêu cầu, điều kiện', en: 'Requirements and conditions' } },
  { name: 'result', type: 'text', label: { vi: 'Kết quả thực hiện', en: 'Result' } },
  {
    name: 'portalUrl',
    type: 'text',
    label: { vi: 'Liên kết Cổng dịch vụ công', en: 'Public service portal link' },
    validate: portalLink(options),
    admin: {
      description: {
        vi: `https, trên: ${options.procedurePortalHosts.join(', ')}`,
        en: `https, on: ${options.procedurePortalHosts.join(', ')}`,
      },
    },
  },
]

/** A procedure's code is what citizens, decisions and the national database know it by. */
const keepCodeStable =
  (collection: string): FieldHook =>
  ({ operation, originalDoc, req, value }) => {
    if (operation === 'update' && originalDoc?.code && value !== undefined && value !== originalDoc.code) {
      throw new ValidationError({ collection, errors: [{ path: 'code', message: procedureMessages.codeStable }], req })
    }
    return value
  }

/** Folded code, name, field and agency: search matches "dang ky ket hon" to "đăng ký kết hôn". */
const setProcedureSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  data.sectorKey = merged.sector ? foldVietnamese(merged.sector) : null
  data.searchText = foldVietnamese(
    [merged.code, merged.fullCode, merged.name, merged.sector, merged.agency].filter(Boolean).join(' '),
  )
  return data
}

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
      group,
      description: {
        vi: 'Thủ tục như đang có hiệu lực. Trạng thái và lịch sử chỉ thay đổi qua quyết định công bố.',
        en: 'Procedures as they stand. Status and history change only through announcement decisions.',
      },
    },
    defaultSort: 'code',
    versions: { maxPerDoc: 20, drafts: true },
    access: {
      ...accessFrom(options, row),
      create: onlyPublishersPublish(options, grant(options, row.create), row.publish),
      update: onlyPublishersPublish(options, grant(options, row.update), row.publish),
    },
    endpoints: [searchProceduresEndpoint(options), procedureChangesEndpoint(options)],
    hooks: {
      beforeOperation: [publicReadsPublished(options), serializeUpdates],
      beforeChange: [refusePublishByNonPublishers(options, row.publish, procedureMessages.editorsOnlyPublish), setProcedureSearchText],
    },
    fields: [
      {
        type: 'row',
        fields: [
          procedureCodeField('code', { vi: 'Mã thủ tục', en: 'Procedure code' }, {
            fullCodeField: 'fullCode',
            afterNormalising: [keepCodeStable(slug)],
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
      { name: 'applicants', type: 'textarea', label: { vi: 'Đối tượng thực hiện', en: 'Who may file' } },
      { name: 'steps', type: 'textarea', label: { vi: 'Trình tự thực hiện', en: 'Steps' } },
      {
        name: 'channels',
        type: 'array',
        label: { vi: 'Cách thức thực hiện', en: 'Channels' },
        labels: { singular: { vi: 'Cách thức', en: 'Channel' }, plural: { vi: 'Cách thức', en: 'Channels' } },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'kind', type: 'select', required: true, label: { vi: 'Hình thức', en: 'Channel' }, options: optionsOf(channelKinds, labels.channel) },
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
      {
        name: 'legalBasis',
        type: 'array',
        label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
        labels: { singular: { vi: 'Văn bản', en: 'Document' }, plural: { vi: 'Văn bản', en: 'Documents' } },
        fields: [
          {
            type: 'row',
            fields: [
              documentNumberField('number', { vi: 'Số hiệu', en: 'Number' }, { required: true }),
              { name: 'date', type: 'date', label: { vi: 'Ngày ban hành', en: 'Date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
            ],
          },
          { name: 'title', type: 'text', label: { vi: 'Trích yếu', en: 'Title' } },
          { name: 'issuer', type: 'text', label: { vi: 'Cơ quan ban hành', en: 'Issuer' } },
        ],
      },
      {
        name: 'status',
        type: 'select',
        // Payload's own `_status` enum would take the default name.
        enumName: 'enum_procedures_standing',
        required: true,
        defaultValue: 'active',
        index: true,
        label: { vi: 'Tình trạng', en: 'Status' },
        options: optionsOf(procedureStatuses, labels.status),
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
              { name: 'kind', type: 'select', required: true, label: { vi: 'Loại', en: 'Kind' }, options: optionsOf(itemKinds, labels.kind) },
              {
                name: 'effectiveDate',
                type: 'date',
                index: true,
                label: { vi: 'Ngày hiệu lực', en: 'Effective' },
                admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
              },
              { name: 'announcement', type: 'relationship', relationTo: options.slugs.announcements, label: { vi: 'Quyết định', en: 'Decision' } },
            ],
          },
          { name: 'changes', type: 'textarea', label: { vi: 'Nội dung', en: 'What changed' } },
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
    ],
  }
}
