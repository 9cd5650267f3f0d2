import type { Paginated, Procedure, ProcedureChanges, ProcedureSummary } from './apiTypes.ts'

import { readApi } from './apiClient.ts'
import { apiPaths } from './apiPaths.ts'
import { pageSize } from './procedureSearch.ts'
import { mediaFields } from './readPosts.ts'

const summaryFields = { code: true, name: true, sector: true, onlineLevel: true, status: true }

/** Every published procedure, by code, a page at a time. */
export const readProcedureList = (page: number) =>
  readApi<Paginated<ProcedureSummary>>(apiPaths.procedures, { depth: 0, limit: pageSize, page, sort: 'code', select: summaryFields })

/** The search endpoint: every word of `q` in the code, name, field or agency, diacritics or not. */
export const searchProcedures = (query: Record<string, string | number>) =>
  readApi<Paginated<ProcedureSummary>>(apiPaths.procedureSearch, query)

/**
 * The fields (lĩnh vực) of the published procedures, for the search form's list. The API has no
 * list of its own for them, so they are read from the procedures (a commune has a few hundred).
 */
export const readSectors = async (): Promise<string[]> => {
  const found = await readApi<Paginated<{ sector?: string | null }>>(apiPaths.procedures, {
    depth: 0,
    limit: 1000,
    select: { sector: true },
  })
  const sectors = new Set(found.docs.map((doc) => doc.sector?.trim()).filter((sector): sector is string => Boolean(sector)))
  return [...sectors].sort((a, b) => a.localeCompare(b, 'vi'))
}

/**
 * A published procedure by its national code (or the provincial long form), with its decisions
 * and the column's posts about it; null when the public may not see one.
 */
export const readProcedure = async (code: string): Promise<Procedure | null> =>
  (
    await readApi<Paginated<Procedure>>(apiPaths.procedures, {
      where: { or: [{ code: { equals: code } }, { fullCode: { equals: code } }] },
      limit: 1,
      depth: 2,
      joins: { relatedPosts: { limit: 10, sort: '-publishedAt' } },
      populate: {
        'procedure-announcements': { number: true, signedAt: true, summary: true, signedPdf: true },
        'cchc-posts': { title: true, slug: true, format: true, publishedAt: true, excerpt: true },
        procedures: summaryFields,
        'cchc-media': mediaFields,
      },
    })
  ).docs[0] ?? null

/** Changes decisions made to procedures effective between two days (yyyy-mm-dd), newest first. */
export const readProcedureChanges = (query: { from: string; to: string; kind?: string }) =>
  readApi<ProcedureChanges>(apiPaths.procedureChanges, { ...query, limit: 500 })
