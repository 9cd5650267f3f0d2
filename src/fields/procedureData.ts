import type { Field, TextareaFieldValidation, TextFieldSingleValidation } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { isAllowedLink } from '../lib/allowedLink.ts'
import { implementingLevelLabels, implementingLevels, notOnline, onlineLevelLabels, onlineLevels, partialReasonProblem, type ProcedureData } from '../lib/procedure.ts'
import { t } from '../translations/translate.ts'
import { selectOptions } from './selectOptions.ts'

/** The published reason is required for a partly online service (lib/procedure.ts: partialReasonProblem). */
const reasonForPartlyOnline: TextareaFieldValidation = (value, { req, siblingData }) =>
  partialReasonProblem({ onlineLevel: (siblingData as ProcedureData).onlineLevel, partialReason: value ?? undefined }) === 'missing'
    ? t(req, 'partialReasonRequired')
    : true

const portalLink =
  (options: ResolvedOptions): TextFieldSingleValidation =>
  (value, { req }) =>
    !value || isAllowedLink(value, options.procedurePortalHosts) ? true : t(req, 'portalHost', { hosts: options.procedurePortalHosts.join(', ') })

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
        options: selectOptions(implementingLevels, implementingLevelLabels),
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
        options: [
          ...selectOptions(onlineLevels, onlineLevelLabels),
          // An item may say the procedure is no longer offered online; empty says nothing.
          ...(required ? [] : [{ value: notOnline, label: { vi: 'Không cung cấp trực tuyến', en: 'Not online' } }]),
        ],
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
  { name: 'applicants', type: 'textarea', label: { vi: 'Đối tượng thực hiện', en: 'Who may file' } },
  { name: 'steps', type: 'textarea', label: { vi: 'Trình tự thực hiện', en: 'Steps' } },
  { name: 'requirements', type: 'textarea', label: { vi: 'Yêu cầu, điều kiện', en: 'Requirements and conditions' } },
  { name: 'result', type: 'text', label: { vi: 'Kết quả thực hiện', en: 'Result' } },
  {
    type: 'row',
    fields: [
      {
        name: 'nonTerritorial',
        type: 'checkbox',
        index: required,
        // A procedure is not, unless a decision or an editor says so; an item that leaves it empty says nothing.
        ...(required ? { defaultValue: false } : {}),
        label: { vi: 'Phi địa giới', en: 'Non-territorial' },
        admin: { description: { vi: 'Nộp hồ sơ ở bất kỳ đâu trong tỉnh, không phụ thuộc nơi cư trú.', en: 'Filed anywhere in the province, whatever the residence.' } },
      },
      {
        name: 'interlinked',
        type: 'checkbox',
        index: required,
        ...(required ? { defaultValue: false } : {}),
        label: { vi: 'Liên thông', en: 'Interlinked' },
        admin: { description: { vi: 'Nhiều cơ quan cùng giải quyết một hồ sơ.', en: 'Several agencies handle one dossier.' } },
      },
    ],
  },
  {
    name: 'lists',
    type: 'relationship',
    relationTo: options.slugs.procedureLists,
    hasMany: true,
    label: { vi: 'Thuộc danh sách', en: 'In lists' },
    admin: required ? {} : { description: { vi: 'Sửa đổi: thay các danh sách hiện có.', en: 'Amendment: replaces the current lists.' } },
  },
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
