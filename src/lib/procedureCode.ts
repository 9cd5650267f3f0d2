/**
 * Procedure codes (mã thủ tục hành chính) of the national database: the short national form
 * `1.000894` (digit, dot, six digits) and the long form provincial portals show,
 * `1.000894.000.00.00.H29` (the short form, `.000.00.00.`-style groups, then an agency code).
 */

export type ProcedureCodeResult =
  | {
      ok: true
      /** The short national form (`1.000894`): what procedures are keyed by. */
      code: string
      /** The long provincial form, normalised (`1.000894.000.00.00.H29`), when the input was one. */
      fullCode?: string
    }
  | { ok: false; message: string }

const shortForm = /^\d\.\d{6}$/
const longForm = /^(\d\.\d{6})\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/
// A spreadsheet in a comma-decimal locale shows `1.000894` as `1,000894`; nothing else reads so.
const commaShortForm = /^(\d),(\d{6})$/
// What is left of a code a spreadsheet took for a number and shortened (`1.000890` -> `1.00089`).
const shortenedNumber = /^\d[.,]\d{1,5}$/

const expectedVi = 'Mã thủ tục có dạng 1.000894 hoặc 1.000894.000.00.00.H29'
const expectedEn = 'A procedure code reads 1.000894 or 1.000894.000.00.00.H29'

/** The input as the message quotes it: short enough to read, control characters shown as `?`. */
const quote = (text: string): string => {
  const shown = text.replace(/\p{C}/gu, '?')
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown
}

/**
 * Reads a procedure code in either form. Tolerates what copying from a portal or a spreadsheet
 * leaves: surrounding and inner whitespace (`1. 000894`), full-width characters, a lowercase
 * agency code (`h29`) and a decimal comma (`1,000894`).
 */
export const parseProcedureCode = (input: string): ProcedureCodeResult => {
  const text = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase()
  if (text === '') {
    return { ok: false, message: `Thiếu mã thủ tục. ${expectedVi} / Missing procedure code. ${expectedEn}` }
  }
  if (shortForm.test(text)) return { ok: true, code: text }
  const comma = commaShortForm.exec(text)
  if (comma) return { ok: true, code: `${comma[1]}.${comma[2]}` }
  const long = longForm.exec(text)
  if (long) return { ok: true, code: long[1]!, fullCode: text }
  if (shortenedNumber.test(text)) {
    return {
      ok: false,
      message:
        `Mã thủ tục không hợp lệ: «${quote(input.trim())}». Có thể bảng tính đã đổi mã thành số và bỏ số 0 ở cuối: hãy định dạng cột là Văn bản (Text). ${expectedVi}` +
        ` / Invalid procedure code: "${quote(input.trim())}". A spreadsheet may have turned the code into a number and dropped its trailing zeros: format the column as Text. ${expectedEn}`,
    }
  }
  return {
    ok: false,
    message: `Mã thủ tục không hợp lệ: «${quote(input.trim())}». ${expectedVi} / Invalid procedure code: "${quote(input.trim())}". ${expectedEn}`,
  }
}

/** Whether the text reads as a procedure code in either form (with the same tolerance). */
export const isProcedureCode = (input: string): boolean => parseProcedureCode(input).ok
