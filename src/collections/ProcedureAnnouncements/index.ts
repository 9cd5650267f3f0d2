import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, fieldGrant } from '../../access/grant.ts'
import { fieldRights, rights } from '../../access/rights.ts'
import { dayAndTime, dayOnly, publishedAtField } from '../../fields/dateDisplay.ts'
import { documentNumberField, legalBasisField, procedureCodeField } from '../../fields/legalFields.ts'
import { procedureDataFields } from '../../fields/procedureData.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { unitField } from '../../fields/unitField.ts'
import { wholeNumber } from '../../fields/wholeNumber.ts'
import { publicReadsPublished } from '../../hooks/publicReadsPublished.ts'
import { rememberDraftSave } from '../../hooks/rememberDraftSave.ts'
import { serializeUpdates } from '../../hooks/serializeUpdates.ts'
import { setDocumentSearchKeys } from '../../hooks/setDocumentSearchKeys.ts'
import { maxAnnexRows } from '../../lib/annexCsv.ts'
import { channelKinds, channelLabels, itemKindLabels, itemKinds } from '../../lib/procedure.ts'
import { adminGroups } from '../adminGroups.ts'
import { exportAnnexEndpoint } from './endpoints/exportAnnex.ts'
import { importAnnexEndpoint } from './endpoints/importAnnex.ts'
import { publishDecisionEndpoint } from './endpoints/publish.ts'
import { appliedAtOfItem } from './hooks/appliedAtOfItem.ts'
import { applyPublishedAnnouncement } from './hooks/applyPublishedAnnouncement.ts'
import { checkAnnouncement } from './hooks/checkAnnouncement.ts'
import { keepAppliedAnnouncements } from './hooks/keepAppliedAnnouncements.ts'

const showFor =
  (...kinds: string[]) =>
  (_: unknown, sibling: Record<string, unknown> | undefined) =>
    kinds.includes(String(sibling?.kind))

/**
 * Announcement decisions (Quyết định công bố TTHC). Publishing one applies its items to the
 * procedures in one transaction; items effective later are applied by a daily job.
 */
