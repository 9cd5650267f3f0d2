import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { dayAndTime, dayOnly } from '../../fields/dateDisplay.ts'
import { selectOptions } from '../../fields/selectOptions.ts'
import { assessmentStateLabels, assessmentStates } from '../../lib/parWorkflow.ts'
import { adminGroups } from '../adminGroups.ts'
import { assignCriteriaEndpoint, exportEndpoint, summaryEndpoint } from './endpoints/assessmentEndpoints.ts'
import { applyAssessmentWorkflow } from './hooks/applyAssessmentWorkflow.ts'
import { deleteScores } from './hooks/deleteScores.ts'

const serverSet = (name: string, label: { vi: string; en: string }): Field => ({
  name,
  type: 'date',
  label,
  admin: { position: 'sidebar', readOnly: true, date: dayAndTime },
})

/**
 * The commune's PAR index self-assessment of a year (tự đánh giá Chỉ số CCHC) against the
 * province's criteria set: the units' deadlines, its state, and whether its result is public. The
 * scores are in `par-scores`, one per criterion; totals are computed (`/:id/summary`).
 */
export const parAssessmentsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.parAssessments,
  labels: {
    singular: { vi: 'Kỳ tự đánh giá Chỉ số CCHC', en: 'PAR index self-assessment' },
    plural: { vi: 'Tự đánh giá Chỉ số CCHC', en: 'PAR index self-assessments' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'assessmentState', 'resultPublished'],
    group: adminGroups.reform,
    description: {
      vi: 'Phòng Văn hóa - Xã hội giao tiêu chí cho các đơn vị (POST /api/par-assessments/:id/assign), theo dõi tiến độ (/:id/summary) và xuất bảng điểm (/:id/export).',
      en: 'The coordinator assigns criteria to units (POST /api/par-assessments/:id/assign), follows progress (/:id/summary) and exports the table (/:id/export).',
    },
  },
  defaultSort: '-year',
  access: accessFrom(options, rights['par-assessments']),
  endpoints: [assignCriteriaEndpoint(options), summaryEndpoint(options), exportEndpoint(options)],
  hooks: { beforeChange: [applyAssessmentWorkflow(options)], beforeDelete: [deleteScores(options)] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { vi: 'Tên', en: 'Title' } },
    {
      name: 'criteriaSet',
      type: 'relationship',
      relationTo: options.slugs.parCriteriaSets,
      required: true,
      index: true,
      label: { vi: 'Bộ tiêu chí', en: 'Criteria set' },
    },
    {
      name: 'year',
      type: 'number',
      unique: true,
      label: { vi: 'Năm', en: 'Year' },
      admin: { readOnly: true, description: { vi: 'Năm của bộ tiêu chí.', en: 'The criteria set’s year.' } },
    },
    {
      name: 'assessmentState',
      type: 'select',
      defaultValue: 'open',
      index: true,
      label: { vi: 'Trạng thái', en: 'State' },
      options: selectOptions(assessmentStates, assessmentStateLabels),
      admin: { position: 'sidebar' },
    },
    {
      name: 'resultPublished',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Công bố kết quả', en: 'Result published' },
      admin: { position: 'sidebar', description: { vi: 'Người dân chỉ xem được kết quả sau khi công bố.', en: 'The public sees the result only once published.' } },
    },
    serverSet('submittedAt', { vi: 'Gửi tỉnh lúc', en: 'Sent to the province at' }),
    serverSet('appraisedAt', { vi: 'Thẩm định lúc', en: 'Appraised at' }),
    {
      name: 'unitDeadlines',
      type: 'array',
      label: { vi: 'Hạn của các đơn vị', en: 'Units’ deadlines' },
      maxRows: 100,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'unit', type: 'relationship', relationTo: options.slugs.units, required: true, label: { vi: 'Đơn vị', en: 'Unit' } },
            {
              name: 'deadline',
              type: 'date',
              required: true,
              label: { vi: 'Hạn hoàn thành', en: 'Deadline' },
              admin: { date: dayOnly },
            },
          ],
        },
      ],
    },
  ],
})
