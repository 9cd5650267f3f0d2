import { describe, expect, it } from 'vitest'

import { isCurrent, parseIfMatch } from '../src/lib/ifMatch.ts'

describe('If-Match: the version a client edited', () => {
  const at = '2026-05-04T08:30:00.123Z'

  it('reads the updatedAt quoted, weak, bare, or several', () => {
    for (const value of [`"${at}"`, `W/"${at}"`, at, `"2026-01-01T00:00:00.000Z", "${at}"`, '2026-05-04T15:30:00.123+07:00']) {
      const declared = parseIfMatch(value)
      expect(declared !== 'invalid' && declared !== undefined && isCurrent(declared, at), value).toBe(true)
    }
    expect(parseIfMatch(new Date(at))).toEqual({ any: false, instants: [Date.parse(at)] })
  })

  it('* matches any version; none declared is undefined', () => {
    expect(parseIfMatch('*')).toEqual({ any: true })
    expect(parseIfMatch(undefined)).toBeUndefined()
    expect(parseIfMatch('')).toBeUndefined()
  })

  it('a different instant is stale, to the millisecond', () => {
    const declared = parseIfMatch('"2026-05-04T08:30:00.122Z"')
    expect(declared !== 'invalid' && declared !== undefined && isCurrent(declared, at)).toBe(false)
  })

  it('anything else is invalid: words, a day without a time, a local time without a zone, a number', () => {
    for (const value of ['yesterday', '"2026-05-04"', '2026-05-04T08:30:00', '2026-02-30T00:00:00Z x', 12345]) {
      expect(parseIfMatch(value), String(value)).toBe('invalid')
    }
  })
})
