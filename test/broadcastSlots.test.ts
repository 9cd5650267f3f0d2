/** The radio's pure rules: slot times, weekdays and exceptions, overlap, local instants, lengths, exports. */
import { Parser } from 'm3u8-parser'
import { describe, expect, it } from 'vitest'

import {
  formatLength,
  instantOf,
  isDay,
  readingSeconds,
  runsOn,
  slotSeconds,
  slotsOverlap,
  slotTimesProblem,
  weekdayOf,
  wordCount,
} from '../src/lib/broadcastSlots.ts'
import { isProgrammeTransition, keepsToProposals } from '../src/lib/broadcastWorkflow.ts'
import { type ExportProgramme, runSheetHtml, tallyAired, toM3u8 } from '../src/lib/radioExports.ts'
import { addDays, buildWeek, mondayOf } from '../src/lib/radioWeek.ts'
import { idOf } from '../src/lib/relationId.ts'

describe('slots', () => {
  it('refuses malformed times and an end that is not after the start', () => {
    expect(slotTimesProblem({ startTime: '05:30', endTime: '06:00' })).toBeNull()
    expect(slotTimesProblem({ startTime: '5:30', endTime: '06:00' })).toBe('badStart')
    expect(slotTimesProblem({ startTime: '05:30', endTime: '24:00' })).toBe('badEnd')
    expect(slotTimesProblem({ startTime: '17:30', endTime: '17:00' })).toBe('endNotAfterStart')
    expect(slotTimesProblem({ startTime: '17:00', endTime: '17:00' })).toBe('endNotAfterStart')
  })

  it('measures a slot in seconds', () => {
    expect(slotSeconds({ startTime: '05:30', endTime: '06:00' })).toBe(1800)
    expect(slotSeconds({ startTime: '17:00', endTime: '18:00' })).toBe(3600)
  })

  it('knows the weekday of a calendar day and skips exceptions', () => {
    expect(weekdayOf('2026-12-01')).toBe('tue')
    expect(weekdayOf('2026-12-06')).toBe('sun')
    const weekdaysOnly = { startTime: '05:30', endTime: '06:00', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], exceptions: [{ day: '2026-12-02' }] }
    expect(runsOn(weekdaysOnly, '2026-12-01')).toBe(true)
    expect(runsOn(weekdaysOnly, '2026-12-02')).toBe(false)
    expect(runsOn(weekdaysOnly, '2026-12-05')).toBe(false)
    expect(runsOn({ startTime: '05:30', endTime: '06:00', weekdays: [] }, '2026-12-05')).toBe(true)
  })

  it('finds overlaps only on a common weekday, and touching slots do not overlap', () => {
    const morning = { startTime: '05:30', endTime: '06:00' }
    expect(slotsOverlap(morning, { startTime: '05:45', endTime: '06:15' })).toBe(true)
    expect(slotsOverlap(morning, { startTime: '06:00', endTime: '06:30' })).toBe(false)
    expect(slotsOverlap({ ...morning, weekdays: ['sat'] }, { startTime: '05:00', endTime: '07:00', weekdays: ['sun'] })).toBe(false)
    expect(slotsOverlap({ ...morning, weekdays: ['sat'] }, { startTime: '05:00', endTime: '07:00' })).toBe(true)
  })

  it('places a slot in the commune’s time zone whatever the server’s', () => {
    // 05:30 in Hanoi (UTC+7) is 22:30 UTC the day before.
    expect(instantOf('2026-12-01', '05:30').toISOString()).toBe('2026-11-30T22:30:00.000Z')
    expect(instantOf('2026-07-01', '17:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T15:00:00.000Z')
    expect(isDay('2026-02-29')).toBe(false)
    expect(isDay('2028-02-29')).toBe(true)
  })
})

describe('lengths', () => {
  it('writes lengths as mm:ss, rounding seconds up', () => {
    expect(formatLength(205)).toBe('03:25')
    expect(formatLength(0.2)).toBe('00:01')
    expect(formatLength(4500)).toBe('75:00')
  })

  it('counts Vietnamese words (syllables) and times a script at the pace', () => {
    const text = 'Xin chào bà con xã Thanh Miện — thủ tục mới từ ngày 1/12.'
    expect(wordCount(text)).toBe(13)
    expect(readingSeconds(text, 120)).toBe(7)
    expect(readingSeconds('một hai ba', 140)).toBe(2)
  })
})

describe('programme workflow', () => {
  it('goes planned → aired | cancelled, and cancelled back to planned only', () => {
    expect(isProgrammeTransition('planned', 'aired')).toBe(true)
    expect(isProgrammeTransition('planned', 'cancelled')).toBe(true)
    expect(isProgrammeTransition('cancelled', 'planned')).toBe(true)
    expect(isProgrammeTransition('aired', 'planned')).toBe(false)
    expect(isProgrammeTransition('aired', 'cancelled')).toBe(false)
    expect(isProgrammeTransition('cancelled', 'aired')).toBe(false)
  })

  it('lets a contributor add and change only its own proposals', () => {
    const stored = [
      { id: 'a', kind: 'script', script: 'Tin của biên tập', unit: 1, itemState: 'accepted' },
      { id: 'b', kind: 'script', script: 'Đề xuất của MTTQ', unit: 6, itemState: 'proposed' },
    ]
    expect(keepsToProposals(stored, [...stored, { kind: 'script', script: 'Thêm' }], 6, idOf)).toBe(true)
    expect(keepsToProposals(stored, [stored[0]!, { ...stored[1]!, script: 'Sửa' }], 6, idOf)).toBe(true)
    expect(keepsToProposals(stored, [stored[1]!], 6, idOf)).toBe(false)
    expect(keepsToProposals(stored, [{ ...stored[0]!, script: 'Đổi' }, stored[1]!], 6, idOf)).toBe(false)
    expect(keepsToProposals(stored, [stored[0]!], 5, idOf)).toBe(false)
  })
})

