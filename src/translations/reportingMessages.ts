import { type CountName, countLabels } from '../lib/procedureFigures.ts'

/** Errors about reporting periods, procedure figures and reports, Vietnamese first, English second. */
export const reportingMessages = {
  yearRange: 'Năm phải từ 2000 đến 2100. / The year must be between 2000 and 2100.',
  periodNumber: (kind: string) =>
    ({
      month: 'Tháng phải từ 1 đến 12. / The month must be 1 to 12.',
      quarter: 'Quý phải từ 1 đến 4. / The quarter must be 1 to 4.',
      half_year: 'Nửa năm là 1 (6 tháng đầu) hoặc 2 (6 tháng cuối). / The half-year is 1 (first) or 2 (second).',
      year: 'Báo cáo năm không có số kỳ. / A yearly period has no number.',
    })[kind] ?? 'Số kỳ không hợp lệ. / Invalid period number.',
  adHocDate: (what: 'start' | 'end' | 'due') =>
    ({
      start: 'Kỳ đột xuất cần ngày bắt đầu. / An ad hoc period needs a start date.',
      end: 'Kỳ đột xuất cần ngày kết thúc, không trước ngày bắt đầu. / An ad hoc period needs an end date, not before its start.',
      due: 'Báo cáo đột xuất cần hạn nộp do Phòng Văn hóa - Xã hội đặt. / An ad hoc report needs a due date set by the coordinator.',
    })[what],
  negative: (path: CountName, value: number) =>
    `"${countLabels[path].vi}" không được âm (đang là ${value}). / "${countLabels[path].en}" cannot be negative (it is ${value}).`,
  notWhole: (path: CountName, value: number) =>
    `"${countLabels[path].vi}" phải là số nguyên (đang là ${value}). / "${countLabels[path].en}" must be a whole number (it is ${value}).`,
  tooLarge: (path: CountName, value: number) =>
    `"${countLabels[path].vi}" quá lớn để cộng chính xác (${value}). / "${countLabels[path].en}" is too large to add up exactly (${value}).`,
  missing: (path: CountName) => `Cần nhập "${countLabels[path].vi}". / "${countLabels[path].en}" is required.`,
  balance: (p: { carriedOver: number; received: number; resolved: number; inProgress: number }) =>
    `Số liệu không khớp: kỳ trước chuyển sang (${p.carriedOver}) + tiếp nhận trong kỳ (${p.received}) = ${p.carriedOver + p.received}, nhưng đã giải quyết (${p.resolved}) + đang giải quyết (${p.inProgress}) = ${p.resolved + p.inProgress}. / The figures do not add up: carried over (${p.carriedOver}) + received (${p.received}) = ${p.carriedOver + p.received}, but resolved (${p.resolved}) + in progress (${p.inProgress}) = ${p.resolved + p.inProgress}.`,
  exceeds: (path: CountName, value: number, limit: CountName, limitValue: number) =>
    `"${countLabels[path].vi}" (${value}) không được lớn hơn "${countLabels[limit].vi}" (${limitValue}). / "${countLabels[path].en}" (${value}) cannot exceed "${countLabels[limit].en}" (${limitValue}).`,
  duplicateResult:
    'Đơn vị này đã có số liệu cho kỳ và lĩnh vực này; hãy sửa bản đã có. / This unit already has figures for this period and field; correct the existing record instead.',
  duplicateReport:
    'Đơn vị này đã có báo cáo cho kỳ này; hãy sửa báo cáo đã có. / This unit already has a report for this period; edit the existing one instead.',
  notATransition: (from: string, to: string) =>
    `Không thể chuyển báo cáo từ "${from}" sang "${to}". / A report cannot go from "${from}" to "${to}".`,
  notYours: (to: string) =>
    to === 'submitted'
      ? 'Chỉ thành viên của đơn vị mới được gửi báo cáo của đơn vị. / Only the unit’s members can submit its report.'
      : `Chỉ Phòng Văn hóa - Xã hội mới được chuyển báo cáo sang "${to}" (tiếp nhận, trả lại). / Only the coordinator can move a report to "${to}" (accept, return).`,
  returnReasonRequired: 'Cần ghi lý do khi trả lại báo cáo. / A reason is required to return a report.',
  attachmentNotInternal: (ids: readonly (number | string)[]) =>
    `Tệp đính kèm báo cáo phải là tệp "Chỉ dùng nội bộ" (tệp ${ids.join(', ')} đang công khai). / Report attachments must be internal files (file ${ids.join(', ')} is public).`,
  signInRequired: 'Cần đăng nhập. / You must be signed in.',
  overviewForbidden:
    'Chỉ Phòng Văn hóa - Xã hội, biên tập viên và quản trị xem được tổng hợp báo cáo. / Only the coordinator, editors and administrators can see the reports overview.',
} as const
