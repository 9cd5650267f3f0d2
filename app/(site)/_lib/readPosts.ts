import type { Paginated, Post, Topic } from './apiTypes.ts'

import { readApi } from './apiClient.ts'
import { apiPaths } from './apiPaths.ts'

/** What a picture needs on a page; the API sends nothing else of a media document. */
export const mediaFields = {
  url: true,
  filename: true,
  mimeType: true,
  filesize: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  sizes: true,
}

/** A post as a card in a list: no body, no gallery. */
const cardQuery = {
  depth: 1,
  select: { title: true, slug: true, excerpt: true, format: true, coverImage: true, publishedAt: true },
  populate: { 'cchc-media': mediaFields },
}

export const postsPerPage = 10

/** The column's topics in the editors' order. */
export const readTopics = async (): Promise<Topic[]> =>
  (await readApi<Paginated<Topic>>(apiPaths.topics, { limit: 100, sort: 'order', depth: 0 })).docs

export const readTopic = async (slug: string): Promise<Topic | null> =>
  (await readApi<Paginated<Topic>>(apiPaths.topics, { where: { slug: { equals: slug } }, limit: 1, depth: 0 })).docs[0] ?? null

/** Published posts, newest first; of one topic when given, featured ones only when asked. */
export const readPostCards = async ({
  topic,
  featured,
  page = 1,
  limit = postsPerPage,
}: {
  topic?: number | string
  featured?: boolean
  page?: number
  limit?: number
}) =>
  readApi<Paginated<Post>>(apiPaths.posts, {
    ...cardQuery,
    sort: '-publishedAt',
    limit,
    page,
    where: {
      ...(topic !== undefined ? { topics: { in: [topic] } } : {}),
      ...(featured ? { featured: { equals: true } } : {}),
    },
  })

/** A published post with everything its page shows, or null when the public may not see one by that slug. */
export const readPost = async (slug: string): Promise<Post | null> =>
  (
    await readApi<Paginated<Post>>(apiPaths.posts, {
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      populate: {
        'cchc-media': mediaFields,
        procedures: { code: true, name: true, sector: true, onlineLevel: true, status: true },
        'cchc-topics': { name: true, slug: true },
        units: { name: true, shortName: true, code: true },
      },
    })
  ).docs[0] ?? null
