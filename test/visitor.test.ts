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

describe('addWorkingDays', () => {
  it('skips weekends and holidays, not counting the day of receipt', async () => {
    const { addWorkingDays } = await import('../src/lib/workingDays.ts')
    // Friday 14 August 2026 + 10 working days: Friday 28 August.
    expect(addWorkingDays('2026-08-14', 10)).toBe('2026-08-28')
    // Received on a Saturday: Monday is the first working day.
    expect(addWorkingDays('2026-08-15', 1)).toBe('2026-08-17')
    // National Day, 2 September 2026 (a Wednesday), off.
    expect(addWorkingDays('2026-08-31', 3, ['2026-09-02'])).toBe('2026-09-04')
  })
})

describe('feedback workflow and tracking codes', () => {
  it('lets units draft and editors route, publish and close; codes read in any case', async () => {
    const { checkFeedbackTransition } = await import('../src/lib/feedbackWorkflow.ts')
    const { formatTrackingCode, normalizeTrackingCode } = await import('../src/lib/trackingCode.ts')
    expect(checkFeedbackTransition('received', 'routed', false)).toEqual({ ok: false, reason: 'editors-only' })
    expect(checkFeedbackTransition('routed', 'answered', false)).toEqual({ ok: true })
    expect(checkFeedbackTransition('answered', 'published', false)).toEqual({ ok: false, reason: 'editors-only' })
    expect(checkFeedbackTransition('answered', 'published', true)).toEqual({ ok: true })
    expect(checkFeedbackTransition('received', 'published', true)).toEqual({ ok: false, reason: 'not-a-transition' })
    expect(formatTrackingCode('PA', 2026, 123)).toBe('PA-2026-000123')
    expect(normalizeTrackingCode(' pa-2026-000123 ')).toBe('PA-2026-000123')
    expect(normalizeTrackingCode('PA-2026-12')).toBeNull()
    expect(normalizeTrackingCode("PA-2026-000123' or 1=1")).toBeNull()
  })
})

describe('barChart', () => {
  it('scales bars to a nice maximum and places them side by side', async () => {
    const { barChart, niceMax } = await import('../src/lib/barChart.ts')
    expect([0, 1, 3, 7, 10, 11, 240, 999].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 500, 1000])
    const chart = barChart([{ label: 'a', value: 5 }, { label: 'b', value: 10 }, { label: 'c', value: 0 }], { width: 300, height: 116, gap: 0, bottom: 16 })
    expect(chart.max).toBe(10)
    expect(chart.bars.map((bar) => [bar.x, bar.width, bar.height, bar.y])).toEqual([
      [0, 100, 50, 50],
      [100, 100, 100, 0],
      [200, 100, 0, 100],
    ])
  })
})
