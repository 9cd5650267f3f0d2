/**
 * Vietnamese document numbers (số, ký hiệu văn bản): `<number>/<type>-<issuer>` (`3218/QĐ-UBND`),
 * with the year for legal documents (`09/2019/NĐ-CP`), or the issuer alone for an official letter
 * (công văn: `4110/VP-NVKTGS`). Read tolerantly, written back in one canonical form.
 */

/**
 * Abbreviations of document types (Nghị định 30/2020/NĐ-CP, Phụ lục III, and the legal documents
 * of Luật Ban hành văn bản quy phạm pháp luật). A first symbol segment found here is the type;
 * anything else is part of the issuer.
 */
export const documentTypes: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  NĐ: 'Nghị định',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  CV: 'Công văn',
  KL: 'Kết luận',
  GN: 'Bản ghi nhớ',
  TTh: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
}

export type DocumentNumberResult =
  | {
      ok: true
      /** The canonical form: `367/QĐ-BNV`, `09/2019/NĐ-CP`, `4110/VP-NVKTGS`. */
      value: string
      /** As written, leading zeros kept (`09`). */
      number: string
      year?: string
      /** A key of `documentTypes` (`QĐ`), when the symbol starts with one. */
      type?: string
      /** The rest of the symbol (`UBND`, `TTg`, `VP-NVKTGS`). */
      issuer: string
    }
  | { ok: false; problem: DocumentNumberProblem }

/** Why a text is not a document number; the caller words it (with the expected form and an example). */
export type DocumentNumberProblem =
  | { code: 'empty' | 'noSlash' | 'tooManySlashes' | 'noNumber' | 'noSymbol' | 'noIssuer' | 'strayDash' }
  | { code: 'notDigits' | 'symbolCharacter'; character: string }
  | { code: 'year'; year: string }

const refuse = (problem: DocumentNumberProblem): DocumentNumberResult => ({ ok: false, problem })

const typeByUpper = new Map(Object.keys(documentTypes).map((type) => [type.toUpperCase(), type]))
const withoutStroke = (text: string) => text.replace(/Đ/g, 'D')
// `QD` can only mean QĐ, but `HD` (hướng dẫn) and `HĐ` (hợp đồng) are both types: only a spelling
// without Đ that no other type shares is read as the type with Đ.
const typeByPlainUpper = new Map<string, string>()
for (const [upper, type] of typeByUpper) {
  const plain = withoutStroke(upper)
  if (plain === upper) continue
  const others = [...typeByUpper.keys()].filter((other) => other !== upper && withoutStroke(other) === plain)
  if (others.length === 0) typeByPlainUpper.set(plain, type)
}

const knownType = (segment: string): string | undefined => {
  const upper = segment.toUpperCase()
  return typeByUpper.get(upper) ?? typeByPlainUpper.get(upper)
}

/** Reads a document number, tolerating spaces around `/` and `-`, other dashes, `QD` for `QĐ`, a leading "Số". */
export const parseDocumentNumber = (input: string): DocumentNumberResult => {
  const text = input
    .normalize('NFKC')
    // Ð (Icelandic eth) and Ɖ look like Đ and come from old fonts and conversions.
    .replace(/[ÐƉ]/g, 'Đ')
    .replace(/[ðɖ]/g, 'đ')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
    .replace(/[\u2044\u2215]/g, '/')
    .trim()
    .replace(/^(?:s[ốo]|no)\s*[.:]?\s*(?=\d)/iu, '')
    .replace(/\s*([/-])\s*/g, '$1')
  if (text === '') return refuse({ code: 'empty' })

  const parts = text.split('/')
  if (parts.length === 1) return refuse({ code: 'noSlash' })
  if (parts.length > 3) return refuse({ code: 'tooManySlashes' })
  const number = parts[0]!
  const year = parts.length === 3 ? parts[1]! : undefined
  const symbol = parts[parts.length - 1]!

  if (number === '') return refuse({ code: 'noNumber' })
  if (!/^\d+$/.test(number)) return refuse({ code: 'notDigits', character: [...number].find((char) => !/\d/.test(char))! })
  if (year !== undefined && !/^\d{4}$/.test(year)) return refuse({ code: 'year', year })
  if (symbol === '') return refuse({ code: 'noSymbol' })

  const segments = symbol.split('-')
  for (const segment of segments) {
    const bad = [...segment].find((char) => !/[\p{L}\p{N}]/u.test(char))
    if (bad !== undefined) return refuse({ code: 'symbolCharacter', character: bad })
  }
  const type = knownType(segments[0]!)
  const issuerSegments = type === undefined ? segments : segments.slice(1)
  if (issuerSegments.length === 0 || issuerSegments.every((segment) => segment === '')) {
    return refuse({ code: 'noIssuer' })
  }
  if (issuerSegments.some((segment) => segment === '')) return refuse({ code: 'strayDash' })

  // Case is kept (`TTg` is real); an issuer typed all in lowercase is taken as meant in capitals.
  const written = issuerSegments.join('-')
  const issuer = /\p{Lu}/u.test(written) ? written : written.toUpperCase()
  const value = `${number}/${year === undefined ? '' : `${year}/`}${type === undefined ? '' : `${type}-`}${issuer}`.normalize('NFC')
  return {
    ok: true,
    value,
    number,
    ...(year === undefined ? {} : { year }),
    ...(type === undefined ? {} : { type }),
    issuer: issuer.normalize('NFC'),
  }
}

/** The canonical form of a document number, or null when it does not read as one. */
export const normaliseDocumentNumber = (input: string): string | null => {
  const result = parseDocumentNumber(input)
  return result.ok ? result.value : null
}