const programme: ExportProgramme = {
  id: 1,
  title: 'Bản tin sáng · 01/12/2026 05:30',
  day: '2026-12-01',
  slot: { name: 'Bản tin sáng', startTime: '05:30', endTime: '06:00', seconds: 1800 },
  startsAt: '2026-11-30T22:30:00.000Z',
  endsAt: '2026-11-30T23:00:00.000Z',
  state: 'planned',
  timeZone: 'Asia/Ho_Chi_Minh',
  totalSeconds: 128,
  items: [
    { position: 1, kind: 'media', title: 'Lời chào\nbà con', unit: 'TTDVSNC', seconds: 2.011, url: 'https://xa.example/api/cchc-media/file/voice.mp3', script: null },
    { position: 2, kind: 'script', title: 'Thông báo <lịch> tiếp dân', unit: 'MTTQ', seconds: 66, url: null, script: 'Bà con & cử tri <b>lưu ý</b>' },
    { position: 3, kind: 'post', title: 'Dịch vụ công', unit: 'VP', seconds: 60, url: 'https://xa.example/api/cchc-media/file/dvc.m4a', script: null },
  ],
}

describe('exports', () => {
  it('writes an M3U8 that a parser reads back: audio items in order, with lengths and absolute URLs', () => {
    const text = toM3u8(programme)
    expect(text.startsWith('#EXTM3U\n')).toBe(true)
    const parser = new Parser()
    parser.push(text)
    parser.end()
    expect(parser.manifest.segments.map((segment) => [segment.duration, segment.uri, segment.title])).toEqual([
      [2, 'https://xa.example/api/cchc-media/file/voice.mp3', 'Lời chào bà con'],
      [60, 'https://xa.example/api/cchc-media/file/dvc.m4a', 'Dịch vụ công'],
    ])
  })

  it('escapes what it prints on the run sheet and shows the scripts in full', () => {
    const labels = { heading: 'Kịch bản', position: 'TT', item: 'Nội dung', kind: 'Loại', unit: 'Đơn vị', length: 'Thời lượng', total: 'Tổng', kinds: { post: 'Bài', media: 'Tệp', script: 'Đọc' } }
    const html = runSheetHtml(programme, labels, 'vi')
    expect(html).toContain('Thông báo &lt;lịch&gt; tiếp dân')
    expect(html).toContain('Bà con &amp; cử tri &lt;b&gt;lưu ý&lt;/b&gt;')
    expect(html).not.toContain('<b>lưu ý</b>')
    expect(html).toContain('01:06')
    expect(html).toContain('02:08 / 30:00')
  })

  it('tallies a unit’s accepted items and minutes', () => {
    const aired = [
      { items: [{ unit: 6, seconds: 90, itemState: 'accepted' }, { unit: { id: 6 }, seconds: 45, itemState: 'accepted' }, { unit: 1, seconds: 600, itemState: 'accepted' }] },
      { items: [{ unit: 6, seconds: 600, itemState: 'proposed' }, { unit: 6, seconds: 30, itemState: 'accepted' }] },
    ]
    expect(tallyAired(aired, 6)).toEqual({ radioItems: 3, radioMinutes: 3 })
    expect(tallyAired(aired, 2)).toEqual({ radioItems: 0, radioMinutes: 0 })
  })
})

describe('week view', () => {
  it('finds the Monday of a week, across a month and a year', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30')
    expect(mondayOf('2026-11-30')).toBe('2026-11-30')
    expect(mondayOf('2027-01-03')).toBe('2026-12-28')
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04')
  })

  it('puts each programme in its slot and day, and tells empty days from days off', () => {
    const slots = [
      { id: 1, startTime: '05:30', endTime: '06:00' },
      { id: 2, startTime: '17:00', endTime: '17:30', weekdays: ['sat', 'sun'], exceptions: [{ day: '2026-12-06' }] },
    ]
    const programme = { id: 9, slot: 2, day: '2026-12-05', programmeState: 'aired', totalSeconds: 600, itemCount: 3 }
    const rows = buildWeek(slots, [programme], '2026-11-30', (p) => idOf(p.slot))
    expect(rows.map((row) => row.cells.map((cell) => (cell.programme ? cell.programme.id : cell.runs ? 'empty' : 'off')))).toEqual([
      ['empty', 'empty', 'empty', 'empty', 'empty', 'empty', 'empty'],
      ['off', 'off', 'off', 'off', 'off', 9, 'off'],
    ])
  })
})
