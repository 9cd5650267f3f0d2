import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { defaultScoreStep } from '../../lib/parCriteria.ts'
import { adminGroups } from '../adminGroups.ts'
import { importCriteriaEndpoint } from './endpoints/importCriteria.ts'
import { checkCriteriaSet, keepCriteriaSetInUse } from './hooks/checkCriteriaSet.ts'

/**
 * The province's PAR index criteria of a year (bộ tiêu chí Chỉ số CCHC): domains, criteria and
 * sub-criteria by code (`1`, `1.1`, `1.1.2`), with maximum scores, scoring guidance and the
 * evidence required. Imported from the province's table; frozen once an assessment uses it.
 */
export const parCriteriaSetsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.slugs.parCriteriaSets,
  labels: {
    singular: { vi: 'Bộ tiêu chí Chỉ số CCHC', en: 'PAR index criteria set' },
    plural: { vi: 'Bộ tiêu chí Chỉ số CCHC', en: 'PAR index criteria sets' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'updatedAt'],
    group: adminGroups.reform,
    description: {
      vi: 'Lĩnh vực → tiêu chí → tiêu chí thành phần, mỗi tiêu chí có điểm tối đa; tổng điểm các tiêu chí con bằng điểm tiêu chí cha. Nhập từ tệp CSV: POST /api/par-criteria-sets/:id/import.',
      en: 'Domains → criteria → sub-criteria, each with a maximum; children add up to their parent. Import from CSV: POST /api/par-criteria-sets/:id/import.',
    },
  },
  defaultSort: '-year',
  access: accessFrom(options, rights['par-criteria-sets']),
  endpoints: [importCriteriaEndpoint(options)],
  hooks: {
    beforeChange: [checkCriteriaSet(options)],
    beforeDelete: [keepCriteriaSetInUse(options)],
  },
  fields: [
    { name: 'year', type: 'number', required: true, unique: true, min: 2000, max: 2100, label: { vi: 'Năm', en: 'Year' } },
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { vi: 'Tên bộ tiêu chí', en: 'Title' } },
    { name: 'issuedBy', type: 'text', maxLength: 300, label: { vi: 'Văn bản ban hành', en: 'Issued by' } },
    {
      name: 'criteria',
      type: 'array',
      label: { vi: 'Tiêu chí', en: 'Criteria' },
      labels: { singular: { vi: 'Tiêu chí', en: 'Criterion' }, plural: { vi: 'Tiêu chí', en: 'Criteria' } },
      maxRows: 1000,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'code', type: 'text', required: true, maxLength: 30, label: { vi: 'Mã', en: 'Code' }, admin: { width: '15%' } },
            { name: 'name', type: 'text', required: true, maxLength: 1000, label: { vi: 'Tiêu chí', en: 'Criterion' } },
            { name: 'maxScore', type: 'number', required: true, min: 0, label: { vi: 'Điểm tối đa', en: 'Max score' }, admin: { width: '15%' } },
            {
              name: 'step',
              type: 'number',
              min: 0,
              label: { vi: 'Bước điểm', en: 'Step' },
              admin: { width: '15%', placeholder: String(defaultScoreStep) },
            },
          ],
        },
        { name: 'guidance', type: 'textarea', maxLength: 10_000, label: { vi: 'Hướng dẫn chấm điểm', en: 'Scoring guidance' } },
        { name: 'evidenceRequired', type: 'textarea', maxLength: 10_000, label: { vi: 'Tài liệu kiểm chứng', en: 'Evidence required' } },
      ],
    },
  ],
})
