import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { Breadcrumbs } from '../../../_components/Breadcrumbs.tsx'
import { Pagination } from '../../../_components/Pagination.tsx'
import { PostCard } from '../../../_components/PostCard.tsx'
import { parsePage } from '../../../_lib/pagination.ts'
import { readPostCards, readTopic } from '../../../_lib/readPosts.ts'
import { routes, withQuery } from '../../../_lib/routes.ts'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The page and its metadata read the topic once per request.
const topicBySlug = cache(readTopic)

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const topic = await topicBySlug(decodeURIComponent((await params).slug))
  if (!topic) return {}
  const page = parsePage((await searchParams).trang)
  const url = withQuery(routes.topic(topic.slug), { trang: page })
  return {
    title: page > 1 ? `${topic.name} (trang ${page})` : topic.name,
    description: topic.description ?? undefined,
    alternates: { canonical: url },
    openGraph: { url, title: topic.name, description: topic.description ?? undefined },
  }
}

/** A topic's published posts, newest first, ten a page. */
const TopicPage = async ({ params, searchParams }: Props) => {
  const topic = await topicBySlug(decodeURIComponent((await params).slug))
  if (!topic) notFound()
  const page = parsePage((await searchParams).trang)
  const posts = await readPostCards({ topic: topic.id, page })
  // A page past the last one does not exist (an old link, or a typed number).
  if (page > 1 && page > posts.totalPages) notFound()
  return (
    <div className="page">
      <Breadcrumbs trail={[{ label: 'Cải cách hành chính', href: routes.home }]} />
      <h1>{topic.name}</h1>
      {topic.description ? <p className="lead">{topic.description}</p> : null}
      {posts.docs.length === 0 ? (
        <p>Chuyên mục chưa có bài viết.</p>
      ) : (
        <>
          <p className="result-count">
            {posts.totalDocs} bài viết{posts.totalPages > 1 ? `, trang ${page}/${posts.totalPages}` : ''}
          </p>
          <div className="card-grid">
            {posts.docs.map((post, index) => (
              <PostCard key={post.id} post={post} heading="h2" priority={index === 0} />
            ))}
          </div>
        </>
      )}
      <Pagination path={routes.topic(topic.slug)} page={page} totalPages={posts.totalPages} />
    </div>
  )
}

export default TopicPage
