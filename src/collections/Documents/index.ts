import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { dayOnly, publishedAtField } from '../../fields/dateDisplay.ts'
import { documentNumberField } from '../../fields/legalFields.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { unitField } from '../../fields/unitField.ts'
import { publicReadsPublished } from '../../hooks/publicReadsPublished.ts'
import { rememberDraftSave } from '../../hooks/rememberDraftSave.ts'
import { serializeUpdates } from '../../hooks/serializeUpdates.ts'
import { setDocumentSearchKeys } from '../../hooks/setDocumentSearchKeys.ts'
import { documentKindLabels, documentKinds } from '../../lib/documentKinds.ts'
import { adminGroups } from '../adminGroups.ts'
import { documentChainEndpoint } from './endpoints/chain.ts'
import { searchDocumentsEndpoint } from './endpoints/search.ts'
import { keepSignedPdfInternal } from './hooks/keepSignedPdfInternal.ts'
import { prepareDocument } from './hooks/prepareDocument.ts'
import { refuseCopiedDecision } from './hooks/refuseCopiedDecision.ts'

/**
 * The column's documents (văn bản chỉ đạo điều hành): plans, decisions, official letters, reports,
 * notices, guidance. A unit drafts them, editors publish them, the public reads the published ones
 * and finds them by number; the procedure announcement decisions are listed beside them
 * (`/api/cchc-documents/search`) without being copied.
 */
export const documentsCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.documents
  return {
    slug,
    labels: {
      singular: { vi: 'Văn bản chỉ đạo, điều hành', en: 'Document' },
      plural: { vi: 'Văn bản chỉ đạo, điều hành', en: 'Documents' },
    },
    admin: {
      useAsTitle: 'summary',
      defaultColumns: ['number', 'kind', 'summary', 'issuedAt', '_status'],
      listSearchableFields: ['number', 'summary', 'searchText'],
      group: adminGroups.reform,
      description: {
        vi: 'Kế hoạch, quyết định, công văn, báo cáo… về CCHC. Người đọc tìm được theo số hiệu, không cần dấu hay khoảng trắng.',
        en: 'Plans, decisions, letters, reports… on administrative reform. Readers find them by number, without diacritics or spacing.',
      },
    },
    defaultSort: '-issuedAt',
    versions: { maxPerDoc: 20, drafts: true },
    access: accessFrom(options, rights['cchc-documents']),
    endpoints: [searchDocumentsEndpoint(options), documentChainEndpoint(options)],
    hooks: {
      beforeOperation: [rememberDraftSave, publicReadsPublished(options), serializeUpdates],
      beforeChange: [prepareDocument(options), setDocumentSearchKeys, refuseCopiedDecision(options)],
      afterChange: [keepSignedPdfInternal(options)],
    },
    fields: [
      {
        type: 'row',
        fields: [
          documentNumberField('number', { vi: 'Số, ký hiệu', en: 'Number' }, {
            index: true,
            admin: {
              description: {
                vi: 'Dạng 42/KH-UBND. Có thể để trống khi soạn (văn bản chưa vào số); bắt buộc khi đăng.',
                en: 'Like 42/KH-UBND. May stay empty while drafting (not yet numbered); required to publish.',
              },
            },
          }),
          { name: 'kind', type: 'select', required: true, index: true, label: { vi: 'Loại văn bản', en: 'Kind' }, options: selectOptions(documentKinds, documentKindLabels) },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'issuer', type: 'relationship', relationTo: options.slugs.documentIssuers, required: true, label: { vi: 'Cơ quan ban hành', en: 'Issuer' } },
          { name: 'signer', type: 'text', label: { vi: 'Người ký', en: 'Signed by' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'issuedAt', type: 'date', index: true, label: { vi: 'Ngày ban hành', en: 'Issued on' }, admin: { date: dayOnly } },
          { name: 'effectiveDate', type: 'date', label: { vi: 'Ngày hiệu lực', en: 'Effective from' }, admin: { date: dayOnly } },
        ],
      },
      { name: 'summary', type: 'textarea', required: true, label: { vi: 'Trích yếu', en: 'Summary' } },
      {
        name: 'signedPdf',
        type: 'upload',
        relationTo: options.slugs.media,
        label: { vi: 'Bản ký số (PDF)', en: 'Signed PDF' },
        // The library knows a file's type from its bytes (Media/hooks/checkUploadedFile.ts); only a PDF is accepted here.
        filterOptions: { mimeType: { equals: 'application/pdf' } },
        admin: {
          description: { vi: 'Tệp chỉ dùng nội bộ cho đến khi văn bản được đăng.', en: 'The file stays internal until the document is published.' },
        },
      },
      {
        name: 'attachments',
        type: 'upload',
        relationTo: options.slugs.media,
        hasMany: true,
        label: { vi: 'Tệp đính kèm', en: 'Attachments' },
      },
      {
        // căn cứ: the documents this one is based on, by number even when they are not in the system.
        name: 'basis',
        type: 'array',
        label: { vi: 'Căn cứ', en: 'Based on' },
        labels: { singular: { vi: 'Văn bản căn cứ', en: 'Document' }, plural: { vi: 'Văn bản căn cứ', en: 'Documents' } },
        fields: [
          {
            type: 'row',
            fields: [
              documentNumberField('number', { vi: 'Số, ký hiệu', en: 'Number' }, { required: true }),
              { name: 'title', type: 'text', label: { vi: 'Tên, trích yếu', en: 'Title' } },
              {
                name: 'document',
                type: 'relationship',
                relationTo: slug,
                label: { vi: 'Văn bản trong hệ thống', en: 'Document in the system' },
                admin: { description: { vi: 'Không bắt buộc: văn bản cùng số được tìm tự động.', en: 'Optional: a document with the same number is found anyway.' } },
              },
            ],
          },
          { name: 'numberKey', type: 'text', index: true, admin: { hidden: true } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'relatedPosts', type: 'relationship', relationTo: options.slugs.posts, hasMany: true, label: { vi: 'Bài viết liên quan', en: 'Related posts' } },
          { name: 'relatedProcedures', type: 'relationship', relationTo: options.slugs.procedures, hasMany: true, label: { vi: 'Thủ tục liên quan', en: 'Related procedures' } },
        ],
      },
      unitField(options, { label: { vi: 'Đơn vị soạn', en: 'Drafting unit' } }),
      publishedAtField(),
      { name: 'issuerName', type: 'text', label: { vi: 'Tên cơ quan ban hành', en: 'Issuer name' }, admin: { hidden: true } },
      { name: 'numberKey', type: 'text', index: true, admin: { hidden: true } },
      { name: 'issuerKey', type: 'text', index: true, admin: { hidden: true } },
      { name: 'searchText', type: 'text', index: true, admin: { hidden: true } },
    ],
  }
}
