/**
 * The documents list's form (văn bản chỉ đạo điều hành): words or a number, a kind, a year, a
 * page, read from the site's own query string (`?q=42 kh ubnd&loai=ke-hoach&nam=2026&trang=2`) and
 * turned into the document search endpoint's query. Anything unreadable is left out, so the API
 * is never asked something it refuses.
 */
import { parsePage } from './pagination.ts'

export type DocumentKind = 'plan' | 'decision' | 'dispatch' | 'report' | 'notice' | 'guidance' | 'other'

/** Each kind by its name in the site's URL and as the reader reads it. */
export const documentKindChoices: { slug: string; kind: DocumentKind; label: string }[] = [
  { slug: 'ke-hoach', kind: 'plan', label: 'Kế hoạch' },
  { slug: 'quyet-dinh', kind: 'decision', label: 'Quyết định' },
  { slug: 'cong-van', kind: 'dispatch', label: 'Công văn' },
  { slug: 'bao-cao', kind: 'report', label: 'Báo cáo' },
  { slug: 'thong-bao', kind: 'notice', label: 'Thông báo' },
  { slug: 'huong-dan', kind: 'guidance', label: 'Hướng dẫn' },
  { slug: 'khac', kind: 'other', label: 'Văn bản khác' },
]

export const documentKindLabel = (kind: string | null | undefined): string =>
  documentKindChoices.find((choice) => choice.kind === kind)?.label ?? 'Văn bản'

export type DocumentForm = { q: string; kind: string; year: number | null; page: number }

type Params = Record<string, string | string[] | undefined>
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/** Years a reader may pick: this one back to 2015. */
export const documentYears = (thisYear: number): number[] => Array.from({ length: Math.max(1, thisYear - 2014) }, (_, index) => thisYear - index)

export const readDocumentForm = (params: Params): DocumentForm => {
  const q = first(params.q).replace(/\s+/g, ' ').trim().slice(0, 200)
  const kind = documentKindChoices.some((choice) => choice.slug === first(params.loai)) ? first(params.loai) : ''
  const yearText = first(params.nam)
  const year = /^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100 ? Number(yearText) : null
  return { q, kind, year, page: parsePage(params.trang) }
}

export const documentsPerPage = 20

/** The search endpoint's query (`GET /api/cchc-documents/search`); a one-letter search is not sent. */
export const documentSearchQuery = (form: DocumentForm): Record<string, string | number> => ({
  ...([...form.q].length >= 2 ? { q: form.q } : {}),
  ...(form.kind ? { kind: documentKindChoices.find((choice) => choice.slug === form.kind)!.kind } : {}),
  ...(form.year ? { year: form.year } : {}),
  limit: documentsPerPage,
  // The endpoint reads page × limit rows at most 1000 deep.
  page: Math.min(form.page, Math.floor(1000 / documentsPerPage)),
})

/** The form back as the site's query string, for paging links. */
export const documentFormQuery = (form: DocumentForm): Record<string, string | number | null> => ({
  q: form.q || null,
  loai: form.kind || null,
  nam: form.year,
})

/** "Kế hoạch số 42/KH-UBND ngày 30/01/2026" without the date part, which the page formats. */
export const documentTitle = (entry: { kind?: string | null; number?: string | null }): string =>
  entry.number ? `${documentKindLabel(entry.kind)} số ${entry.number}` : documentKindLabel(entry.kind)
