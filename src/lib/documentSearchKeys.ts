import { foldVietnamese } from './foldVietnamese.ts'

/**
 * A document number as search compares it: folded, without spacing or punctuation, so "42/kh-ubnd",
 * "42 KH UBND" and "42/KH-UBND" are all `42khubnd`.
 */
export const numberKey = (text: string | null | undefined): string => foldVietnamese(text ?? '').replace(/[^a-z0-9]/g, '')

export type SearchableDocument = {
  number?: string | null
  summary?: string | null
  issuerName?: string | null
  signer?: string | null
}

/** What a document is found by: its folded number, summary, issuer and signer (`searchText`), the number's key, the issuer's folded name. */
export const documentSearchKeys = ({ number, summary, issuerName, signer }: SearchableDocument) => ({
  numberKey: numberKey(number) || null,
  searchText: foldVietnamese([number, summary, issuerName, signer].filter(Boolean).join(' ')),
  issuerKey: foldVietnamese(issuerName ?? '') || null,
})

/**
 * The document number a reader's query asks for, as a key: from its first digit on, when that
 * reads as digits then letters ("Kế hoạch 42/KH-UBND", "42 kh ubnd": `42khubnd`); null for a query
 * of words ("tuyên truyền 2026"). A number is matched whole, so 42/KH-UBND is not 542/KH-UBND.
 */
export const queryNumberKey = (query: string): string | null => {
  const first = query.search(/\d/)
  if (first < 0) return null
  const key = numberKey(query.slice(first))
  return /^\d+[a-z]/.test(key) ? key : null
}

/** The words of a reader's query, folded: each must appear in `searchText`. */
export const queryWords = (query: string): string[] => foldVietnamese(query).split(' ').filter(Boolean)

/**
 * One page of two lists merged, each already sorted by `compare`: page `page` of `limit` items needs
 * at most the first `page * limit` of each list.
 */
export const mergePage = <T>(first: T[], second: T[], compare: (a: T, b: T) => number, page: number, limit: number): T[] => {
  const merged: T[] = []
  let i = 0
  let j = 0
  const end = page * limit
  while (merged.length < end && (i < first.length || j < second.length)) {
    if (j >= second.length || (i < first.length && compare(first[i]!, second[j]!) <= 0)) merged.push(first[i++]!)
    else merged.push(second[j++]!)
  }
  return merged.slice((page - 1) * limit, end)
}
