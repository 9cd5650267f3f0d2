import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../../../options.ts'

import { foldVietnamese } from '../../../lib/foldVietnamese.ts'
import { queryText } from '../../../lib/queryText.ts'
import { readParameters } from '../../../requestParameters.ts'

const query = z.object({
  q: queryText(2, 100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  page: z.coerce.number().int().min(1).max(1000).default(1),
})

/**
 * GET /api/cchc-posts/search?q=thu tuc: the column's posts whose title, excerpt or byline contain
 * every word, with or without diacritics, newest first, read with the caller's own access (the
 * public gets published posts only).
 */
export const searchPostsEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/search',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const { q, limit, page } = readParameters(req, query, req.query, 'postSearchHint')
    const words = foldVietnamese(q).split(' ').filter(Boolean)
    const result = await req.payload.find({
      collection: options.slugs.posts,
      depth: 1,
      limit,
      page,
      overrideAccess: false,
      req,
      sort: '-publishedAt',
      where: { and: words.map((word) => ({ searchText: { contains: word } })) },
    })
    return Response.json(result)
  },
})
