import type { PayloadRequest } from 'payload'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { format, subDays } from 'date-fns'
import { Feed } from 'feed'

import type { ResolvedOptions } from '../options.ts'

import { type DocumentKind, documentKindLabels } from '../lib/documentKinds.ts'
import { itemKindLabels, type ItemKind } from '../lib/procedure.ts'
import { type FeedFormat, feedFormats, publicFileUrl, publicLinks, sitemapXml } from '../lib/publicLinks.ts'
import { dayInVietnam } from '../lib/vietnamTime.ts'
import { nowOf } from '../requestContext.ts'
import { t } from '../translations/translate.ts'
import { searchDocuments } from './documentSearch.ts'
import { procedureChanges } from './procedureChanges.ts'

/** How many of the newest posts a feed carries. */
const feedSize = 50

const published = { _status: { equals: 'published' } } as const

/** The public site's address: the `publicSiteUrl` option, else the server's. */
export const publicSiteOf = (req: PayloadRequest, options: Pick<ResolvedOptions, 'publicSiteUrl'>): string =>
  options.publicSiteUrl ?? (req.payload.config.serverURL ?? '').replace(/\/+$/, '')

const languageOf = (req: PayloadRequest) => req.i18n?.language ?? 'vi'

/** A rich-text body as HTML; a body the converters cannot read is left out rather than failing the feed. */
const bodyHtml = (req: PayloadRequest, content: unknown): string | undefined => {
  if (!content || typeof content !== 'object') return undefined
  try {
    return convertLexicalToHTML({ data: content as Parameters<typeof convertLexicalToHTML>[0]['data'], disableContainer: true })
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'cchc: a post body could not be rendered for a feed' })
    return undefined
  }
}

type PostRow = {
  id: number | string
  title: string
  slug?: null | string
  excerpt?: null | string
  content?: unknown
  coverImage?: { url?: null | string; mimeType?: null | string; filesize?: null | number } | null | number
  topics?: ({ name?: string } | number)[] | null
  publishedAt?: null | string
  updatedAt: string
}

const render = (feed: Feed, as: FeedFormat) => feed[feedFormats[as].kind]()

/**
 * The newest published posts of the column, or of one topic, as RSS 2.0, Atom or JSON Feed: bodies
 * in HTML, links and files absolute on the public site. Always what the public reads, whoever asks.
 */
export const postsFeed = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  as: FeedFormat,
  topic?: { id: number | string; name: string; slug: string },
): Promise<string> => {
  const site = publicSiteOf(req, options)
  const links = publicLinks(site)
  const serverUrl = (req.payload.config.serverURL ?? '').replace(/\/+$/, '')
  const found = await req.payload.find({
    collection: options.slugs.posts,
    depth: 1,
    draft: false,
    limit: feedSize,
    overrideAccess: false,
    req,
    sort: '-publishedAt',
    select: { title: true, slug: true, excerpt: true, content: true, coverImage: true, topics: true, publishedAt: true, updatedAt: true },
    where: topic ? { and: [published, { topics: { in: [topic.id] } }] } : published,
  })
  const posts = found.docs as unknown as PostRow[]
  const self = topic ? `/cchc/feeds/topics/${topic.slug}` : '/cchc/feeds/posts'
  const dateOf = (post: PostRow) => new Date(post.publishedAt ?? post.updatedAt)
  const feed = new Feed({
    id: topic ? links.topic(topic.slug) : links.section,
    link: topic ? links.topic(topic.slug) : links.section,
    title: topic ? t(req, 'feedTopicTitle', { topic: topic.name }) : t(req, 'feedPostsTitle'),
    description: t(req, 'feedPostsDescription'),
    language: languageOf(req),
    updated: posts[0] ? dateOf(posts[0]) : new Date(0),
    generator: 'payload-plugin-cchc',
    feedLinks: { rss: links.api(`${self}.xml`), atom: links.api(`${self}.atom`), json: links.api(`${self}.json`) },
  })
  for (const post of posts) {
    const link = post.slug ? links.post(post.slug) : `${links.section}?id=${post.id}`
    const cover = typeof post.coverImage === 'object' && post.coverImage ? post.coverImage : null
    const image = publicFileUrl(cover?.url, site, serverUrl)
    feed.addItem({
      id: link,
      link,
      title: post.title,
      date: dateOf(post),
      published: dateOf(post),
      description: post.excerpt ?? undefined,
      content: bodyHtml(req, post.content),
      category: (post.topics ?? []).flatMap((topic) => (typeof topic === 'object' && topic.name ? [{ name: topic.name }] : [])),
      ...(image ? { image: { url: image, type: cover?.mimeType ?? undefined, length: cover?.filesize ?? undefined } } : {}),
    })
  }
  return render(feed, as)
}

