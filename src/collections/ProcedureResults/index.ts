import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom } from '../../access/grant.ts'
import { rights } from '../../access/rights.ts'
import { periodicRecordFields } from '../../fields/periodicRecord.ts'
import { wholeNumber } from '../../fields/wholeNumber.ts'
import { fillPeriod } from '../../hooks/fillPeriod.ts'
import { publicReadsPublished } from '../../hooks/publicReadsPublished.ts'
import { rememberDraftSave } from '../../hooks/rememberDraftSave.ts'
import { serializeUpdates } from '../../hooks/serializeUpdates.ts'
import { setResultTitle } from '../../hooks/setResultTitle.ts'
import { uniqueRecord } from '../../hooks/uniqueRecord.ts'
import { type CountName, countLabels, requiredCounts } from '../../lib/procedureFigures.ts'
import { sectorKey } from '../../lib/sectorKey.ts'
import { adminGroups } from '../adminGroups.ts'
import { procedureResultsSeriesEndpoint } from './endpoints/series.ts'
import { applyResultsPublishing } from './hooks/applyResultsPublishing.ts'
import { checkProcedureFigures } from './hooks/checkProcedureFigures.ts'
import { defaultUnit } from './hooks/defaultUnit.ts'

const count = (name: CountName): Field => ({
  name,
  type: 'number',
  min: 0,
  custom: wholeNumber,
  required: (requiredCounts as readonly string[]).includes(name),
  label: countLabels[name],
})

const derived = (name: string, label: { vi: string; en: string }, description?: { vi: string; en: string }): Field => ({
  name,
  type: 'number',
  label,
  admin: { readOnly: true, description },
})

const rateNote = { vi: 'Máy chủ tự tính (API trả tỷ lệ 0-1); để trống khi mẫu số bằng 0.', en: 'Computed by the server (a ratio 0-1 in the API); empty when the denominator is 0.' }

/** A ratio the server computes, shown as a percentage ("93,75 %") in the list and the edit view (stored 0-1: the API is unchanged). */
const rate = (options: ResolvedOptions, name: string, label: { vi: string; en: string }): Field => {
  const { rateCell, rateField } = options.adminComponents
  return {
    name,
    type: 'number',
    label,
    admin: {
      readOnly: true,
      description: rateNote,
      components: { ...(rateCell ? { Cell: rateCell } : {}), ...(rateField ? { Field: rateField } : {}) },
    },
  }
}

/**
 * Results of procedure handling (kết quả giải quyết TTHC) per unit, period and, optionally,
 * sector: the TTHCC enters its figures, editors publish them, the public charts them.
 */
export const procedureResultsCollection = (options: ResolvedOptions): CollectionConfig => {
  const slug = options.slugs.procedureResults
  const row = rights['procedure-results']

  return {
    slug,
    labels: {
      singular: { vi: 'Kết quả giải quyết TTHC', en: 'Procedure-handling result' },
      plural: { vi: 'Kết quả giải quyết TTHC', en: 'Procedure-handling results' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'unit', 'received', 'resolved', 'onTimeRate', '_status'],
      // Beside the procedures whose handling they count.
      group: adminGroups.procedures,
      description: {
        vi: 'Số liệu tiếp nhận, giải quyết hồ sơ TTHC theo kỳ do Trung tâm Phục vụ hành chính công cung cấp; biên tập viên công bố.',
        en: 'Dossiers received and resolved per period, from the public administration service centre; editors publish them.',
      },
    },
    defaultSort: '-periodStart',
    versions: { maxPerDoc: 20, drafts: true },
    access: accessFrom(options, row),
    endpoints: [procedureResultsSeriesEndpoint(options)],
    hooks: {
      beforeOperation: [rememberDraftSave, publicReadsPublished(options), serializeUpdates],
      beforeChange: [
        applyResultsPublishing(options),
        fillPeriod(options, { due: false, handSetDates: false }),
        checkProcedureFigures,
        uniqueRecord({
          key: (data, unit) => `${data.periodKey}|${unit}|${sectorKey(data.sector) ?? '*'}`,
          path: 'periodNumber',
          message: 'duplicateResult',
        }),
        setResultTitle(options),
      ],
    },
    fields: periodicRecordFields(
      options,
      {
        unit: {
          description: {
            vi: 'Mặc định là Trung tâm Phục vụ hành chính công; đơn vị cộng tác luôn nhập cho đơn vị mình.',
            en: 'The public administration service centre by default; contributors always enter their own unit’s figures.',
          },
          choice: { fallback: defaultUnit(options) },
        },
        period: { due: false },
      },
      [
        {
          name: 'sector',
          type: 'text',
          maxLength: 200,
          label: { vi: 'Lĩnh vực', en: 'Field' },
          admin: { description: { vi: 'Để trống với số liệu chung của đơn vị.', en: 'Leave empty for the unit’s totals.' } },
        },
        {
          type: 'collapsible',
          label: { vi: 'Số hồ sơ nhận giải quyết', en: 'Dossiers received' },
          fields: [
            { type: 'row', fields: [count('carriedOver'), count('received'), count('receivedOnline'), derived('receivedInPerson', { vi: 'Trực tiếp và bưu chính', en: 'In person or by post' })] },
          ],
        },
        {
          type: 'collapsible',
          label: { vi: 'Đã giải quyết', en: 'Resolved' },
          fields: [
            { type: 'row', fields: [count('resolvedBeforeDeadline'), count('resolvedOnTime'), count('resolvedLate'), derived('resolved', { vi: 'Tổng đã giải quyết', en: 'Total resolved' })] },
          ],
        },
        {
          type: 'collapsible',
          label: { vi: 'Đang giải quyết', en: 'In progress' },
          fields: [
            { type: 'row', fields: [count('inProgressWithinDeadline'), count('inProgressOverdue'), derived('inProgress', { vi: 'Tổng đang giải quyết', en: 'Total in progress' })] },
          ],
        },
        {
          type: 'collapsible',
          label: { vi: 'Thanh toán trực tuyến, số hóa', en: 'Online payment, digitisation' },
          fields: [{ type: 'row', fields: [count('withFee'), count('paidOnline'), count('digitised')] }],
        },
        {
          type: 'collapsible',
          label: { vi: 'Tỷ lệ (máy chủ tính)', en: 'Rates (computed)' },
          fields: [
            {
              type: 'row',
              fields: [
                rate(options, 'onTimeRate', { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' }),
                rate(options, 'onlineShare', { vi: 'Tỷ lệ trực tuyến', en: 'Online share' }),
                rate(options, 'onlinePaymentShare', { vi: 'Tỷ lệ thanh toán trực tuyến', en: 'Online-payment share' }),
                rate(options, 'digitisedShare', { vi: 'Tỷ lệ số hóa', en: 'Digitised share' }),
              ],
            },
          ],
        },
      ],
    ),
  }
}
