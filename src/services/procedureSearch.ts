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
      (Array.isArray(value) ? value : [value]).flatMap((part) => (typeof part === 'string' ? part.split(',') : [part])).map((part) => (typeof part === 'string' ? part.trim() : part)),
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
    limit: z.coerce.number().int().min(1).max(100).default(20),
    page: z.coerce.number().int().min(1).max(1000).default(1),
  })
  .refine((value) => value.q || value.sector || value.status || value.inForce !== undefined || value.onlineLevel, {
    message: 'give q, sector, status, inForce or onlineLevel',
    path: ['q'],
  })

/** The statuses a search asks for: those given, narrowed (or, alone, set) by inForce. */
const statusesOf = (status: readonly string[] | undefined, inForce: boolean | undefined): string[] | undefined => {
  if (inForce === undefined) return status ? [...new Set(status)] : undefined
  const wanted = procedureStatuses.filter((value) => (inForceStatuses as readonly string[]).includes(value) === inForce)
  return status ? wanted.filter((value) => status.includes(value)) : wanted
}


/**
 * Procedures whose code, name, field or agency contain every word, with or without diacritics,
 * filtered by field, statuses (or in force) and online level, read with the caller's access; the
 * answer is one page with the total (`totalDocs`, `totalPages`).
 */
export const searchProcedures = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  { q, sector, status, inForce, onlineLevel, limit, page }: z.output<typeof procedureSearchQuery>,
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