/** Changes decisions made to procedures over the last year, newest first, as RSS 2.0, Atom or JSON Feed. */
export const procedureChangesFeed = async (req: PayloadRequest, options: ResolvedOptions, as: FeedFormat): Promise<string> => {
  const site = publicSiteOf(req, options)
  const links = publicLinks(site)
  const today = dayInVietnam(nowOf(req.context), options.reporting.timeZone)
  const from = format(subDays(new Date(`${today}T00:00:00Z`), 365), 'yyyy-MM-dd')
  const { changes } = await procedureChanges(req, options, { from, to: today, limit: 500 })
  const language = languageOf(req) === 'en' ? 'en' : 'vi'
  const feed = new Feed({
    id: links.procedureChanges,
    link: links.procedureChanges,
    title: t(req, 'feedProceduresTitle'),
    description: t(req, 'feedProceduresDescription'),
    language,
    updated: changes[0] ? new Date(`${changes[0].effectiveDate}T00:00:00+07:00`) : new Date(0),
    generator: 'payload-plugin-cchc',
    feedLinks: {
      rss: links.api('/cchc/feeds/procedures.xml'),
      atom: links.api('/cchc/feeds/procedures.atom'),
      json: links.api('/cchc/feeds/procedures.json'),
    },
  })
  for (const change of changes.slice(0, feedSize * 4)) {
    const decision = change.announcement as { id?: number | string; number?: string; summary?: string } | null
    const kind = itemKindLabels[change.kind as ItemKind]?.[language] ?? change.kind
    const link = links.procedure(change.code)
    feed.addItem({
      id: `${link}#${change.kind}-${change.effectiveDate}-${decision?.id ?? ''}`,
      link,
      title: `${kind}: ${change.code} ${change.name}`,
      date: new Date(`${change.effectiveDate}T00:00:00+07:00`),
      description: [decision?.number ? t(req, 'feedDecision', { number: decision.number }) : null, change.changes, decision?.summary]
        .filter(Boolean)
        .join('. '),
      category: change.sector ? [{ name: change.sector }] : undefined,
    })
  }
  return render(feed, as)
}

/**
 * The newest published documents of the column and procedure announcement decisions, one list as
 * the documents page shows it (`searchDocuments`), as RSS 2.0, Atom or JSON Feed: a document links
 * to its page, a decision (which has no page) to the documents list searched for its number; the
 * signed PDF, when the public may read it, as the enclosure.
 */
