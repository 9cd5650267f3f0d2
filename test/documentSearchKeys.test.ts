/** The keys a document is searched by, and the merge that pages two sorted lists as one. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { documentSearchKeys, mergePage, numberKey, queryNumberKey, queryWords } from '../src/lib/documentSearchKeys.ts'

describe('numberKey', () => {
  it.each(['42/KH-UBND', '42/kh-ubnd', '42 KH UBND', ' 42 / KH – UBND ', '42khubnd'])('reads "%s" as 42khubnd', (text) => {
    expect(numberKey(text)).toBe('42khubnd')
  })

  it('drops diacritics and the stroke of Đ', () => {
    expect(numberKey('367/QĐ-BNV')).toBe('367qdbnv')
    expect(numberKey('09/2019/NĐ-CP')).toBe('092019ndcp')
  })
})

describe('queryNumberKey', () => {
  it.each([
    ['Kế hoạch 42/KH-UBND', '42khubnd'],
    ['số 367/QD-BNV', '367qdbnv'],
    ['4110 VP NVKTGS', '4110vpnvktgs'],
  ])('reads the number in "%s"', (query, key) => {
    expect(queryNumberKey(query)).toBe(key)
  })

  it.each(['tuyên truyền cải cách', 'kế hoạch 2026', '42'])('leaves "%s" to the word search', (query) => {
    expect(queryNumberKey(query)).toBeNull()
  })
})

describe('documentSearchKeys', () => {
  it('folds number, summary, issuer and signer into one searchable text', () => {
    expect(documentSearchKeys({ number: '42/KH-UBND', summary: 'Tuyên truyền  CCHC', issuerName: 'UBND xã Thanh Miện', signer: 'Lê Anh Tuấn' })).toEqual({
      numberKey: '42khubnd',
      searchText: '42/kh-ubnd tuyen truyen cchc ubnd xa thanh mien le anh tuan',
      issuerKey: 'ubnd xa thanh mien',
    })
    expect(documentSearchKeys({ summary: 'Chưa vào số' })).toEqual({ numberKey: null, searchText: 'chua vao so', issuerKey: null })
    expect(queryWords(' Thủ   tục ')).toEqual(['thu', 'tuc'])
  })
})

describe('mergePage', () => {
  it('cuts every page of the merge of two sorted lists exactly as from the whole merge', () => {
    const sorted = fc.array(fc.integer({ min: 0, max: 50 })).map((values) => values.sort((a, b) => a - b))
    fc.assert(
      fc.property(sorted, sorted, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 20 }), (first, second, limit, page) => {
        const whole = [...first, ...second].sort((a, b) => a - b)
        expect(mergePage(first, second, (a, b) => a - b, page, limit)).toEqual(whole.slice((page - 1) * limit, page * limit))
      }),
    )
  })

  it('keeps the first list first among equals', () => {
    const first = [{ at: 1, from: 'a' }]
    const second = [{ at: 1, from: 'b' }]
    expect(mergePage(first, second, (x, y) => x.at - y.at, 1, 2).map((entry) => entry.from)).toEqual(['a', 'b'])
  })
})
