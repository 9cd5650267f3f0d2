/**
 * What the public site sends the API on a citizen's behalf (a rating, feedback) and how it reads
 * the answers, the documents list's form, and the radio's week: pure helpers of `app/(site)/_lib`.
 */
import { describe, expect, it } from 'vitest'

import { fieldErrorsOf, messageOf } from '../app/(site)/_lib/apiClient.ts'
import { documentFormQuery, documentSearchQuery, documentTitle, documentYears, readDocumentForm } from '../app/(site)/_lib/documentSearch.ts'
import { feedbackErrorsOf, readFeedbackForm, readTrackingCode } from '../app/(site)/_lib/feedbackForm.ts'
import { formatSeconds, weekdayOf, weekOf } from '../app/(site)/_lib/radioDays.ts'
import { describeSummary, ratingOutcomeOf, ratingPath, readRatingForm, readRatingTarget } from '../app/(site)/_lib/ratingForm.ts'
import { routes } from '../app/(site)/_lib/routes.ts'
import { visitorHeaders } from '../app/(site)/_lib/visitorHeaders.ts'

const form = (entries: Record<string, string | undefined>) => new Map(Object.entries(entries)) as unknown as { get: (name: string) => unknown }

describe('the rating form', () => {
  it('sends a whole score 1–5 and a trimmed comment, to the target’s path', () => {
    expect(readRatingForm(form({ score: '4', comment: '  Dễ hiểu.  ' }))).toEqual({ score: 4, comment: 'Dễ hiểu.' })
    expect(readRatingForm(form({ score: '5', comment: '   ' }))).toEqual({ score: 5 })
    expect(readRatingForm(form({ score: '5', comment: 'ả'.repeat(1500) }))!.comment).toHaveLength(1000)
    for (const score of ['', '0', '6', '4.5', ' 3', 'năm']) expect(readRatingForm(form({ score })), score).toBeNull()
    expect(readRatingTarget(form({ kind: 'post', id: '12' }))).toEqual({ kind: 'post', id: 12 })
    expect(readRatingTarget(form({ kind: 'service' }))).toEqual({ kind: 'service' })
    for (const bad of [{ kind: 'post', id: '0' }, { kind: 'post', id: '1; drop' }, { kind: 'users', id: '1' }, { kind: 'procedure' }])
      expect(readRatingTarget(form(bad)), JSON.stringify(bad)).toBeNull()
    expect(ratingPath({ kind: 'post', id: 12 })).toBe('/api/cchc-posts/12/rating')
    expect(ratingPath({ kind: 'procedure', id: 7 })).toBe('/api/procedures/7/rating')
    expect(ratingPath({ kind: 'service' })).toBe('/api/cchc/service-rating')
  })

  it('tells the reader what the API answered, and the mean as Vietnamese write it', () => {
    expect([201, 409, 429, 400, 403, 404, 500, 0].map(ratingOutcomeOf)).toEqual([
      'thanks',
      'repeated',
      'throttled',
      'invalid',
      'unavailable',
      'unavailable',
      'unavailable',
      'unavailable',
    ])
    expect(describeSummary({ count: 1234, mean: 4.25 })).toBe('Điểm trung bình 4,3 / 5 (1.234 lượt đánh giá).')
    expect(describeSummary({ count: 0, mean: null })).toBe('Chưa có lượt đánh giá nào.')
    expect(describeSummary(null)).toBe('Chưa có lượt đánh giá nào.')
  })
})

describe('what the site forwards of the citizen’s request', () => {
  it('the address chain and user agent it arrived with, in Vietnamese; nothing it did not get', () => {
    const incoming = new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.2', 'user-agent': 'Mozilla/5.0 Firefox/130.0', cookie: 'payload-token=secret' })
    expect(visitorHeaders(incoming)).toEqual({ 'Accept-Language': 'vi', 'X-Forwarded-For': '203.0.113.7, 10.0.0.2', 'User-Agent': 'Mozilla/5.0 Firefox/130.0' })
    expect(visitorHeaders(new Headers())).toEqual({ 'Accept-Language': 'vi' })
  })
})

