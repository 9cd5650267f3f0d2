import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, fieldGrant } from '../../access/grant.ts'
import { fieldRights, rights } from '../../access/rights.ts'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { copyStartsAs } from '../../hooks/copyStartsAs.ts'
import { notifyChanges, parScoreEvent } from '../../hooks/notifyChanges.ts'
import { serializeUpdates } from '../../hooks/serializeUpdates.ts'
import { scoreStateLabels, scoreStates } from '../../lib/parWorkflow.ts'
import { adminGroups } from '../adminGroups.ts'
import { applyScoreWorkflow, requireInternalEvidence } from './hooks/applyScoreWorkflow.ts'

const serverSet = (name: string, type: 'date' | 'number' | 'text', label: { vi: string; en: string }): Field =>
  ({ name, type, label, admin: { position: 'sidebar', readOnly: true, ...(type === 'date' ? { date: dayAndTime } : {}) } }) as Field

const isWebLink = (value: unknown) => {
  if (typeof value !== 'string' || value === '') return true
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/**
 * One criterion of a self-assessment (điểm tự chấm một tiêu chí): the unit it is assigned to, the
 * unit's score with its explanation and evidence (tài liệu kiểm chứng), the coordinator's review,
 * and the province's appraisal (thẩm định) beside it.
 */
export const parScoresCollection = (options: ResolvedOptions): CollectionConfig => {
  const fields = fieldRights['par-scores']
  const access = (row: { create: Record<string, boolean>; update: Record<string, boolean> }) => ({
    create: fieldGrant(options, row.create),
    update: fieldGrant(options, row.update),
  })
  return {
    slug: options.slugs.parScores,
    labels: {
      singular: { vi: 'Điểm tự chấm tiêu chí', en: 'PAR self-score' },
      plural: { vi: 'Điểm tự chấm Chỉ số CCHC', en: 'PAR self-scores' },
    },
    admin: {
      useAsTitle: 'criterionCode',
      defaultColumns: ['criterionCode', 'criterionName', 'unit', 'score', 'maxScore', 'scoreState', 'appraisalScore'],
      group: adminGroups.reform,
      description: {
        vi: 'Mỗi đơn vị chấm điểm các tiêu chí được giao, kèm giải trình và tài liệu kiểm chứng; Phòng Văn hóa - Xã hội tiếp nhận hoặc trả lại.',
        en: 'Each unit scores the criteria it is assigned, with an explanation and evidence; the coordinator accepts or returns them.',
      },
    },
    defaultSort: 'criterionCode',
    access: accessFrom(options, rights['par-scores']),
    hooks: {
      // The coordinator's accept and the unit's own save of one score run one after the other.
      beforeOperation: [serializeUpdates],
      beforeChange: [applyScoreWorkflow(options), requireInternalEvidence(options)],
      // The unit learns of a criterion given to it, and of a score returned to it.
      afterChange: [notifyChanges(options, parScoreEvent)],
    },
    fields: [
      {
        name: 'assessment',
        type: 'relationship',
        relationTo: options.slugs.parAssessments,
        required: true,
        index: true,
        label: { vi: 'Kỳ tự đánh giá', en: 'Assessment' },
        access: access(fields.assignment),
      },
      {
        name: 'criterionCode',
        type: 'text',
        required: true,
        index: true,
        maxLength: 30,
        label: { vi: 'Mã tiêu chí', en: 'Criterion code' },
        access: access(fields.assignment),
      },
      {
        name: 'unit',
        type: 'relationship',
        relationTo: options.slugs.units,
        index: true,
        label: { vi: 'Đơn vị được giao', en: 'Assigned unit' },
        access: access(fields.assignment),
      },
      serverSet('criterionName', 'text', { vi: 'Tiêu chí', en: 'Criterion' }),
      serverSet('maxScore', 'number', { vi: 'Điểm tối đa', en: 'Max score' }),
      serverSet('step', 'number', { vi: 'Bước điểm', en: 'Step' }),
      { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
      { name: 'score', type: 'number', min: 0, label: { vi: 'Điểm tự đánh giá', en: 'Self-score' } },
      { name: 'explanation', type: 'textarea', maxLength: 10_000, label: { vi: 'Giải trình', en: 'Explanation' } },
      {
        name: 'evidenceFiles',
        type: 'upload',
        relationTo: options.slugs.media,
        hasMany: true,
        maxRows: 50,
        label: { vi: 'Tài liệu kiểm chứng (tệp nội bộ)', en: 'Evidence files (internal)' },
        filterOptions: { internal: { equals: true } },
      },
      {
        name: 'evidencePosts',
        type: 'relationship',
        relationTo: [options.slugs.posts, options.slugs.announcements],
        hasMany: true,
        maxRows: 50,
        label: { vi: 'Bài viết, quyết định đã đăng', en: 'Published posts and decisions' },
        filterOptions: { _status: { equals: 'published' } },
      },
      {
        name: 'evidenceLinks',
        type: 'array',
        maxRows: 20,
        label: { vi: 'Đường dẫn tài liệu', en: 'Evidence links' },
        fields: [{ name: 'url', type: 'text', required: true, maxLength: 2000, validate: (value: unknown) => isWebLink(value) || 'http(s)://…' }],
      },
      {
        name: 'scoreState',
        type: 'select',
        defaultValue: 'draft',
        index: true,
        label: { vi: 'Trạng thái', en: 'State' },
        options: selectOptions(scoreStates, scoreStateLabels),
        admin: { position: 'sidebar' },
        // A copy (another criterion for the unit) starts to be scored: not sent, not returned.
        hooks: { beforeDuplicate: [copyStartsAs('draft')] },
      },
      {
        name: 'returnReason',
        type: 'textarea',
        label: { vi: 'Lý do trả lại', en: 'Reason for return' },
        admin: { position: 'sidebar' },
        hooks: { beforeDuplicate: [copyStartsAs(null)] },
        access: { ...access(fields.returnReason), read: fieldGrant(options, fields.staffNotes.read) },
      },
      serverSet('submittedAt', 'date', { vi: 'Gửi lúc', en: 'Submitted at' }),
      serverSet('reviewedAt', 'date', { vi: 'Xử lý lúc', en: 'Reviewed at' }),
      {
        name: 'appraisalScore',
        type: 'number',
        min: 0,
        label: { vi: 'Điểm thẩm định của tỉnh', en: 'Province’s appraised score' },
        access: access(fields.appraisal),
      },
      { name: 'appraisalNote', type: 'textarea', maxLength: 10_000, label: { vi: 'Ghi chú thẩm định', en: 'Appraisal note' }, access: access(fields.appraisal) },
    ],
  }
}
