import type { PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../options.ts'

import { type DocumentKind, documentKinds } from '../lib/documentKinds.ts'
import { mergePage, queryNumberKey, queryWords } from '../lib/documentSearchKeys.ts'
import { foldVietnamese } from '../lib/foldVietnamese.ts'
import { queryText } from '../lib/queryText.ts'
import { idOf } from '../lib/relationId.ts'
import { startOfVietnamDay } from '../lib/vietnamTime.ts'

/** Deepest a reader may page: each page reads `page × limit` rows of each list (see `searchDocuments`). */
export const maxDocumentWindow = 1000

export const documentSearchQuery = z
  .object({
    q: queryText(2, 200).optional(),
    kind: z.enum(documentKinds).optional(),
    issuer: queryText(1, 200).optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    page: z.coerce.number().int().min(1).max(maxDocumentWindow).default(1),
  })
  .refine((value) => value.page * value.limit <= maxDocumentWindow, { message: `page × limit at most ${maxDocumentWindow}`, path: ['page'] })

export type DocumentSearch = z.output<typeof documentSearchQuery>

/** One line of the list: a document of the column, or a procedure announcement decision. */
export type DocumentListEntry = {
  source: 'cchc-documents' | 'procedure-announcements'
  id: number | string
  number: string | null
  kind: DocumentKind
  issuer: string | null
  signer: string | null
  issuedAt: string | null
  effectiveDate: string | null
  summary: string
  signedPdf: number | string | null
  _status: string | null
}

/** What both collections are filtered by; `dateField` is the date of issue (a decision's is its signing date). */
const filters = (search: DocumentSearch, dateField: string, timeZone: string): Where[] => {
  const and: Where[] = []
  if (search.q) {
    // A number however it is spelt ("42 KH UBND"), whole; else every word of the number, summary, issuer or signer.
    const key = queryNumberKey(search.q)
    and.push(key ? { numberKey: { equals: key } } : { and: queryWords(search.q).map((word) => ({ searchText: { contains: word } })) })
  }
  if (search.issuer) and.push({ issuerKey: { contains: foldVietnamese(search.issuer) } })
  if (search.year) {
    and.push({ [dateField]: { greater_than_equal: startOfVietnamDay(`${search.year}-01-01`, timeZone).toISOString() } })
    and.push({ [dateField]: { less_than: startOfVietnamDay(`${search.year + 1}-01-01`, timeZone).toISOString() } })
  }
  return and
}

const dateOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

/** The columns a line of the list needs, of each collection. */
export const documentListSelect = { number: true, kind: true, issuerName: true, signer: true, issuedAt: true, effectiveDate: true, summary: true, signedPdf: true, _status: true } as const
export const decisionListSelect = { number: true, issuer: true, signer: true, signedAt: true, effectiveDate: true, summary: true, signedPdf: true, _status: true } as const

export const documentEntry = (doc: Record<string, any>): DocumentListEntry => ({
  source: 'cchc-documents',
  id: doc.id,
  number: doc.number ?? null,
  kind: doc.kind,
  issuer: doc.issuerName ?? null,
  signer: doc.signer ?? null,
  issuedAt: dateOf(doc.issuedAt),
  effectiveDate: dateOf(doc.effectiveDate),
  summary: doc.summary,
  signedPdf: idOf(doc.signedPdf),
  _status: doc._status ?? null,
})

export const decisionEntry = (doc: Record<string, any>): DocumentListEntry => ({
  source: 'procedure-announcements',
  id: doc.id,
  number: doc.number ?? null,
  kind: 'decision',
  issuer: doc.issuer ?? null,
  signer: doc.signer ?? null,
  issuedAt: dateOf(doc.signedAt),
  effectiveDate: dateOf(doc.effectiveDate),
  summary: doc.summary,
  signedPdf: idOf(doc.signedPdf),
  _status: doc._status ?? null,
})

// The order both lists are read in: newest date of issue first (an undated draft before any, as
// PostgreSQL sorts NULL in DESC), then documents before decisions, then newest id.
const sourceRank = { 'cchc-documents': 0, 'procedure-announcements': 1 } as const
const compareEntries = (a: DocumentListEntry, b: DocumentListEntry): number => {
  const time = (entry: DocumentListEntry) => (entry.issuedAt ? Date.parse(entry.issuedAt) : Number.POSITIVE_INFINITY)
  if (time(a) !== time(b)) return time(b) > time(a) ? 1 : -1
  if (a.source !== b.source) return sourceRank[a.source] - sourceRank[b.source]
  return Number(b.id) - Number(a.id)
}

/**
 * The column's documents and the procedure announcement decisions as one list, filtered by the
 * number (without diacritics, spacing or punctuation), words of the summary, kind, issuer and
 * year, each read with the caller's access (the public: published only).
 *
 * Paging: both collections are queried in the same order (date of issue, newest first) for their
 * first `page × limit` rows, the two lists merged, and the page cut from the merge; `totalDocs` is
 * the sum of both counts. Nothing is copied, a decision appears once, and a page is exact however
 * the two lists interleave; the cost grows with the page, so `page × limit` is capped at
 * `maxDocumentWindow`.
 */
export const searchDocuments = async (req: PayloadRequest, options: ResolvedOptions, search: DocumentSearch) => {
  const { limit, page } = search
  const window = page * limit
  const timeZone = options.reporting.timeZone
  const withDecisions = !search.kind || search.kind === 'decision'

  // One after the other: inside a transaction both run on its one connection.
  const documents = await req.payload.find({
    collection: options.slugs.documents,
    where: { and: [...filters(search, 'issuedAt', timeZone), ...(search.kind ? [{ kind: { equals: search.kind } }] : [])] },
    sort: ['-issuedAt', '-id'],
    limit: window,
    depth: 0,
    overrideAccess: false,
    req,
    select: documentListSelect,
  })
  const decisions = withDecisions
    ? await req.payload.find({
        collection: options.slugs.announcements,
        where: { and: filters(search, 'signedAt', timeZone) },
        sort: ['-signedAt', '-id'],
        limit: window,
        depth: 0,
        overrideAccess: false,
        req,
        select: decisionListSelect,
      })
    : null

  const fromDocuments = documents.docs.map(documentEntry)
  const fromDecisions = (decisions?.docs ?? []).map(decisionEntry)

  const totalDocs = documents.totalDocs + (decisions?.totalDocs ?? 0)
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  return {
    docs: mergePage(fromDocuments, fromDecisions, compareEntries, page, limit),
    totalDocs,
    limit,
    page,
    totalPages,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
  }
}