export const announcementsCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.announcements
  const row = rights['procedure-announcements']
  const failures = fieldRights['procedure-announcements'].failures
  return {
    slug,
    labels: {
      singular: { vi: 'Quyết định công bố TTHC', en: 'Announcement decision' },
      plural: { vi: 'Quyết định công bố TTHC', en: 'Announcement decisions' },
    },
    admin: {
      useAsTitle: 'number',
      defaultColumns: ['number', 'summary', 'signedAt', 'effectiveDate', '_status'],
      listSearchableFields: ['number', 'summary'],
      group: adminGroups.procedures,
      ...(options.adminComponents.workflowActions
        ? { components: { edit: { beforeDocumentControls: [{ path: options.adminComponents.workflowActions, serverProps: { options, workflow: 'decision' } }] } } }
        : {}),
      description: {
        vi: 'Công bố quyết định sẽ áp dụng các mục vào thủ tục (mục có ngày hiệu lực sau sẽ áp dụng khi đến ngày). Có thể nhập danh mục từ tệp CSV.',
        en: 'Publishing a decision applies its items to the procedures (items effective later apply on their date). The annex can be imported from CSV.',
      },
    },
    defaultSort: '-signedAt',
    versions: { maxPerDoc: 20, drafts: true },
    access: accessFrom(options, row),
    endpoints: [importAnnexEndpoint(options), exportAnnexEndpoint(options), publishDecisionEndpoint(options)],
    hooks: {
      beforeOperation: [rememberDraftSave, publicReadsPublished(options), serializeUpdates],
      beforeChange: [checkAnnouncement(options), setDocumentSearchKeys],
      afterChange: [applyPublishedAnnouncement(options)],
      beforeDelete: [keepAppliedAnnouncements],
    },
    fields: [
      {
        type: 'row',
        fields: [
          documentNumberField('number', { vi: 'Số hiệu quyết định', en: 'Decision number' }, { required: true, index: true }),
          { name: 'issuer', type: 'text', required: true, label: { vi: 'Cơ quan ban hành', en: 'Issuer' }, defaultValue: options.announcements.defaultIssuer },
          { name: 'signer', type: 'text', label: { vi: 'Người ký', en: 'Signed by' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'signedAt', type: 'date', required: true, index: true, label: { vi: 'Ngày ký', en: 'Signed on' }, admin: { date: dayOnly } },
          {
            name: 'effectiveDate',
            type: 'date',
            required: true,
            label: { vi: 'Ngày hiệu lực', en: 'Effective from' },
            admin: { date: dayOnly, description: { vi: 'Mục nào có ngày riêng thì theo ngày của mục.', en: 'An item with its own date follows it.' } },
          },
        ],
      },
      { name: 'summary', type: 'textarea', required: true, label: { vi: 'Trích yếu', en: 'Summary' } },
      {
        name: 'signedPdf',
        type: 'upload',
        relationTo: options.slugs.media,
        label: { vi: 'Bản ký số (PDF)', en: 'Signed PDF' },
        filterOptions: { mimeType: { equals: 'application/pdf' } },
      },
      { name: 'body', type: 'richText', label: { vi: 'Nội dung', en: 'Body' } },
      ...(options.adminComponents.annexImport
        ? [{ name: 'annexImport', type: 'ui' as const, admin: { components: { Field: options.adminComponents.annexImport } } }]
        : []),
      {
        name: 'items',
        type: 'array',
        // The annex import's cap holds for a decision however its items arrive.
        maxRows: maxAnnexRows,
        label: { vi: 'Danh mục thủ tục', en: 'Items' },
        labels: { singular: { vi: 'Mục', en: 'Item' }, plural: { vi: 'Mục', en: 'Items' } },
        admin: {
          ...(options.adminComponents.announcementItemLabel
            ? { components: { RowLabel: options.adminComponents.announcementItemLabel } }
            : {}),
          description: {
            vi: 'Mỗi mục: mới ban hành, sửa đổi bổ sung, thay thế hoặc bãi bỏ. Mục đã áp dụng không sửa được.',
            en: 'Each item: new, amended, replaced or repealed. An applied item cannot be changed.',
          },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                type: 'select',
                required: true,
                label: { vi: 'Loại', en: 'Kind' },
                options: selectOptions(itemKinds, itemKindLabels),
              },
              procedureCodeField('code', { vi: 'Mã thủ tục', en: 'Procedure code' }, { fullCodeField: 'fullCode', required: true }),
              procedureCodeField('replacementCode', { vi: 'Thay thế bằng mã', en: 'Replaced by code' }, {
                admin: { condition: showFor('replaced') },
              }),
              { name: 'effectiveDate', type: 'date', label: { vi: 'Hiệu lực riêng', en: 'Own effective date' }, admin: { date: dayOnly } },
              {
                name: 'appliedAt',
                type: 'date',
                virtual: true,
                label: { vi: 'Đã áp dụng lúc', en: 'Applied at' },
                admin: {
                  readOnly: true,
                  date: dayAndTime,
                  condition: (_, sibling) => Boolean(sibling?.appliedAt),
                },
                hooks: { afterRead: [appliedAtOfItem] },
              },
            ],
          },
          { name: 'fullCode', type: 'text', admin: { hidden: true } },
          {
            name: 'changes',
            type: 'textarea',
            label: { vi: 'Nội dung sửa đổi, bổ sung', en: 'What changed' },
            admin: { condition: showFor('amended', 'replaced', 'repealed') },
          },
          {
            name: 'data',
            type: 'group',
            label: { vi: 'Thông tin thủ tục (mới hoặc thay đổi)', en: 'Procedure data (new or changed)' },
            admin: {
              condition: showFor('new', 'amended'),
              description: { vi: 'Sửa đổi: chỉ điền phần thay đổi.', en: 'Amendment: fill in only what changes.' },
            },
            fields: [
              ...procedureDataFields(options, { required: false }),
              {
                type: 'row',
                fields: [
                  {
                    name: 'channels',
                    type: 'select',
                    hasMany: true,
                    // The default names of its version table's indexes pass PostgreSQL's 63 characters.
                    dbName: 'pa_item_channels',
                    enumName: 'enum_pa_item_channels',
                    label: { vi: 'Cách thức thực hiện', en: 'Channels' },
                    options: selectOptions(channelKinds, channelLabels),
                  },
                  { name: 'processingTime', type: 'text', label: { vi: 'Thời hạn giải quyết', en: 'Processing time' } },
                  { name: 'fees', type: 'text', label: { vi: 'Phí, lệ phí', en: 'Fees' } },
                ],
              },
              {
                // The whole dossier: an amendment that gives it replaces the procedure's.
                name: 'dossier',
                type: 'array',
                // Short: the versions table's name would pass PostgreSQL's 63 characters.
                dbName: 'pa_items_dossier',
                label: { vi: 'Thành phần hồ sơ', en: 'Dossier' },
                labels: { singular: { vi: 'Giấy tờ', en: 'Document' }, plural: { vi: 'Giấy tờ', en: 'Documents' } },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      { name: 'name', type: 'text', required: true, label: { vi: 'Tên giấy tờ', en: 'Document' } },
                      { name: 'originals', type: 'number', min: 0, custom: wholeNumber, label: { vi: 'Bản chính', en: 'Originals' } },
                      { name: 'copies', type: 'number', min: 0, custom: wholeNumber, label: { vi: 'Bản sao', en: 'Copies' } },
                    ],
                  },
                ],
              },
              // The whole legal basis: an amendment that gives it replaces the procedure's.
              legalBasisField({ dbName: 'pa_items_basis' }),
            ],
          },
        ],
      },
      unitField(options, { label: { vi: 'Đơn vị soạn', en: 'Drafting unit' } }),
      publishedAtField(),
      {
        // Items that were due but could not be applied (by the job or a save), and why; they stay
        // until the items apply, which an editor brings about by correcting or removing them.
        name: 'failedItems',
        type: 'array',
        label: { vi: 'Mục không áp dụng được', en: 'Items that could not be applied' },
        labels: { singular: { vi: 'Mục lỗi', en: 'Failed item' }, plural: { vi: 'Mục lỗi', en: 'Failed items' } },
        access: { read: fieldGrant(options, failures.read), create: fieldGrant(options, failures.create), update: fieldGrant(options, failures.update) },
        admin: {
          readOnly: true,
          condition: (data) => Array.isArray(data?.failedItems) && data.failedItems.length > 0,
          description: {
            vi: 'Sửa hoặc bỏ mục lỗi rồi lưu lại quyết định: khi các mục đến hạn áp dụng được, danh sách này tự xóa.',
            en: 'Correct or remove the failing item and save the decision: once the due items apply, this list clears.',
          },
        },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'item', type: 'number', label: { vi: 'Mục số', en: 'Item no.' } },
              { name: 'code', type: 'text', label: { vi: 'Mã thủ tục', en: 'Procedure code' } },
              { name: 'failedAt', type: 'date', label: { vi: 'Lúc', en: 'At' }, admin: { date: dayAndTime } },
            ],
          },
          { name: 'reason', type: 'textarea', label: { vi: 'Lý do', en: 'Reason' } },
          { name: 'itemId', type: 'text', admin: { hidden: true } },
        ],
      },
      {
        // What the server applied: item id, code, kind, when. Never taken from a request.
        name: 'appliedItems',
        type: 'json',
        admin: { hidden: true },
      },
      {
        // The first day a waiting item takes effect; the daily job looks for decisions due.
        name: 'pendingFrom',
        type: 'date',
        index: true,
        admin: { hidden: true },
      },
      // What the column's document search matches a decision by (setDocumentSearchKeys).
      { name: 'numberKey', type: 'text', index: true, admin: { hidden: true } },
      { name: 'issuerKey', type: 'text', index: true, admin: { hidden: true } },
      { name: 'searchText', type: 'text', index: true, admin: { hidden: true } },
    ],
  }
}
