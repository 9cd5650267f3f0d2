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
  | { ok: false; problem: ProcedureCodeProblem }

/**
 * Why a text is not a procedure code, the input quoted as a message shows it; `shortened`: it reads
 * like a code a spreadsheet took for a number and stripped of its trailing zeros.
 */
export type ProcedureCodeProblem = { code: 'missing' } | { code: 'invalid' | 'shortened'; input: string }

const shortForm = /^\d\.\d{6}$/
const longForm = /^(\d\.\d{6})\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/
// A spreadsheet in a comma-decimal locale shows `1.000894` as `1,000894`; nothing else reads so.
const commaShortForm = /^(\d),(\d{6})$/
// What is left of a code a spreadsheet took for a number and shortened (`1.000890` -> `1.00089`).
const shortenedNumber = /^\d[.,]\d{1,5}$/

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
  if (text === '') return { ok: false, problem: { code: 'missing' } }
  if (shortForm.test(text)) return { ok: true, code: text }
  const comma = commaShortForm.exec(text)
  if (comma) return { ok: true, code: `${comma[1]}.${comma[2]}` }
  const long = longForm.exec(text)
  if (long) return { ok: true, code: long[1]!, fullCode: text }
  return { ok: false, problem: { code: shortenedNumber.test(text) ? 'shortened' : 'invalid', input: quote(input.trim()) } }
}

/** Whether the text reads as a procedure code in either form (with the same tolerance). */
export const isProcedureCode = (input: string): boolean => parseProcedureCode(input).ok
