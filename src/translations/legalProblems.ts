import type { DocumentNumberProblem } from '../lib/documentNumber.ts'
import type { ProcedureCodeProblem } from '../lib/procedureCode.ts'

import { t, type Translator } from './translate.ts'

const documentNumberReasons = {
  empty: 'documentNumberEmpty',
  noSlash: 'documentNumberNoSlash',
  tooManySlashes: 'documentNumberTooManySlashes',
  noNumber: 'documentNumberNoNumber',
  notDigits: 'documentNumberNotDigits',
  year: 'documentNumberYear',
  noSymbol: 'documentNumberNoSymbol',
  symbolCharacter: 'documentNumberSymbolCharacter',
  noIssuer: 'documentNumberNoIssuer',
  strayDash: 'documentNumberStrayDash',
} as const satisfies Record<DocumentNumberProblem['code'], string>

/** Why a document number was refused, with the form it should take, in the language of `from`. */
export const documentNumberMessage = (from: Translator, problem: DocumentNumberProblem): string => {
  let reason: string
  if (problem.code === 'notDigits' || problem.code === 'symbolCharacter') {
    const found = /\s/u.test(problem.character) ? t(from, 'characterSpace') : t(from, 'characterNamed', { character: problem.character })
    reason = t(from, documentNumberReasons[problem.code], { found })
  } else if (problem.code === 'year') reason = t(from, 'documentNumberYear', { year: problem.year })
  else reason = t(from, documentNumberReasons[problem.code])
  return t(from, 'documentNumberInvalid', { reason, expected: t(from, 'documentNumberExpected') })
}

/** Why a procedure code was refused, with the form it should take, in the language of `from`. */
export const procedureCodeMessage = (from: Translator, problem: ProcedureCodeProblem): string => {
  const expected = t(from, 'procedureCodeExpected')
  if (problem.code === 'missing') return t(from, 'procedureCodeMissing', { expected })
  return t(from, problem.code === 'shortened' ? 'procedureCodeShortened' : 'procedureCodeInvalid', { input: problem.input, expected })
}
