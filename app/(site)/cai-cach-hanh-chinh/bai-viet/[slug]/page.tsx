import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import type { Media, ProcedureSummary, Topic, Unit } from '../../../_lib/apiTypes.ts'

import { AudioPlayer } from '../../../_components/AudioPlayer.tsx'
import { Breadcrumbs } from '../../../_components/Breadcrumbs.tsx'
import { FormatBadge } from '../../../_components/FormatBadge.tsx'
import { PhotoGallery } from '../../../_components/PhotoGallery.tsx'
import { PostBody } from '../../../_components/PostBody.tsx'
import { PostDate } from '../../../_components/PostDate.tsx'
import { ProcedureListItem } from '../../../_components/ProcedureListItem.tsx'
import { RatingWidget } from '../../../_components/RatingWidget.tsx'
import { ResponsiveImage } from '../../../_components/ResponsiveImage.tsx'
import { ShareLinks } from '../../../_components/ShareLinks.tsx'
import { SiteLink } from '../../../_components/SiteLink.tsx'
import { Transcript } from '../../../_components/Transcript.tsx'
import { VideoPlayer } from '../../../_components/VideoPlayer.tsx'
import { ViewBeacon } from '../../../_components/ViewBeacon.tsx'
import { shareImageUrl } from '../../../_lib/imageSources.ts'
import { readPost } from '../../../_lib/readPosts.ts'
import { routes } from '../../../_lib/routes.ts'
import { apiBaseUrl, siteUrl } from '../../../_lib/siteConfig.ts'

type Props = { params: Promise<{ slug: string }> }

// The page and its metadata read the post once per request.
const postBySlug = cache(readPost)

const populated = <T,>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const post = await postBySlug(decodeURIComponent((await params).slug))
  if (!post) return {}
  const url = routes.post(post.slug)
  const image = shareImageUrl(populated<Media>(post.coverImage), apiBaseUrl())
  const cover = populated<Media>(post.coverImage)
  return {
    title: post.title,
    description: post.excerpt ?? undefined,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: post.title,
      description: post.excerpt ?? undefined,
      publishedTime: post.publishedAt ?? undefined,
      modifiedTime: post.updatedAt ?? undefined,
      images: image ? [{ url: image, alt: cover?.alt ?? undefined }] : undefined,
    },
  }
}

/**
 * A published post, whatever its format: an article's body, a photo story's gallery, a video or
 * audio post's player, each with its transcript; its topics, the procedures it explains, share links.
 */
const PostPage = async ({ params }: Props) => {
  const post = await postBySlug(decodeURIComponent((await params).slug))
  if (!post) notFound()
  const cover = populated<Media>(post.coverImage)
  const topics = (post.topics ?? []).map((topic) => populated<Topic>(topic)).filter((topic): topic is Topic => topic !== null)
  const procedures = (post.relatedProcedures ?? [])
    .map((procedure) => populated<ProcedureSummary>(procedure))
    .filter((procedure): procedure is ProcedureSummary => procedure !== null)
  const unit = populated<Unit>(post.unit)
  const firstTopic = topics[0]
  // The cover heads an article or an audio post; a photo story opens on its gallery, a video on its player.
  const showCover = cover && (post.format === 'article' || post.format === 'audio')

  return (
    <div className="page page--article">
      <Breadcrumbs
        trail={[
          { label: 'Cải cách hành chính', href: routes.home },
          ...(firstTopic ? [{ label: firstTopic.name, href: routes.topic(firstTopic.slug) }] : []),
        ]}
      />
      <article className="post">
        <header className="post__header">
          <p className="post__meta">
            <FormatBadge format={post.format} /> <PostDate value={post.publishedAt} />
          </p>
          <h1>{post.title}</h1>
          {post.byline || unit ? (
            <p className="post__byline">
              {post.byline ? <span>{post.byline}</span> : null}
              {post.byline && unit ? ' · ' : null}
              {unit ? <span>{unit.name}</span> : null}
            </p>
          ) : null}
          {post.excerpt ? <p className="lead">{post.excerpt}</p> : null}
        </header>

        {showCover ? (
          <figure className="post__cover">
            <ResponsiveImage media={cover} priority sizes="(min-width: 48rem) 44rem, 100vw" />
            {cover.caption || cover.credit ? <figcaption>{[cover.caption, cover.credit].filter(Boolean).join(' — ')}</figcaption> : null}
          </figure>
        ) : null}

        {post.format === 'video' ? (
          <VideoPlayer title={post.title} file={populated<Media>(post.videoFile)} link={post.videoUrl} poster={cover} />
        ) : null}
        {post.format === 'audio' ? <AudioPlayer title={post.title} file={populated<Media>(post.audioFile)} /> : null}

        <PostBody content={post.content} />

        {post.format === 'photo' ? <PhotoGallery items={post.gallery} /> : null}
        {post.format === 'video' || post.format === 'audio' ? <Transcript text={post.transcript} /> : null}

        {procedures.length > 0 ? (
          <section className="related" aria-labelledby="related-procedures">
            <h2 id="related-procedures">Thủ tục hành chính liên quan</h2>
            {procedures.map((procedure) => (
              <ProcedureListItem key={procedure.id} procedure={procedure} />
            ))}
          </section>
        ) : null}

        <RatingWidget target={{ kind: 'post', id: post.id }} title={post.title} />
        <ViewBeacon postId={post.id} />

        {topics.length > 0 ? (
          <p className="post__topics">
            Chuyên mục:{' '}
            {topics.map((topic, index) => (
              <span key={topic.id}>
                {index > 0 ? ', ' : null}
                <SiteLink href={routes.topic(topic.slug)}>{topic.name}</SiteLink>
              </span>
            ))}
          </p>
        ) : null}
        <ShareLinks url={`${siteUrl()}${routes.post(post.slug)}`} title={post.title} />
      </article>
    </div>
  )
}

export default PostPage
