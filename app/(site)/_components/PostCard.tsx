import type { Media, Post } from '../_lib/apiTypes.ts'

import { routes } from '../_lib/routes.ts'
import { FormatBadge } from './FormatBadge.tsx'
import { PostDate } from './PostDate.tsx'
import { ResponsiveImage } from './ResponsiveImage.tsx'
import { SiteLink } from './SiteLink.tsx'

/**
 * A post in a list: picture, format, date, title and excerpt. The title's link covers the whole
 * card (CSS), so the card is the tap target and a screen reader hears one link, named by the title.
 * `compact`: title and date only, for the short lists under each topic.
 */
export const PostCard = ({
  post,
  heading: Heading = 'h3',
  priority = false,
  compact = false,
  sizes = '(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw',
}: {
  post: Post
  heading?: 'h2' | 'h3'
  priority?: boolean
  compact?: boolean
  /** How wide the picture is shown, for the browser to fetch no larger a size than that. */
  sizes?: string
}) => {
  const cover = post.coverImage && typeof post.coverImage === 'object' ? (post.coverImage as Media) : null
  return (
    <article className={compact ? 'post-card post-card--compact' : 'post-card'}>
      {!compact && cover ? <ResponsiveImage className="post-card__image" media={cover} priority={priority} sizes={sizes} /> : null}
      <div className="post-card__text">
        <Heading className="post-card__title">
          <SiteLink href={routes.post(post.slug)} className="post-card__link">
            {post.title}
          </SiteLink>
        </Heading>
        <p className="post-card__meta">
          <FormatBadge format={post.format} /> <PostDate value={post.publishedAt} />
        </p>
        {!compact && post.excerpt ? <p className="post-card__excerpt">{post.excerpt}</p> : null}
      </div>
    </article>
  )
}
