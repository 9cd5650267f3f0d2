import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, documentFieldGrant, fieldGrant } from '../../access/grant.ts'
import { documentFieldRights, fieldRights, rights } from '../../access/rights.ts'
import { dayAndTime, dayOnly } from '../../fields/dateDisplay.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { feedbackCategories, feedbackCategoryLabels, feedbackStateLabels, feedbackStates } from '../../lib/feedbackWorkflow.ts'
import { t } from '../../translations/translate.ts'
import { adminGroups } from '../adminGroups.ts'
import { trackFeedbackEndpoint } from './endpoints/track.ts'
import { applyFeedbackWorkflow } from './hooks/applyFeedbackWorkflow.ts'
import { guardSubmission, honeypotField } from './hooks/guardSubmission.ts'
import { feedbackEvent, notifyChanges } from '../../hooks/notifyChanges.ts'

const phonePattern = /^\+?[0-9]{8,15}$/

/**
 * Citizens' feedback, recommendations and questions (phản ánh, kiến nghị, hỏi đáp), answered by the
 * commune's units; the citizen follows one with its tracking code.
 */
export const feedbackCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.feedback
  const fields = fieldRights['cchc-feedback']
  const personal = documentFieldGrant(options, documentFieldRights['cchc-feedback'].personal.read)
  const access = (row: { read?: object; create?: object; update?: object }) => ({
    ...(row.read ? { read: fieldGrant(options, row.read) } : {}),
    ...(row.create ? { create: fieldGrant(options, row.create) } : {}),
    ...(row.update ? { update: fieldGrant(options, row.update) } : {}),
  })
  const citizen = { ...access(fields.citizen), read: personal }
  const server = access(fields.server)

  const sidebar = (field: Field): Field => ({ ...field, admin: { ...field.admin, position: 'sidebar' } }) as Field

  return {
    slug,
    labels: {
      singular: { vi: 'Phản ánh, kiến nghị', en: 'Feedback' },
      plural: { vi: 'Phản ánh, kiến nghị, hỏi đáp', en: 'Feedback and questions' },
    },
    admin: {
      useAsTitle: 'trackingCode',
      defaultColumns: ['trackingCode', 'category', 'state', 'unit', 'dueDate', 'overdue'],
      listSearchableFields: ['trackingCode'],
      group: adminGroups.reform,
      description: {
        vi: 'Người dân gửi qua cổng thông tin. Biên tập viên chuyển đơn vị xử lý; đơn vị soạn trả lời; biên tập viên đăng hoặc đóng.',
        en: 'Sent by citizens through the portal. Editors route to a unit; the unit drafts the answer; editors publish or close.',
      },
    },
    defaultSort: '-createdAt',
    disableDuplicate: true,
    // "feedback" has no plural: Payload would name the list `allCchcFeedback`.
    graphQL: { singularName: 'CchcFeedback', pluralName: 'CchcFeedbacks' },
    access: accessFrom(options, rights['cchc-feedback']),
    endpoints: [trackFeedbackEndpoint(options)],
    indexes: [{ fields: ['state', 'dueDate'] }],
    hooks: {
      beforeOperation: [guardSubmission(options)],
      beforeChange: [applyFeedbackWorkflow(options)],
      afterChange: [notifyChanges(options, feedbackEvent)],
    },
    fields: [
      sidebar({
        name: 'trackingCode',
        type: 'text',
        unique: true,
        index: true,
        label: { vi: 'Mã tra cứu', en: 'Tracking code' },
        admin: { readOnly: true },
        access: server,
      }),
      {
        name: 'category',
        type: 'select',
        required: true,
        defaultValue: 'feedback',
        label: { vi: 'Loại', en: 'Category' },
        options: selectOptions(feedbackCategories, feedbackCategoryLabels),
        access: access(fields.citizen),
      },
      { name: 'subject', type: 'text', required: true, maxLength: 200, label: { vi: 'Tiêu đề', en: 'Subject' }, access: citizen },
      { name: 'content', type: 'textarea', required: true, maxLength: 5000, label: { vi: 'Nội dung', en: 'Content' }, access: citizen },
      {
        name: 'procedure',
        type: 'relationship',
        relationTo: options.slugs.procedures,
        label: { vi: 'Thủ tục liên quan', en: 'Related procedure' },
        access: access(fields.citizen),
        // The public may name a published procedure only.
        filterOptions: { _status: { equals: 'published' } },
      },
      {
        type: 'collapsible',
        label: { vi: 'Thông tin liên hệ (chỉ cán bộ xử lý xem được)', en: 'Contact (handling staff only)' },
        fields: [
          { name: 'contactName', type: 'text', maxLength: 100, label: { vi: 'Họ tên', en: 'Name' }, access: citizen },
          {
            name: 'contactPhone',
            type: 'text',
            maxLength: 20,
            label: { vi: 'Số điện thoại', en: 'Phone' },
            access: citizen,
            validate: (value: null | string | undefined, { operation, req, siblingData }: { operation?: string; req: PayloadRequest; siblingData: Record<string, unknown> }) => {
              if (value) return phonePattern.test(value.replace(/[\s.-]/g, '')) ? true : t(req, 'feedbackPhone')
              return operation === 'create' && !siblingData.contactEmail ? t(req, 'feedbackContactRequired') : true
            },
          },
          { name: 'contactEmail', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' }, access: citizen },
          sidebar({ name: 'contactErasedAt', type: 'date', label: { vi: 'Đã xóa thông tin liên hệ lúc', en: 'Contact erased at' }, admin: { readOnly: true, date: dayAndTime }, access: server }),
        ],
      },
      {
        // The honeypot: the portal's form hides it; a person leaves it empty. Never stored.
        name: honeypotField,
        type: 'text',
        virtual: true,
        admin: { hidden: true },
      },
      sidebar({
        name: 'state',
        type: 'select',
        // Always set by applyFeedbackWorkflow; not required, so that GraphQL's create does not ask the public for it.
        defaultValue: 'received',
        index: true,
        label: { vi: 'Trạng thái', en: 'State' },
        options: selectOptions(feedbackStates, feedbackStateLabels),
        access: { create: fieldGrant(options, fields.server.create), update: fieldGrant(options, fields.answer.update) },
      }),
      sidebar({
        name: 'unit',
        type: 'relationship',
        relationTo: options.slugs.units,
        index: true,
        label: { vi: 'Đơn vị xử lý', en: 'Handling unit' },
        access: access(fields.editorial),
      }),
      sidebar({ name: 'dueDate', type: 'date', index: true, label: { vi: 'Hạn trả lời', en: 'Answer due' }, admin: { readOnly: true, date: dayOnly }, access: server }),
      sidebar({ name: 'overdue', type: 'checkbox', defaultValue: false, index: true, label: { vi: 'Quá hạn', en: 'Overdue' }, admin: { readOnly: true }, access: server }),
      {
        name: 'publicQuestion',
        type: 'textarea',
        maxLength: 5000,
        label: { vi: 'Câu hỏi đăng công khai (bỏ thông tin cá nhân)', en: 'Question as published (no personal data)' },
        access: access(fields.editorial),
      },
      { name: 'answer', type: 'textarea', maxLength: 10000, label: { vi: 'Trả lời', en: 'Answer' }, access: access(fields.answer) },
      sidebar({ name: 'publishedAt', type: 'date', index: true, label: { vi: 'Ngày đăng trả lời', en: 'Answer published' }, admin: { readOnly: true, date: dayAndTime }, access: server }),
      sidebar({ name: 'finishedAt', type: 'date', index: true, label: { vi: 'Kết thúc lúc', en: 'Finished at' }, admin: { readOnly: true, date: dayAndTime }, access: server }),
    ],
  }
}
