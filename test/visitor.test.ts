/** The pure rules of readers' interest: who is a robot, the daily visitor hash, the ratings summary. */
import { describe, expect, it } from 'vitest'

import { summarizeRatings } from '../src/lib/ratings.ts'
import { isRobot, visitorHash } from '../src/lib/visitor.ts'

describe('isRobot', () => {
  it('refuses crawlers, scripts and an empty user agent, and lets browsers through', () => {
    for (const agent of ['Googlebot/2.1', 'Mozilla/5.0 (compatible; bingbot/2.0)', 'coccocbot-web/1.0', 'curl/8.5', 'Wget/1.21', 'python-requests/2.31', 'HeadlessChrome/120', 'Zalo-crawler', '', '   ', undefined]) {
      expect(isRobot(agent), String(agent)).toBe(true)
    }
    for (const agent of [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/130.0 Chrome/124 Mobile Safari/537.36',
    ]) {
      expect(isRobot(agent), agent).toBe(false)
    }
  })
})

describe('visitorHash', () => {
  const secret = 'a-secret-of-the-app'
  it('is the same within a day and changes with the day, the address, the browser and the secret', () => {
    const base = visitorHash(secret, '2026-08-15', '203.0.113.7', 'Firefox')
    expect(base).toMatch(/^[0-9a-f]{64}$/)
    expect(visitorHash(secret, '2026-08-15', '203.0.113.7', 'Firefox')).toBe(base)
    expect(visitorHash(secret, '2026-08-16', '203.0.113.7', 'Firefox')).not.toBe(base)
    expect(visitorHash(secret, '2026-08-15', '203.0.113.8', 'Firefox')).not.toBe(base)
    expect(visitorHash(secret, '2026-08-15', '203.0.113.7', 'Chrome')).not.toBe(base)
    expect(visitorHash('another-secret', '2026-08-15', '203.0.113.7', 'Firefox')).not.toBe(base)
    expect(base).not.toContain('203')
  })
})

describe('summarizeRatings', () => {
  it('counts, averages to two decimals and lists every score', () => {
    expect(summarizeRatings({})).toEqual({ count: 0, mean: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })
    expect(summarizeRatings({ 5: 2, 4: 1 })).toEqual({ count: 3, mean: 4.67, distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 2 } })
  })
})
