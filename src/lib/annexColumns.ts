/**
 * The columns of a decision's annex file (the list of procedures a Quyết định công bố TTHC
 * changes), in template order: what each holds and every header a file may give it.
 */
import { foldVietnamese } from './foldVietnamese.ts'

export type AnnexColumnKey =
  | 'kind'
  | 'code'
  | 'replacementCode'
  | 'name'
  | 'sector'
  | 'level'
  | 'agency'
  | 'onlineLevel'
  | 'partialReason'
  | 'channels'
  | 'processingTime'
  | 'fees'
  | 'result'
  | 'requirements'
  | 'portalUrl'
  | 'changes'
  | 'effectiveDate'
  | 'nonTerritorial'
  | 'interlinked'
  | 'lists'
  | 'applicants'
  | 'steps'
  | 'dossier'
  | 'legalBasis'

export type AnnexColumn = {
  key: AnnexColumnKey
  /** The Vietnamese header a template uses. */
  vi: string
  /** The English header. */
  en: string
  /** Every header read as this column, case, diacritics, spaces and underscores aside. */
  headers: readonly string[]
  /** What goes in the column. */
  description: { vi: string; en: string }
}

/** The annex columns, in template order: for the README, the admin hint and the import itself. */
export const annexColumns: readonly AnnexColumn[] = [
  {
    key: 'kind',
    vi: 'Loại thay đổi',
    en: 'kind',
    headers: ['loại', 'loại thay đổi', 'kind'],
    description: {
      vi: 'Bắt buộc: mới ban hành, sửa đổi bổ sung, thay thế hoặc bãi bỏ',
      en: 'Required: new, amended, replaced or repealed',
    },
  },
  {
    key: 'code',
    vi: 'Mã thủ tục',
    en: 'code',
    headers: ['mã', 'mã thủ tục', 'mã TTHC', 'code'],
    description: {
      vi: 'Bắt buộc: mã trên Cơ sở dữ liệu quốc gia, 1.000894 hoặc 1.000894.000.00.00.H29',
      en: 'Required: the national database code, 1.000894 or 1.000894.000.00.00.H29',
    },
  },
  {
    key: 'replacementCode',
    vi: 'Mã thay thế',
    en: 'replacement code',
    headers: ['mã thay thế', 'thay thế bằng', 'replacement code'],
    description: {
      vi: 'Chỉ với loại thay thế, và bắt buộc: mã thủ tục thay thế',
      en: 'For replaced items only, and required there: the code of the procedure that takes its place',
    },
  },
  {
    key: 'name',
    vi: 'Tên thủ tục',
    en: 'name',
    headers: ['tên', 'tên thủ tục', 'tên TTHC', 'name'],
    description: { vi: 'Bắt buộc với thủ tục mới ban hành', en: 'Required for new procedures' },
  },
  {
    key: 'sector',
    vi: 'Lĩnh vực',
    en: 'sector',
    headers: ['lĩnh vực', 'sector'],
    description: { vi: 'Bắt buộc với thủ tục mới ban hành, ví dụ Hộ tịch', en: 'Required for new procedures, e.g. Hộ tịch (civil status)' },
  },
  {
    key: 'level',
    vi: 'Cấp thực hiện',
    en: 'level',
    headers: ['cấp thực hiện', 'level'],
    description: { vi: 'cấp xã, cấp huyện, cấp tỉnh hoặc trung ương', en: 'commune, district, province or central' },
  },
  {
    key: 'agency',
    vi: 'Cơ quan thực hiện',
    en: 'agency',
    headers: ['cơ quan thực hiện', 'cơ quan', 'agency'],
    description: { vi: 'Cơ quan giải quyết thủ tục', en: 'The agency that handles the procedure' },
  },
  {
    key: 'onlineLevel',
    vi: 'Mức độ DVC',
    en: 'online level',
    headers: ['mức độ', 'mức độ DVC', 'dịch vụ công trực tuyến', 'online level'],
    description: {
      vi: 'toàn trình, một phần hoặc không; mức độ 4 cũ là toàn trình, mức độ 3 là một phần',
      en: 'toàn trình (whole procedure online), một phần (partly online) or không (not online); former level 4 reads as toàn trình, level 3 as một phần',
    },
  },
  {
    key: 'partialReason',
    vi: 'Lý do một phần',
    en: 'partial reason',
    headers: ['lý do một phần', 'lý do', 'partial reason'],
    description: {
      vi: 'Bắt buộc khi mức độ là một phần: lý do chưa cung cấp toàn trình',
      en: 'Required when the level is một phần: why the procedure is not wholly online',
    },
  },
  {
    key: 'channels',
    vi: 'Cách thức thực hiện',
    en: 'channels',
    headers: ['cách thức thực hiện', 'cách thức', 'channels'],
    description: {
      vi: 'trực tiếp, trực tuyến, bưu chính; cách nhau bởi dấu ; hoặc ,',
      en: 'in person (trực tiếp), online (trực tuyến), postal (bưu chính); separated by ; or ,',
    },
  },
  {
    key: 'processingTime',
    vi: 'Thời hạn giải quyết',
    en: 'processing time',
    headers: ['thời hạn giải quyết', 'thời hạn', 'processing time'],
    description: { vi: 'Ví dụ 05 ngày làm việc', en: 'E.g. 05 ngày làm việc (5 working days)' },
  },
  {
    key: 'fees',
    vi: 'Phí, lệ phí',
    en: 'fees',
    headers: ['phí, lệ phí', 'phí lệ phí', 'lệ phí', 'fees'],
    description: { vi: 'Phí, lệ phí phải nộp, hoặc Không', en: 'Fees and charges, or Không (none)' },
  },
  {
    key: 'result',
    vi: 'Kết quả',
    en: 'result',
    headers: ['kết quả', 'result'],
    description: { vi: 'Kết quả thực hiện thủ tục', en: 'What the applicant receives' },
  },
  {
    key: 'requirements',
    vi: 'Yêu cầu, điều kiện',
    en: 'requirements',
    headers: ['yêu cầu, điều kiện', 'yêu cầu điều kiện', 'requirements'],
    description: { vi: 'Yêu cầu, điều kiện thực hiện, nếu có', en: 'Requirements and conditions, if any' },
  },
  {
    key: 'portalUrl',
    vi: 'Đường dẫn',
    en: 'portal url',
    headers: ['đường dẫn', 'link', 'cổng dịch vụ công', 'portal url'],
    description: {
      vi: 'Địa chỉ https của thủ tục trên Cổng dịch vụ công',
      en: 'The https address of the procedure on the public service portal',
    },
  },
  {
    key: 'changes',
    vi: 'Nội dung sửa đổi',
    en: 'changes',
    headers: ['nội dung sửa đổi', 'nội dung thay đổi', 'changes'],
    description: { vi: 'Bắt buộc với sửa đổi, bổ sung: nội dung được sửa', en: 'Required for amended items: what changed' },
  },
  {
    key: 'effectiveDate',
    vi: 'Ngày hiệu lực',
    en: 'effective date',
    headers: ['ngày hiệu lực', 'hiệu lực từ', 'effective date'],
    description: {
      vi: 'dd/mm/yyyy; để trống nếu theo ngày hiệu lực của quyết định',
      en: 'dd/mm/yyyy; empty means the decision’s own effective date',
    },
  },
  {
    key: 'nonTerritorial',
    vi: 'Phi địa giới',
    en: 'non-territorial',
    headers: ['phi địa giới', 'phi địa giới hành chính', 'tiếp nhận phi địa giới', 'non-territorial', 'nonTerritorial'],
    description: {
      vi: 'có hoặc không: nộp hồ sơ ở bất kỳ đâu trong tỉnh, không phụ thuộc nơi cư trú',
      en: 'có (yes) or không (no): filed anywhere in the province, whatever the residence',
    },
  },
  {
    key: 'interlinked',
    vi: 'Liên thông',
    en: 'interlinked',
    headers: ['liên thông', 'thủ tục liên thông', 'interlinked'],
    description: { vi: 'có hoặc không: nhiều cơ quan cùng giải quyết một hồ sơ', en: 'có (yes) or không (no): several agencies handle one dossier' },
  },
  {
    key: 'lists',
    vi: 'Danh sách',
    en: 'lists',
    headers: ['danh sách', 'thuộc danh sách', 'lists', 'list'],
    description: {
      vi: 'Tên các danh sách thủ tục đã có (ví dụ 51 thủ tục trọng điểm), cách nhau bởi dấu ;',
      en: 'Names of existing procedure lists (e.g. 51 thủ tục trọng điểm), separated by ;',
    },
  },
  {
    key: 'applicants',
    vi: 'Đối tượng thực hiện',
    en: 'applicants',
    headers: ['đối tượng thực hiện', 'đối tượng', 'applicants'],
    description: { vi: 'Cá nhân, tổ chức được thực hiện thủ tục', en: 'Who may file' },
  },
  {
    key: 'steps',
    vi: 'Trình tự thực hiện',
    en: 'steps',
    headers: ['trình tự thực hiện', 'trình tự', 'steps'],
    description: { vi: 'Các bước thực hiện', en: 'The steps' },
  },
  {
    key: 'dossier',
    vi: 'Thành phần hồ sơ',
    en: 'dossier',
    headers: ['thành phần hồ sơ', 'hồ sơ', 'dossier'],
    description: {
      vi: 'Toàn bộ thành phần hồ sơ, mỗi giấy tờ một dòng (hoặc cách nhau bởi dấu ;); sửa đổi: thay toàn bộ',
      en: 'The whole dossier, one document per line (or separated by ;); an amendment replaces it',
    },
  },
  {
    key: 'legalBasis',
    vi: 'Căn cứ pháp lý',
    en: 'legal basis',
    headers: ['căn cứ pháp lý', 'căn cứ', 'legal basis'],
    description: {
      vi: 'Mỗi văn bản một dòng (hoặc cách nhau bởi dấu ;), có số hiệu, ví dụ Luật Hộ tịch số 60/2014/QH13; sửa đổi: thay toàn bộ',
      en: 'One document per line (or separated by ;), with its number, e.g. Luật Hộ tịch số 60/2014/QH13; an amendment replaces it',
    },
  },
]

/** Headers and values compared folded: no case, no diacritics, punctuation and `_` read as spaces. */
export const foldHeader = (text: string): string =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** The column a header names, any spelling of it; undefined for one that names none. */
export const columnByHeader: ReadonlyMap<string, AnnexColumnKey> = new Map(
  annexColumns.flatMap((column) => column.headers.map((header) => [foldHeader(header), column.key] as const)),
)

export const columnOf = (key: AnnexColumnKey): AnnexColumn => annexColumns.find((column) => column.key === key)!
