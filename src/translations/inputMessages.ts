import { dateYears, inputLimits } from '../lib/inputValues.ts'

const thousands = (n: number) => n.toLocaleString('vi-VN')

/**
 * Refusals of a malformed request (a value of the wrong type, a query the database cannot run, a
 * body it cannot read), Vietnamese first, English second, as in messages.ts.
 */
export const inputMessages = {
  notText: 'Phải là một chuỗi văn bản. / Must be text.',
  nul: 'Không được chứa ký tự NUL (\\u0000). / Must not contain a NUL character (\\u0000).',
  tooLong: (max: number) => `Dài quá ${thousands(max)} ký tự. / Longer than ${max} characters.`,
  notNumber: 'Phải là một số. / Must be a number.',
  notWhole: (value: number) => `Phải là số nguyên (đang là ${value}). / Must be a whole number (it is ${value}).`,
  tooLarge: (value: number) =>
    `Số quá lớn (${value}); tối đa ${Number.MAX_SAFE_INTEGER}. / The number ${value} is too large; at most ${Number.MAX_SAFE_INTEGER}.`,
  notIsoDate:
    'Ngày phải là chuỗi ISO 8601, ví dụ 2026-06-01 hoặc 2026-06-01T08:00:00+07:00. / A date must be an ISO 8601 string such as 2026-06-01 or 2026-06-01T08:00:00+07:00.',
  notADay: (value: unknown) => `Ngày «${String(value)}» không có thật. / "${String(value)}" is not a real date.`,
  dateOutOfRange: `Ngày phải trong khoảng năm ${dateYears.min} đến ${dateYears.max}. / The date must fall between ${dateYears.min} and ${dateYears.max}.`,
  notBoolean: 'Phải là true hoặc false. / Must be true or false.',
  notOption: (options: readonly string[]) =>
    `Phải là một trong: ${options.join(', ')}. / Must be one of: ${options.join(', ')}.`,
  notRichText:
    'Nội dung định dạng phải là tài liệu Lexical ({ "root": { "type": "root", "children": [...] } }). / Rich text must be a Lexical document ({ "root": { "type": "root", "children": [...] } }).',
  notJson: 'Phải là dữ liệu JSON. / Must be JSON.',
  notObject: 'Phải là một đối tượng. / Must be an object.',
  notArray: 'Phải là một danh sách. / Must be a list.',
  tooManyRows: (max: number) => `Nhiều hơn ${thousands(max)} mục. / More than ${max} items.`,
  notId: (value: unknown) =>
    `«${String(value).slice(0, 40)}» không phải mã tài liệu hợp lệ. / "${String(value).slice(0, 40)}" is not a valid document id.`,
  missingDocument: (id: number | string) =>
    `Không có tài liệu mã ${id} để liên kết. / There is no document with id ${id} to link to.`,
  notPoint: 'Phải là một cặp tọa độ [kinh độ, vĩ độ]. / Must be a [longitude, latitude] pair.',
  unknownBlock: (blockType: unknown) => `Không có khối «${String(blockType)}». / There is no block "${String(blockType)}".`,
  tooDeep: `Dữ liệu lồng nhau quá ${inputLimits.nesting} cấp. / The data is nested more than ${inputLimits.nesting} levels deep.`,
  bodyNotObject:
    'Nội dung yêu cầu phải là một đối tượng JSON (Content-Type: application/json) hoặc biểu mẫu multipart có trường _payload. / The request body must be a JSON object (Content-Type: application/json) or a multipart form with a _payload field.',

  badParameter: (name: string, why: { vi: string; en: string }) =>
    `Tham số «${name}» không hợp lệ: ${why.vi}. / Invalid "${name}": ${why.en}.`,
  whereNotObject: { vi: 'cần một đối tượng điều kiện, ví dụ where[title][equals]=...', en: 'a condition object is needed, e.g. where[title][equals]=...' },
  whereAndOr: { vi: 'and/or cần một danh sách điều kiện', en: 'and/or take a list of conditions' },
  whereTooDeep: {
    vi: `lồng and/or quá ${inputLimits.whereNesting} cấp`,
    en: `and/or nested more than ${inputLimits.whereNesting} levels deep`,
  },
  whereTooManyValues: {
    vi: `so sánh với quá ${thousands(inputLimits.whereValues)} giá trị`,
    en: `more than ${inputLimits.whereValues} values to compare with`,
  },
  notOperators: { vi: 'cần các toán tử như equals, in, like', en: 'operators such as equals, in, like are needed' },
  unknownOperator: (operator: string) => ({ vi: `không có toán tử «${operator}»`, en: `there is no operator "${operator}"` }),
  operatorForType: (operator: string, type: string) => ({
    vi: `không dùng được toán tử «${operator}» với trường kiểu ${type}`,
    en: `operator "${operator}" does not apply to a ${type} field`,
  }),
  valueForType: (type: string, value: unknown) => ({
    vi: `«${String(value).slice(0, 40)}» không phải giá trị của trường kiểu ${type}`,
    en: `"${String(value).slice(0, 40)}" is not a value of a ${type} field`,
  }),
  sortNotReadable: (path: string) => ({
    vi: `không được sắp xếp theo «${path}» (trường không tồn tại hoặc bạn không được xem)`,
    en: `cannot sort by "${path}" (no such field, or not one you may read)`,
  }),
  wholeInRange: (min: number, max: number) => ({ vi: `cần số nguyên từ ${min} đến ${thousands(max)}`, en: `a whole number from ${min} to ${max} is needed` }),

  jsonUnreadable: (part: string) =>
    `Không đọc được JSON trong «${part}». / "${part}" is not valid JSON.`,
  formUnreadable: (reason: string) =>
    `Không đọc được biểu mẫu multipart (tên tệp hoặc phần đầu sai định dạng). / The multipart form could not be read: ${reason}.`,
  tooLargeForOneRequest:
    'Yêu cầu quá lớn để ghi trong một lần; hãy chia nhỏ. / The request is too large to write at once; split it.',
  databaseRefused: (reason: { vi: string; en: string }) => `Dữ liệu không hợp lệ: ${reason.vi}. / Invalid data: ${reason.en}.`,
} as const
