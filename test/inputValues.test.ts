/** What a client's value must look like before it reaches PostgreSQL, without the database. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  dateProblem,
  hasNul,
  parseDocumentId,
  isLexicalDocument,
  jsonHasNul,
  maxSerialId,
  nestedDeeperThan,
  numberOf,
  numberProblem,
} from '../src/lib/inputValues.ts'

describe('dates', () => {
  it.each([
    ['2026-06-01', null],
    ['2026-06-01T08:00:00+07:00', null],
    ['2026-06-01T01:00:00.000Z', null],
    ['2024-02-29', null],
    ['2026-02-30', 'notADay'],
    ['2026-13-01', 'notADay'],
    ['2026-06-01T25:00:00Z', 'notADay'],
    ['99999-01-01', 'notIso'],
    ['+099999-01-01T00:00:00.000Z', 'notIso'],
    ['2026-W05-1', 'notIso'],
    ['01/06/2026', 'notIso'],
    ['1899-12-31', 'outOfRange'],
    ['2101-01-01', 'outOfRange'],
  ])('%s: %s', (value, problem) => {
    expect(dateProblem(value)).toBe(problem)
  })

  it('a number is not a date, whatever it counts (12345 was stored as 1970)', () => {
    expect(dateProblem(12345)).toBe('notIso')
    expect(dateProblem({ date: '2026-06-01' })).toBe('notIso')
    expect(dateProblem(new Date('2026-06-01T00:00:00Z'))).toBeNull()
    expect(dateProblem(new Date('invalid'))).toBe('notADay')
  })
})

describe('numbers', () => {
  it('reads JSON numbers and form numerals, nothing else', () => {
    expect(numberOf(12)).toBe(12)
    expect(numberOf(' 1.5 ')).toBe(1.5)
    expect(numberOf('1e3')).toBe(1000)
    expect(numberOf('')).toBeNull()
    expect(numberOf(null)).toBeNull()
    for (const value of ['abc', '12abc', '0x10', 'Infinity', true, {}, [1]]) expect(numberOf(value)).toBeUndefined()
  })

  it('counts are safe integers: 1.5 and 1e20 are not', () => {
    expect(numberProblem(3, { whole: true })).toBeNull()
    expect(numberProblem(1.5, { whole: true })).toBe('notWhole')
    expect(numberProblem(1.5, { whole: false })).toBeNull()
    expect(numberProblem(1e20, { whole: true })).toBe('tooLarge')
    expect(numberProblem(Number.MAX_SAFE_INTEGER + 2, { whole: false })).toBe('tooLarge')
    expect(numberProblem(Number.NaN, { whole: false })).toBe('notANumber')
  })
})

describe('ids', () => {
  it('a serial id is a whole number from 1 to 2^31 - 1, as a number or its digits', () => {
    expect(parseDocumentId(12, 'number')).toBe(12)
    expect(parseDocumentId('12', 'number')).toBe(12)
    expect(parseDocumentId(maxSerialId, 'number')).toBe(maxSerialId)
    for (const value of [0, -1, 1.5, maxSerialId + 1, 1e20, '99999999999999999999', 'abc', '', null, {}]) {
      expect(parseDocumentId(value, 'number'), String(value)).toBeUndefined()
    }
    expect(parseDocumentId('a\u0000b', 'text')).toBeUndefined()
    expect(parseDocumentId('abc', 'text')).toBe('abc')
  })
})

describe('rich text and JSON', () => {
  it('rich text is a Lexical document', () => {
    expect(isLexicalDocument({ root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } })).toBe(true)
    for (const value of ['hello', null, {}, { root: 'x' }, { root: { type: 'paragraph', children: [] } }, { root: { type: 'root', children: ['x'] } }]) {
      expect(isLexicalDocument(value)).toBe(false)
    }
  })

  it('finds a NUL byte in any string of a JSON value, keys included', () => {
    expect(hasNul('a\u0000')).toBe(true)
    expect(jsonHasNul({ a: [{ b: 'x\u0000' }] })).toBe(true)
    expect(jsonHasNul({ 'k\u0000': 1 })).toBe(true)
    expect(jsonHasNul({ a: [1, 'x', { b: null }] })).toBe(false)
  })

  it('measures nesting without recursing, 100,000 levels deep', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    expect(nestedDeeperThan(deep, 64)).toBe(true)
    expect(nestedDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false)
    expect(nestedDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true)
  })

  it('nesting is the number of arrays and objects around the deepest value, whatever their mix', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 80 }), (shape) => {
        const value = shape.reduce<unknown>((inner, asArray) => (asArray ? [inner] : { k: inner }), 'x')
        expect(nestedDeeperThan(value, 64)).toBe(shape.length > 64)
      }),
      { numRuns: 50 },
    )
  })
})
