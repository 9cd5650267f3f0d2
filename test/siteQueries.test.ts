/**
 * What the public site reads from its own address (the search form, the changes' range, the
 * page) and how it asks the API: tolerant of anything typed, never a request the API refuses.
 */
import { describe, expect, it } from 'vitest'

import { readChangesFilter } from '../app/(site)/_lib/changesFilter.ts'
import { pageLinks, parsePage } from '../app/(site)/_lib/pagination.ts'
import { readSearchForm, searchFormQuery, searchRequest } from '../app/(site)/_lib/procedureSearch.ts'
import { routes, withQuery } from '../app/(site)/_lib/routes.ts'
import { shareLinks } from '../app/(site)/_lib/shareLinks.ts'

describe('the procedure search form', () => {
  it('reads the form and asks the search endpoint in its own words', () => {
    const form = readSearchForm({
      q: '  dang   ky khai sinh ',
      'linh-vuc': 'Hộ tịch',
      'muc-do': 'toan-trinh',
      'tinh-trang': 'dang-cong-khai',
      trang: '2',
    })
    expect(form).toEqual({ q: 'dang ky khai sinh', sector: 'Hộ tịch', onlineLevel: 'toan-trinh', status: 'dang-cong-khai', page: 2 })
    expect(searchRequest(form)).toEqual({
      kind: 'search',
      query: { q: 'dang ky khai sinh', sector: 'Hộ tịch', onlineLevel: 'toan_trinh', status: 'active', limit: 20, page: 2 },
    })
    expect(searchRequest(readSearchForm({ 'muc-do': 'khong-truc-tuyen' }))).toMatchObject({ query: { onlineLevel: 'none' } })
  })

  it('lists every procedure when nothing is asked, and does not send a one-letter search', () => {
    expect(searchRequest(readSearchForm({}))).toEqual({ kind: 'list', page: 1 })
    expect(searchRequest(readSearchForm({ q: 'a' }))).toEqual({ kind: 'tooShort' })
  })

  it('reads what it cannot use as empty: unknown choices, repeated fields, bad pages, text past 200 characters', () => {
    const form = readSearchForm({ q: ['ket hon', 'khai tu'], 'muc-do': 'cap-4', 'tinh-trang': 'constructor', trang: '-3' })
    expect(form).toEqual({ q: 'ket hon', sector: '', onlineLevel: '', status: '', page: 1 })
    expect(readSearchForm({ q: 'x'.repeat(500) }).q).toHaveLength(200)
  })

  it('keeps text composed (NFC), as the API stores it', () => {
    expect(readSearchForm({ q: 'Hộ tịch'.normalize('NFD') }).q).toBe('Hộ tịch'.normalize('NFC'))
  })

  it('puts the form back in the address for paging, leaving empty fields and page 1 out', () => {
    const form = readSearchForm({ q: 'khai sinh', 'muc-do': 'mot-phan' })
    expect(withQuery(routes.procedures, { ...searchFormQuery(form), trang: 1 })).toBe(
      '/cai-cach-hanh-chinh/thu-tuc?q=khai+sinh&muc-do=mot-phan',
    )
    expect(withQuery(routes.procedures, { ...searchFormQuery(form), trang: 3 })).toBe(
      '/cai-cach-hanh-chinh/thu-tuc?q=khai+sinh&muc-do=mot-phan&trang=3',
    )
  })
})

describe('the recent changes’ range', () => {
  const today = '2026-11-30'

  it('is the last year by default', () => {
    expect(readChangesFilter({}, today)).toEqual({ from: '2025-11-30', to: '2026-11-30', kind: '', problem: null })
  })

  it('takes the days and kind the reader picked', () => {
    expect(readChangesFilter({ 'tu-ngay': '2026-01-01', 'den-ngay': '2026-06-30', loai: 'bai-bo' }, today)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      kind: 'bai-bo',
      problem: null,
    })
    expect(readChangesFilter({ 'tu-ngay': '2026-10-01' }, today)).toMatchObject({ from: '2026-10-01', to: today })
  })

  it('falls back to the last year, saying so, for a day that is not one or a range that runs backwards', () => {
    expect(readChangesFilter({ 'tu-ngay': '2026-02-30' }, today)).toMatchObject({
      from: '2025-11-30',
      to: today,
      problem: expect.stringContaining('không hợp lệ'),
    })
    expect(readChangesFilter({ 'tu-ngay': '2026-06-01', 'den-ngay': '2026-01-01' }, today)).toMatchObject({
      from: '2025-11-30',
      problem: expect.stringContaining('sau ngày kết thúc'),
    })
    expect(readChangesFilter({ loai: 'xoa-het' }, today).kind).toBe('')
  })
})

describe('paging', () => {
  it('reads a page number, or 1', () => {
    expect(parsePage('3')).toBe(3)
    for (const bad of ['0', '-1', 'abc', '2.5', '99999', undefined]) expect(parsePage(bad)).toBe(1)
    expect(parsePage(['4', '5'])).toBe(4)
  })

  it('shows the first, the last and the current page’s neighbours, with gaps', () => {
    expect(pageLinks(1, 1)).toEqual([])
    expect(pageLinks(1, 3)).toEqual([1, 2, 3])
    expect(pageLinks(5, 10)).toEqual([1, null, 4, 5, 6, null, 10])
    expect(pageLinks(1, 10)).toEqual([1, 2, null, 10])
    expect(pageLinks(3, 10)).toEqual([1, 2, 3, 4, null, 10])
  })
})

describe('share links', () => {
  it('are plain links with the page’s address and title encoded', () => {
    const links = shareLinks('https://xa.example.gov.vn/cai-cach-hanh-chinh/bai-viet/a?b=1', 'Đăng ký & nộp')
    expect(links.map((link) => link.name)).toEqual(['Facebook', 'X', 'Thư điện tử'])
    expect(new URL(links[0]!.href).searchParams.get('u')).toBe('https://xa.example.gov.vn/cai-cach-hanh-chinh/bai-viet/a?b=1')
    expect(new URL(links[1]!.href).searchParams.get('text')).toBe('Đăng ký & nộp')
    expect(links[2]!.href).toBe(
      'mailto:?subject=%C4%90%C4%83ng%20k%C3%BD%20%26%20n%E1%BB%99p&body=https%3A%2F%2Fxa.example.gov.vn%2Fcai-cach-hanh-chinh%2Fbai-viet%2Fa%3Fb%3D1',
    )
  })
})
