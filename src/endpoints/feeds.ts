import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { feedFile, feedFormats } from '../lib/publicLinks.ts'
import { documentsFeed, postsFeed, procedureChangesFeed, sitemap } from '../services/feeds.ts'
import { t } from '../translations/translate.ts'

const notFound = (req: PayloadRequest) => Response.json({ errors: [{ message: t(req, 'feedNotFound') }] }, { status: 404 })

// Feeds are what the public reads, whoever asks: a signed-in editor's drafts stay out of them.
const asThePublic = (req: PayloadRequest) => {
  req.user = null
}

/**
 * GET /api/cchc/feeds/posts.xml (RSS 2.0), posts.atom, posts.json (JSON Feed 1.1): the column;
 * /api/cchc/feeds/procedures.{xml,atom,json}: changes to procedures over the last year;
 * /api/cchc/feeds/documents.{xml,atom,json}: the newest published documents and announcement decisions;
 * /api/cchc/feeds/topics/<topic slug>.{xml,atom,json}: one topic; /api/cchc/sitemap.xml.
 */
export const feedEndpoints = (options: ResolvedOptions): Endpoint[] => [
  {
    path: '/cchc/feeds/:file',
    method: 'get',
    handler: async (req) => {
      const file = feedFile(String(req.routeParams?.file ?? ''))
      const feeds = { posts: postsFeed, procedures: procedureChangesFeed, documents: documentsFeed }
      if (!file || !Object.hasOwn(feeds, file.name)) return notFound(req)
      asThePublic(req)
      const body = await feeds[file.name as keyof typeof feeds](req, options, file.format)
      return new Response(body, { headers: { 'content-type': feedFormats[file.format].contentType } })
    },
  },
  {
    path: '/cchc/feeds/topics/:file',
    method: 'get',
    handler: async (req) => {
      const file = feedFile(String(req.routeParams?.file ?? ''))
      if (!file) return notFound(req)
      asThePublic(req)
      const found = await req.payload.find({
        collection: options.slugs.topics,
        depth: 0,
        limit: 1,
        overrideAccess: false,
        req,
        select: { name: true, slug: true },
        where: { slug: { equals: file.name } },
      })
      const topic = found.docs[0] as { id: number | string; name: string; slug: string } | undefined
      if (!topic) return notFound(req)
      return new Response(await postsFeed(req, options, file.format, topic), { headers: { 'content-type': feedFormats[file.format].contentType } })
    },
  },
  {
    path: '/cchc/sitemap.xml',
    method: 'get',
    handler: async (req) => {
      asThePublic(req)
      return new Response(await sitemap(req, options), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
    },
  },
]
