/** Procedure codes: the short national form and the provincial long form, read tolerantly. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { isProcedureCode, parseProcedureCode, type ProcedureCodeProblem } from '../src/lib/procedureCode.ts'
import { procedureCodeMessage } from '../src/translations/legalProblems.ts'
import { inBothLanguages } from './helpers/languages.ts'

/** The refusal as a person reads it, in Vietnamese and in English. */
const wording = (problem: ProcedureCodeProblem) => inBothLanguages((from) => procedureCodeMessage(from, problem))

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n })
const shortCode = fc.tuple(digits(1), digits(6)).map(([a, b]) => `${a}.${b}`)
const agency = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), digits(2))
  .map(([letter, n]) => `${letter}${n}`)
const longCode = fc
  .tuple(shortCode, digits(3), digits(2), digits(2), agency)
  .map((parts) => ({ short: parts[0], full: parts.join('.') }))

const isBilingualRefusal = (message: string) => {
  expect(message).toMatch(/Mã thủ tục|Thiếu mã thủ tục/)
  expect(message).toMatch(/procedure code/)
  expect(message).toContain(' / ')
}

describe('parseProcedureCode', () => {
  it.each([
    ['1.000894', '1.000894', undefined],
    ['2.000806', '2.000806', undefined],
    ['3.000181', '3.000181', undefined],
    ['1.000894.000.00.00.H29', '1.000894', '1.000894.000.00.00.H29'],
    ['2.002165.000.00.00.H29', '2.002165', '2.002165.000.00.00.H29'],
    ['1.001612.000.00.00.H42', '1.001612', '1.001612.000.00.00.H42'],
    ['  1.000894  ', '1.000894', undefined],
    ['1. 000894', '1.000894', undefined],
    ['1.000894.000.00.00.h29', '1.000894', '1.000894.000.00.00.H29'],
    [' 1.000894 .000.00.00. H29\t', '1.000894', '1.000894.000.00.00.H29'],
    ['１．０００８９４', '1.000894', undefined],
    ['1,000894', '1.000894', undefined],
  ])('%j -> %s %s', (input, code, fullCode) => {
    const result = parseProcedureCode(input)
    expect(result).toEqual(fullCode ? { ok: true, code, fullCode } : { ok: true, code })
    expect(isProcedureCode(input)).toBe(true)
  })

  it.each([
    '',
    '   ',
    '1000894',
    '1.00894',
    '12.000894',
    '1.0008945',
    'A.000894',
    '1.000894.000.00.00',
    '1.000894.000.00.00.H2',
    '1.000894.000.00.00.29',
    '1.000894.00.00.00.H29',
    '1.000894-000-00-00-H29',
    'thủ tục 1.000894',
  ])('refuses %j', (input) => {
    const result = parseProcedureCode(input)
    expect(result.ok).toBe(false)
    if (!result.ok) isBilingualRefusal(wording(result.problem))
    expect(isProcedureCode(input)).toBe(false)
  })

  it('says what is missing for an empty cell', () => {
    const result = parseProcedureCode(' ')
    expect(result).toEqual({ ok: false, problem: { code: 'missing' } })
    if (!result.ok) expect(wording(result.problem)).toMatch(/^Thiếu mã thủ tục\..* \/ Missing procedure code\./)
  })

  it('hints at the spreadsheet when a code lost its trailing zeros', () => {
    const result = parseProcedureCode('1.00089')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(wording(result.problem)).toContain('Văn bản (Text)')
      expect(wording(result.problem)).toContain('format the column as Text')
    }
  })

  it('quotes the input, shortened, in the refusal', () => {
    const result = parseProcedureCode(`x${'9'.repeat(100)}`)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(wording(result.problem)).toContain(`«x${'9'.repeat(39)}…»`)
      expect(wording(result.problem).length).toBeLessThan(400)
    }
  })
})

describe('parseProcedureCode properties', () => {
  it('reads every short code as itself, stably', () => {
    fc.assert(
      fc.property(shortCode, (code) => {
        expect(parseProcedureCode(code)).toEqual({ ok: true, code })
      }),
    )
  })

  it('reads every long code into its short part and itself, stably', () => {
    fc.assert(
      fc.property(longCode, ({ short, full }) => {
        const result = parseProcedureCode(full)
        expect(result).toEqual({ ok: true, code: short, fullCode: full })
        if (!result.ok) return
        expect(parseProcedureCode(result.fullCode!)).toEqual(result)
        expect(parseProcedureCode(result.code)).toEqual({ ok: true, code: short })
      }),
    )
  })

  it('reads spacing and case variants of a long code as the code', () => {
    const spaces = fc.constantFrom('', ' ', '  ', '\t', '\u00a0')
    fc.assert(
      fc.property(longCode, fc.array(spaces, { minLength: 40, maxLength: 40 }), fc.boolean(), ({ short, full }, pads, lower) => {
        const text = lower ? full.toLowerCase() : full
        const spaced = [...text].map((char, i) => `${pads[i]}${char}`).join('') + pads[39]
        expect(parseProcedureCode(spaced)).toEqual({ ok: true, code: short, fullCode: full })
      }),
    )
  })

  it('never throws, and refuses with a bilingual message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const result = parseProcedureCode(text)
        if (result.ok) expect(result.code).toMatch(/^\d\.\d{6}$/)
        else isBilingualRefusal(wording(result.problem))
      }),
      { numRuns: 500 },
    )
  })

  it('refuses codes with the wrong number of digits', () => {
    const wrong = fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 9 }))
      .filter(([head, tail]) => head !== 1 || tail !== 6)
      .chain(([head, tail]) => fc.tuple(digits(head), digits(tail)).map(([a, b]) => `${a}.${b}`))
    fc.assert(
      fc.property(wrong, (text) => {
        const result = parseProcedureCode(text)
        expect(result.ok).toBe(false)
        if (!result.ok) isBilingualRefusal(wording(result.problem))
      }),
    )
  })
})
