import type { PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../options.ts'

import { foldVietnamese } from '../lib/foldVietnamese.ts'
import { onlineLevels, procedureStatuses } from '../lib/procedure.ts'
import { queryText } from '../lib/queryText.ts'
import { sectorKey } from '../lib/sectorKey.ts'

/** Several values of a parameter: repeated (`status=active&status=amended`) or comma-separated (`status=active,amended`). */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => (typeof part === 'string' ? part.split(',') : [part]))
        .map((part) => (typeof part === 'string' ? part.trim() : part)),
    z.array(item).min(1).max(10),
  )

/** A yes/no parameter: true, false, 1 or 0 (GraphQL gives a boolean). */
export const yesNo = z.preprocess(
  (value) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value),
  z.boolean(),
)

/** In force (đang có hiệu lực): a procedure as first announced or as amended since. */
export const inForceStatuses = ['active', 'amended'] as const

export const procedureSearchQuery = z
  .object({
    q: queryText(2, 200).optional(),
    sector: queryText(1, 200).optional(),
    status: listOf(z.enum(procedureStatuses)).optional(),
    inForce: yesNo.optional(),
    onlineLevel: z.enum([...onlineLevels, 'none']).optional(),
    nonTerritorial: yesNo.optional(),
    interlinked: yesNo.optional(),
    /** Lists by id or slug; a procedure in any of them. */
    list: listOf(z.string().regex(/^[a-z0-9-]{1,120}$/)).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    page: z.coerce.number().int().min(1).max(1000).default(1),
  })
  .refine(
    (value) =>
      value.q ||
      value.sector ||
      value.status ||
      value.inForce !== undefined ||
      value.onlineLevel ||
      value.nonTerritorial !== undefined ||
      value.interlinked !== undefined ||
      value.list,
    {
      message: 'give q, sector, status, inForce, onlineLevel, nonTerritorial, interlinked or list',
      path: ['q'],
    },
  )

/** The statuses a search asks for: those given, narrowed (or, alone, set) by inForce. */
const statusesOf = (status: readonly string[] | undefined, inForce: boolean | undefined): string[] | undefined => {
  if (inForce === undefined) return status ? [...new Set(status)] : undefined
  const wanted = procedureStatuses.filter((value) => (inForceStatuses as readonly string[]).includes(value) === inForce)
  return status ? wanted.filter((value) => status.includes(value)) : wanted
}

/**
 * Procedures whose code, name, field or agency contain every word, with or without diacritics,
 * filtered by field, statuses (or in force), online level, the flags and lists, read with the caller's access; the
 * answer is one page with the total (`totalDocs`, `totalPages`).
 */
export const searchProcedures = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  { q, sector, status, inForce, onlineLevel, nonTerritorial, interlinked, list, limit, page }: z.output<typeof procedureSearchQuery>,
) => {
  const and: Where[] = foldVietnamese(q ?? '')
    .split(' ')
    .filter(Boolean)
    .map((word) => ({ searchText: { contains: word } }))
  // The field is matched without diacritics too: "ho tich" finds "Hộ tịch".
  if (sector) and.push({ sectorKey: { equals: sectorKey(sector) } })
  const statuses = statusesOf(status, inForce)
  if (statuses) and.push({ status: { in: statuses } })
  if (onlineLevel) and.push(onlineLevel === 'none' ? { onlineLevel: { exists: false } } : { onlineLevel: { equals: onlineLevel } })
  if (nonTerritorial !== undefined) and.push({ nonTerritorial: { equals: nonTerritorial } })
  if (interlinked !== undefined) and.push({ interlinked: { equals: interlinked } })
  if (list) {
    // A list named by its slug is looked up; one that does not exist finds nothing.
    const ids = list.filter((value) => /^\d+$/.test(value)).map(Number)
    const slugs = list.filter((value) => !/^\d+$/.test(value))
    if (slugs.length > 0) {
      const found = await req.payload.find({
        collection: options.slugs.procedureLists,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        req,
        where: { slug: { in: slugs } },
        select: {},
      })
      ids.push(...found.docs.map((doc) => Number(doc.id)))
    }
    and.push({ lists: { in: ids.length > 0 ? ids : [0] } })
  }
  return req.payload.find({
    collection: options.slugs.procedures,
    depth: 0,
    limit,
    page,
    overrideAccess: false,
    req,
    sort: 'code',
    where: { and },
  })
}
