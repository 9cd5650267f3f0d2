import type { Media } from '../_lib/apiTypes.ts'

import { imageSources } from '../_lib/imageSources.ts'
import { apiBaseUrl } from '../_lib/siteConfig.ts'

/**
 * A picture of the media library in the WebP size the screen needs (`sizes` says how wide it is
 * shown), with its width and height so nothing moves as it loads. Lazy unless it is the first
 * thing the reader sees (`priority`).
 */
export const ResponsiveImage = ({
  media,
  sizes,
  priority = false,
  className,
}: {
  media: Media | null | undefined
  sizes: string
  priority?: boolean
  className?: string
}) => {
  const sources = imageSources(media, apiBaseUrl())
  if (!sources) return null
  return (
    <img
      className={className}
      src={sources.src}
      srcSet={sources.srcSet}
      sizes={sources.srcSet ? sizes : undefined}
      width={sources.width}
      height={sources.height}
      alt={sources.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