export const documentsFeed = async (req: PayloadRequest, options: ResolvedOptions, as: FeedFormat): Promise<string> => {
  const site = publicSiteOf(req, options)
  const links = publicLinks(site)
  const serverUrl = (req.payload.config.serverURL ?? '').replace(/\/+$/, '')
  const language = languageOf(req) === 'en' ? 'en' : 'vi'
  const { docs } = await searchDocuments(req, options, { limit: feedSize, page: 1 })
  const pdfIds = [...new Set(docs.map((entry) => entry.signedPdf).filter((id): id is number | string => id !== null))]
  // In one read, with the public's access: a file still internal is left out.
  const files =
    pdfIds.length === 0
      ? []
      : ((
          await req.payload.find({
            collection: options.slugs.media,
            where: { id: { in: pdfIds } },
            depth: 0,
            limit: pdfIds.length,
            overrideAccess: false,
            req,
            // The url is derived from the filename: both are read.
            select: { url: true, filename: true, mimeType: true, filesize: true },
          })
        ).docs as { id: number | string; url?: null | string; mimeType?: null | string; filesize?: null | number }[])
  const dateOf = (entry: { issuedAt: null | string; effectiveDate: null | string }) => new Date(entry.issuedAt ?? entry.effectiveDate ?? 0)
  const feed = new Feed({
    id: links.documents,
    link: links.documents,
    title: t(req, 'feedDocumentsTitle'),
    description: t(req, 'feedDocumentsDescription'),
    language,
    updated: docs[0] ? dateOf(docs[0]) : new Date(0),
    generator: 'payload-plugin-cchc',
    feedLinks: {
      rss: links.api('/cchc/feeds/documents.xml'),
      atom: links.api('/cchc/feeds/documents.atom'),
      json: links.api('/cchc/feeds/documents.json'),
    },
  })
  for (const entry of docs) {
    const kind = documentKindLabels[entry.kind as DocumentKind]?.[language] ?? entry.kind
    const isDocument = entry.source === 'cchc-documents'
    const link = isDocument ? links.document(entry.id) : entry.number ? links.documentNumber(entry.number) : links.documents
    const file = files.find((candidate) => candidate.id === entry.signedPdf)
    const pdf = publicFileUrl(file?.url, site, serverUrl)
    feed.addItem({
      // A decision's link is shared by any document with its number: its id tells it apart.
      id: isDocument ? link : `${links.documents}#${entry.source}-${entry.id}`,
      link,
      title: [kind, entry.number].filter(Boolean).join(' '),
      date: dateOf(entry),
      published: dateOf(entry),
      description: entry.summary,
      category: [{ name: kind }],
      ...(entry.issuer ? { author: [{ name: entry.issuer }] } : {}),
      ...(pdf ? { enclosure: { url: pdf, type: file?.mimeType ?? 'application/pdf', length: file?.filesize ?? undefined } } : {}),
    })
  }
  return render(feed, as)
}

/** Every published post, procedure and document, the topics and the section's pages, absolute on the public site. */
export const sitemap = async (req: PayloadRequest, options: ResolvedOptions): Promise<string> => {
  const links = publicLinks(publicSiteOf(req, options))
  const read = { depth: 0, draft: false, overrideAccess: false, pagination: false, req } as const
  // One after another: queries given the same req share its connection.
  const posts = await req.payload.find({ ...read, collection: options.slugs.posts, select: { slug: true, updatedAt: true }, sort: '-publishedAt', where: published })
  const procedures = await req.payload.find({ ...read, collection: options.slugs.procedures, select: { code: true, updatedAt: true }, sort: 'code', where: published })
  const topics = await req.payload.find({ ...read, collection: options.slugs.topics, select: { slug: true, updatedAt: true } })
  const documents = await req.payload.find({ ...read, collection: options.slugs.documents, select: { updatedAt: true }, sort: '-issuedAt', where: published })
  const dated = (doc: { updatedAt?: string }) => (doc.updatedAt ? new Date(doc.updatedAt) : null)
  return sitemapXml([
    { loc: links.section },
    { loc: links.procedures },
    { loc: links.procedureChanges },
    { loc: links.figures },
    { loc: links.documents },
    ...(topics.docs as { slug?: string; updatedAt?: string }[]).filter((doc) => doc.slug).map((doc) => ({ loc: links.topic(doc.slug!), lastmod: dated(doc) })),
    ...(posts.docs as { slug?: string; updatedAt?: string }[]).filter((doc) => doc.slug).map((doc) => ({ loc: links.post(doc.slug!), lastmod: dated(doc) })),
    ...(procedures.docs as { code?: string; updatedAt?: string }[]).filter((doc) => doc.code).map((doc) => ({ loc: links.procedure(doc.code!), lastmod: dated(doc) })),
    ...(documents.docs as { id: number | string; updatedAt?: string }[]).map((doc) => ({ loc: links.document(doc.id), lastmod: dated(doc) })),
  ])
}
