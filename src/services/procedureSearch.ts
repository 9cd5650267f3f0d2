import type { PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../options.ts'

import { foldVietnamese } from '../lib/foldVietnamese.ts'
import { onlineLevels, procedureStatuses } from '../lib/procedure.ts'
import { queryText } from '../lib/queryText.ts'
import { sectorKey } from '../lib/sectorKey.ts'

export const procedureSearchQuery = z
  .object({
    q: queryText(2, 200).optional(),
    sector: queryText(1, 200).optional(),
    status: z.enum(procedureStatuses).optional(),
    onlineLevel: z.enum([...onlineLevels, 'none']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    page: z.coerce.number().int().min(1).max(1000).default(1),
  })
  .refine((value) => value.q || value.sector || value.status || value.onlineLevel, {
    message: 'give q, sector, status or onlineLevel',
    path: ['q'],
  })


/**
 * Procedures whose code, name, field or agency contain every word, with or without diacritics,
 * filtered by field, status and online level, read with the caller's access.
 */
export const searchProcedures = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  { q, sector, status, onlineLevel, limit, page }: z.output<typeof procedureSearchQuery>,
) => {
  const and: Where[] = foldVietnamese(q ?? '')
    .split(' ')
    .filter(Boolean)
    .map((word) => ({ searchText: { contains: word } }))
  // The field is matched without diacritics too: "ho tich" finds "Hộ tịch".
  if (sector) and.push({ sectorKey: { equals: sectorKey(sector) } })
  if (status) and.push({ status: { equals: status } })
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
