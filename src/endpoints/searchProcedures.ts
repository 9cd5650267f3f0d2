import type { Endpoint, PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../options.ts'

import { foldVietnamese } from '../lib/foldVietnamese.ts'
import { onlineLevels, procedureStatuses } from '../lib/procedure.ts'
import { badQuery } from './badQuery.ts'

const query = z
  .object({
    q: z.string().trim().min(2).max(200).optional(),
    sector: z.string().trim().min(1).max(200).optional(),
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
 * GET /api/procedures/search?q=thu tuc dang ky ket hon&sector=Hộ tịch&status=active&onlineLevel=toan_trinh:
 * procedures whose code, name, field or agency contain every word, with or without diacritics,
 * read with the caller's access (the public gets published procedures).
 */
export const searchProceduresEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const parsed = query.safeParse(req.query)
    if (!parsed.success) {
      return badQuery(
        parsed.error,
        'q 2-200 ký tự; status active|amended|repealed; onlineLevel toan_trinh|mot_phan|none; limit 1-100.',
      )
    }
    const { q, sector, status, onlineLevel, limit, page } = parsed.data
    const and: Where[] = foldVietnamese(q ?? '')
      .split(' ')
      .filter(Boolean)
      .map((word) => ({ searchText: { contains: word } }))
    // The field is matched without diacritics too: "ho tich" finds "Hộ tịch".
    if (sector) and.push({ sectorKey: { equals: foldVietnamese(sector) } })
    if (status) and.push({ status: { equals: status } })
    if (onlineLevel) and.push(onlineLevel === 'none' ? { onlineLevel: { exists: false } } : { onlineLevel: { equals: onlineLevel } })
    const result = await req.payload.find({
      collection: options.slugs.procedures as never,
      depth: 0,
      limit,
      page,
      overrideAccess: false,
      req,
      sort: 'code',
      where: { and },
    })
    return Response.json(result)
  },
})
