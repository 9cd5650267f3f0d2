/** Vietnamese document numbers: read tolerantly, written back in one canonical form. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type DocumentNumberProblem, documentTypes, normaliseDocumentNumber, parseDocumentNumber } from '../src/lib/documentNumber.ts'
import { documentNumberMessage } from '../src/translations/legalProblems.ts'
import { t } from '../src/translations/translate.ts'
import { inBothLanguages } from './helpers/languages.ts'

/** The refusal as a person reads it, in Vietnamese and in English. */
const wording = (problem: DocumentNumberProblem) => inBothLanguages((from) => documentNumberMessage(from, problem))

describe('parseDocumentNumber', () => {
  it.each([
    ['367/QĐ-BNV', { number: '367', type: 'QĐ', issuer: 'BNV' }],
    ['247/QĐ-UBND', { number: '247', type: 'QĐ', issuer: 'UBND' }],
    ['42/KH-UBND', { number: '42', type: 'KH', issuer: 'UBND' }],
    ['3218/QĐ-UBND', { number: '3218', type: 'QĐ', issuer: 'UBND' }],
    ['4110/VP-NVKTGS', { number: '4110', issuer: 'VP-NVKTGS' }],
    ['09/2019/NĐ-CP', { number: '09', year: '2019', type: 'NĐ', issuer: 'CP' }],
    ['63/2010/NĐ-CP', { number: '63', year: '2010', type: 'NĐ', issuer: 'CP' }],
    ['92/2017/NĐ-CP', { number: '92', year: '2017', type: 'NĐ', issuer: 'CP' }],
    ['42/2022/NĐ-CP', { number: '42', year: '2022', type: 'NĐ', issuer: 'CP' }],
    ['224/2026/NĐ-CP', { number: '224', year: '2026', type: 'NĐ', issuer: 'CP' }],
    ['766/QĐ-TTg', { number: '766', type: 'QĐ', issuer: 'TTg' }],
    ['59/2020/QH14', { number: '59', year: '2020', issuer: 'QH14' }],
    ['1234/TTg-KGVX', { number: '1234', issuer: 'TTg-KGVX' }],
    ['15/TTr-UBND', { number: '15', type: 'TTr', issuer: 'UBND' }],
    ['12/HĐ-UBND', { number: '12', type: 'HĐ', issuer: 'UBND' }],
    ['05/HD-SNV', { number: '05', type: 'HD', issuer: 'SNV' }],
    ['01/NQ-HĐND', { number: '01', type: 'NQ', issuer: 'HĐND' }],
  ])('%s', (value, parts) => {
    expect(parseDocumentNumber(value)).toEqual({ ok: true, value, ...parts })
    expect(normaliseDocumentNumber(value)).toBe(value)
  })

  it.each([
    ['367 / QĐ - BNV', '367/QĐ-BNV'],
    ['  367/QĐ-BNV  ', '367/QĐ-BNV'],
    ['367/QD-BNV', '367/QĐ-BNV'],
    ['367/Qđ-BNV', '367/QĐ-BNV'],
    ['367/qđ-BNV', '367/QĐ-BNV'],
    ['367/qd-bnv', '367/QĐ-BNV'],
    ['367/QĐ–BNV', '367/QĐ-BNV'],
    ['367/QĐ—BNV', '367/QĐ-BNV'],
    ['367/QÐ-BNV', '367/QĐ-BNV'],
    ['367／QĐ－BNV', '367/QĐ-BNV'],
    ['Số 367/QĐ-BNV', '367/QĐ-BNV'],
    ['số: 367/QĐ-BNV', '367/QĐ-BNV'],
    ['09/2019/ND-CP', '09/2019/NĐ-CP'],
    ['09 / 2019 / nđ – CP', '09/2019/NĐ-CP'],
    ['766/qđ-TTg', '766/QĐ-TTg'],
    ['15/TTR-UBND', '15/TTr-UBND'],
    ['3218/QĐ-UBND'.normalize('NFD'), '3218/QĐ-UBND'],
    // HD stays hướng dẫn: it is not read as HĐ (hợp đồng).
    ['05/hd-SNV', '05/HD-SNV'],
  ])('%j -> %s', (input, value) => {
    expect(normaliseDocumentNumber(input)).toBe(value)
    const result = parseDocumentNumber(input)
    expect(result.ok && result.value).toBe(value)
  })

  it.each([
    ['', /: trống\. .* number: empty\./],
    ['367', /thiếu dấu «\/».* missing "\/"/],
    ['367 QĐ-BNV', /thiếu dấu «\/».* missing "\/"/],
    ['/QĐ-BNV', /thiếu số văn bản.* missing the number/],
    ['36a/QĐ-BNV', /chỉ gồm chữ số, có ký tự «a».* digits only, found the character "a"/],
    ['367/', /thiếu ký hiệu.* missing the symbol/],
    ['367/QĐ', /thiếu cơ quan ban hành.* missing the issuer/],
    ['367/QĐ-', /thiếu cơ quan ban hành.* missing the issuer/],
    ['367/QĐ-BNV-', /thừa dấu «-».* a stray "-"/],
    ['367/QĐ-B NV', /có khoảng trắng.* contains a space/],
    ['367/QĐ-BNV.', /có ký tự «\.».* contains the character "\."/],
    ['09/19/NĐ-CP', /năm «19» phải có 4 chữ số.* the year "19" must have 4 digits/],
    ['1/2/2019/NĐ-CP', /quá nhiều dấu «\/».* too many "\/"/],
  ])('refuses %j, saying why', (input, reason) => {
    const result = parseDocumentNumber(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const message = wording(result.problem)
    expect(message).toMatch(/^Số hiệu văn bản không hợp lệ: .* \/ Invalid document number: /)
    expect(message).toMatch(reason)
    expect(message).toContain('3218/QĐ-UBND')
    expect(normaliseDocumentNumber(input)).toBeNull()
  })

  it('explains the expected form in both languages, with an example', () => {
    expect(inBothLanguages((from) => t(from, 'documentNumberExpected'))).toMatch(/^Số hiệu văn bản có dạng .*3218\/QĐ-UBND.* \/ A document number reads .*3218\/QĐ-UBND/)
  })
})

describe('parseDocumentNumber properties', () => {
  const types = Object.keys(documentTypes)
  const digits = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max })
  const segment = fc.string({ unit: fc.constantFrom(...'ABCDEGHKLMNPQSTUVXĐ0123456789'), minLength: 1, maxLength: 6 })
  // A segment with a capital in it, sometimes with small letters too (`TTg`).
  const issuerSegment = fc
    .tuple(segment, fc.string({ unit: fc.constantFrom(...'gtr'), maxLength: 2 }))
    .map(([head, tail]) => head + tail)
    .filter((text) => /\p{Lu}/u.test(text))
  const isTypeLike = (text: string) => {
    const result = parseDocumentNumber(`1/${text}-X`)
    return result.ok && result.type !== undefined
  }
  const documentNumber = fc
    .record({
      number: digits(1, 5),
      year: fc.option(fc.integer({ min: 1945, max: 2099 }).map(String), { nil: undefined }),
      type: fc.option(fc.constantFrom(...types), { nil: undefined }),
      issuer: fc.array(issuerSegment, { minLength: 1, maxLength: 3 }),
    })
    // Without a type, an issuer whose first segment spells one would be read as that type.
    .filter(({ type, issuer }) => type !== undefined || !isTypeLike(issuer[0]!))
    .map((parts) => ({
      ...parts,
      value: `${parts.number}/${parts.year ? `${parts.year}/` : ''}${parts.type ? `${parts.type}-` : ''}${parts.issuer.join('-')}`,
    }))

  it('reads every valid number back as itself, with its parts, idempotently', () => {
    fc.assert(
      fc.property(documentNumber, ({ value, number, year, type, issuer }) => {
        const result = parseDocumentNumber(value)
        expect(result).toEqual({
          ok: true,
          value,
          number,
          ...(year ? { year } : {}),
          ...(type ? { type } : {}),
          issuer: issuer.join('-'),
        })
        if (result.ok) expect(parseDocumentNumber(result.value)).toEqual(result)
      }),
    )
  })

  it('reads spacing, dash and Đ variants as the canonical number', () => {
    const space = fc.constantFrom('', ' ', '  ', '\t')
    const dash = fc.constantFrom('-', '–', '—', '‐')
    fc.assert(
      fc.property(
        documentNumber.filter(({ type }) => type !== undefined),
        space,
        space,
        dash,
        fc.constantFrom('as is', 'lower', 'no stroke'),
        ({ value, number, year, type, issuer }, before, after, hyphen, spelling) => {
          let written = type!
          if (spelling === 'lower') written = type!.toLowerCase()
          // Đ may be dropped only where that spelling is no other type (HD, DA are types of their own).
          if (spelling === 'no stroke' && !types.includes(type!.replace(/Đ/g, 'D'))) written = type!.replace(/Đ/g, 'D')
          const variant = `${before}${number}${before}/${after}${year ? `${year}${after}/${before}` : ''}${written}${before}${hyphen}${after}${issuer.join(hyphen)}${after}`
          expect(normaliseDocumentNumber(variant)).toBe(value)
        },
      ),
    )
  })

  it('never throws, and refuses with a bilingual message', () => {
    const near = fc.string({ unit: fc.constantFrom(...'0123/-–QĐđDUBND gT. '), maxLength: 20 })
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), near), (text) => {
        const result = parseDocumentNumber(text)
        if (result.ok) {
          expect(result.value).toMatch(/^\d+\/(\d{4}\/)?[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u)
          expect(parseDocumentNumber(result.value)).toEqual(result)
        } else {
          expect(wording(result.problem)).toMatch(/^Số hiệu văn bản không hợp lệ: .* \/ Invalid document number: /)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
