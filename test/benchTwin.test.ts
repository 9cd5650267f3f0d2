/** The raw-SQL twin of `npm run bench`: the parts that decide what it answers, without a server. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { benchOptions } from '../bench/benchOptions.ts'
import { jsonDifferences } from '../bench/jsonDifferences.ts'
import { containsPattern, twinFold } from '../bench/twin/twinFold.ts'
import { paginated } from '../bench/twin/twinShapes.ts'
import { foldVietnamese } from '../src/lib/foldVietnamese.ts'

// Every Vietnamese letter, in both cases, in both Unicode forms (NFC and NFD) that keyboards send.
const vietnameseLetters = [...'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ']
const alphabet = [...vietnameseLetters, ...vietnameseLetters.map((letter) => letter.toUpperCase())].flatMap((letter) => [letter, letter.normalize('NFD')])

describe('the twin searches as the project does', () => {
  it('folds every Vietnamese letter as src/lib/foldVietnamese.ts does', () => {
    for (const letter of alphabet) expect(twinFold(letter), letter).toBe(foldVietnamese(letter))
    expect(twinFold('  Thủ tục ĐĂNG KÝ   kết hôn ')).toBe('thu tuc dang ky ket hon')
  })

  it('folds any text as the project does', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...alphabet, ' ', '\t', '\n', '-', '.'), fc.string({ unit: 'grapheme' })), { maxLength: 30 })
    fc.assert(fc.property(text, (parts) => twinFold(parts.join('')) === foldVietnamese(parts.join(''))), { numRuns: 2000 })
  })

  it('matches a word literally: LIKE wildcards in it match only themselves', () => {
    expect(containsPattern('dang')).toBe('%dang%')
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%')
  })
})

describe('the twin answers in Payload’s shape', () => {
  it('pages as Payload does, an empty result included', () => {
    expect(paginated([], 0, 10, 1)).toEqual({ docs: [], hasNextPage: false, hasPrevPage: false, limit: 10, nextPage: null, page: 1, pagingCounter: 1, prevPage: null, totalDocs: 0, totalPages: 1 })
    const middle = paginated([1, 2], 39, 12, 2)
    expect(Object.keys(middle)).toEqual(['docs', 'hasNextPage', 'hasPrevPage', 'limit', 'nextPage', 'page', 'pagingCounter', 'prevPage', 'totalDocs', 'totalPages'])
    expect(middle).toMatchObject({ hasNextPage: true, hasPrevPage: true, nextPage: 3, prevPage: 1, pagingCounter: 13, totalPages: 4 })
  })

  it('the comparison finds a changed value, a missing field and another key order', () => {
    expect(jsonDifferences({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toEqual([])
    expect(jsonDifferences({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual(['$: keys in another order (project: a, b; twin: b, a)'])
    expect(jsonDifferences({ docs: [{ id: 1, title: 'x' }] }, { docs: [{ id: 1 }] })).toEqual(['$.docs[0].title: missing in the twin (project: "x")'])
    expect(jsonDifferences({ n: 1 }, { n: '1' })).toEqual(['$.n: project 1, twin "1"'])
  })
})

describe('bench options', () => {
  it('small by default; --scale, BENCH_SCALE and npm’s --scale give the big run', () => {
    expect(benchOptions([], {})).toMatchObject({ scale: 1000, publishedPosts: 1000, draftPosts: 200, procedures: 200, rounds: 2, uncached: false, part: 'all' })
    const big = { scale: 10_000, publishedPosts: 10_000, draftPosts: 2_000, procedures: 2_000, rounds: 3, durationSeconds: 10 }
    expect(benchOptions(['--scale=10000'], {})).toMatchObject(big)
    expect(benchOptions([], { BENCH_SCALE: '10000' })).toMatchObject(big)
    expect(benchOptions([], { npm_config_scale: '10000' })).toMatchObject(big)
    expect(benchOptions(['--uncached', '--part=http'], {})).toMatchObject({ uncached: true, part: 'http' })
    expect(() => benchOptions(['--scale=lots'], {})).toThrow(/scale must be a whole number/)
  })
})