describe('the feedback form', () => {
  it('sends what was typed, trimmed; a filled honeypot goes to the API, which refuses it', () => {
    const typed = readFeedbackForm(form({ category: 'question', subject: ' Hỏi ', content: 'Nội dung', contactPhone: '', website: '' }))
    expect(typed.body).toEqual({ category: 'question', subject: 'Hỏi', content: 'Nội dung' })
    expect(readFeedbackForm(form({ subject: 'A', website: 'http://spam.example' })).body).toEqual({ subject: 'A', website: 'http://spam.example' })
  })

  it('puts each message of the API’s 400 beside its field, the rest at the top', () => {
    const body = {
      errors: [
        {
          message: 'Có lỗi',
          data: {
            errors: [
              { path: 'content', message: 'Trường này là bắt buộc.' },
              { path: 'contactPhone', message: 'Cần số điện thoại hoặc thư điện tử / Phone or e-mail needed' },
              { path: 'content', message: 'second message for the same field' },
            ],
          },
        },
      ],
    }
    const fields = fieldErrorsOf(body)
    expect(fields).toEqual({ content: 'Trường này là bắt buộc.', contactPhone: 'Cần số điện thoại hoặc thư điện tử' })
    expect(feedbackErrorsOf(400, fields, messageOf(body))).toEqual(fields)
    expect(feedbackErrorsOf(400, { website: 'Không hợp lệ' }, 'Có lỗi')).toEqual({ form: 'Không hợp lệ' })
    expect(feedbackErrorsOf(400, {}, 'Có lỗi')).toEqual({ form: 'Có lỗi' })
    expect(feedbackErrorsOf(429, {}, 'Xin thử lại sau 60 phút')).toEqual({ form: 'Xin thử lại sau 60 phút' })
    expect(feedbackErrorsOf(500, {}, 'stack')).toEqual({ form: expect.stringContaining('Chưa gửi được') })
    expect(fieldErrorsOf(null)).toEqual({})
    expect(messageOf({ errors: [{ message: 'Không tìm thấy / Not found' }] })).toBe('Không tìm thấy')
  })

  it('reads a tracking code however it is typed, and links to its lookup', () => {
    expect(readTrackingCode(' pa 2026 000123 ')).toBe('PA-2026-000123')
    expect(readTrackingCode(['PA-2026-000123', 'x'])).toBe('PA-2026-000123')
    for (const bad of [undefined, '', '   ', 'PA/2026', '<script>', 'A'.repeat(41)]) expect(readTrackingCode(bad), String(bad)).toBeNull()
    expect(routes.feedbackTrack('PA-2026-000123')).toBe('/cai-cach-hanh-chinh/phan-anh-kien-nghi/tra-cuu?ma=PA-2026-000123')
  })
})

describe('the documents list', () => {
  it('reads the site’s query and asks the document search in its words', () => {
    const read = readDocumentForm({ q: '  42   kh ubnd ', loai: 'ke-hoach', nam: '2026', trang: '2' })
    expect(read).toEqual({ q: '42 kh ubnd', kind: 'ke-hoach', year: 2026, page: 2 })
    expect(documentSearchQuery(read)).toEqual({ q: '42 kh ubnd', kind: 'plan', year: 2026, limit: 20, page: 2 })
    expect(documentFormQuery(read)).toEqual({ q: '42 kh ubnd', loai: 'ke-hoach', nam: 2026 })
  })

  it('leaves out what the API would refuse: a one-letter search, an unknown kind, a year out of range, a page too deep', () => {
    const read = readDocumentForm({ q: 'k', loai: 'sac-lenh', nam: '1899', trang: '999' })
    expect(read).toMatchObject({ kind: '', year: null })
    expect(documentSearchQuery(read)).toEqual({ limit: 20, page: 50 })
    expect(documentSearchQuery(readDocumentForm({}))).toEqual({ limit: 20, page: 1 })
  })

  it('names a document by kind and number, and offers the years back to 2015', () => {
    expect(documentTitle({ kind: 'plan', number: '42/KH-UBND' })).toBe('Kế hoạch số 42/KH-UBND')
    expect(documentTitle({ kind: 'dispatch', number: null })).toBe('Công văn')
    expect(documentTitle({ kind: 'something-new', number: '1/X' })).toBe('Văn bản số 1/X')
    expect(documentYears(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015])
  })
})

describe('the radio’s week', () => {
  it('runs Monday to Sunday, whatever day it is asked on', () => {
    expect(weekOf('2026-11-30')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' })
    expect(weekOf('2026-12-06')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' })
    expect(weekOf('2027-01-01')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' })
    expect(weekdayOf('2026-11-30')).toBe('Thứ Hai, 30/11/2026')
    expect(weekdayOf('2026-12-06')).toBe('Chủ nhật, 06/12/2026')
    expect([0, 45, 60, 754].map(formatSeconds)).toEqual(['0 giây', '45 giây', '1 phút', '12 phút 34 giây'])
  })
})
