import type { OnlineLevel, ProcedureStatus } from './apiTypes.ts'

import { parsePage } from './pagination.ts'

export type SearchParams = Record<string, string | string[] | undefined>

/** The form's choices in the page's address, in words a reader can read back. */
export const onlineLevelChoices = {
  'toan-trinh': 'toan_trinh',
  'mot-phan': 'mot_phan',
  'khong-truc-tuyen': 'none',
} as const satisfies Record<string, OnlineLevel | 'none'>
export const statusChoices = { 'dang-cong-khai': 'active', 'sua-doi-bo-sung': 'amended', 'bai-bo': 'repealed' } as const satisfies Record<
  string,
  ProcedureStatus
>

/** What the search form holds, read from the address as the reader (or a plain GET form) left it. */
export type SearchForm = {
  q: string
  sector: string
  onlineLevel: keyof typeof onlineLevelChoices | ''
  status: keyof typeof statusChoices | ''
  page: number
}

export const pageSize = 20
/** The API's bounds on a search text. */
export const minQueryLength = 2
export const maxQueryLength = 200

export const firstValue = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))

const choice = <T extends string>(value: string, choices: Record<T, unknown>): T | '' => (Object.hasOwn(choices, value) ? (value as T) : '')

/** A value the form cannot hold (an unknown choice, a page that is not a number) reads as empty. */
export const readSearchForm = (params: SearchParams): SearchForm => ({
  q: firstValue(params.q).normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, maxQueryLength),
  sector: firstValue(params['linh-vuc']).normalize('NFC').trim().slice(0, maxQueryLength),
  onlineLevel: choice(firstValue(params['muc-do']), onlineLevelChoices),
  status: choice(firstValue(params['tinh-trang']), statusChoices),
  page: parsePage(params.trang),
})

/** The form's values in the page's address (for paging links). */
export const searchFormQuery = (form: SearchForm) => ({
  q: form.q,
  'linh-vuc': form.sector,
  'muc-do': form.onlineLevel,
  'tinh-trang': form.status,
})

/**
 * How to answer the form: the whole list when nothing is asked, the search endpoint's query when
 * something is, or a note when the text is too short for the search (one letter matches nearly
 * everything, and the API refuses it).
 */
export const searchRequest = (
  form: SearchForm,
): { kind: 'list'; page: number } | { kind: 'tooShort' } | { kind: 'search'; query: Record<string, string | number> } => {
  if (form.q && form.q.length < minQueryLength) return { kind: 'tooShort' }
  if (!form.q && !form.sector && !form.onlineLevel && !form.status) return { kind: 'list', page: form.page }
  const query: Record<string, string | number> = { limit: pageSize, page: form.page }
  if (form.q) query.q = form.q
  if (form.sector) query.sector = form.sector
  if (form.onlineLevel) query.onlineLevel = onlineLevelChoices[form.onlineLevel]
  if (form.status) query.status = statusChoices[form.status]
  return { kind: 'search', query }
}
