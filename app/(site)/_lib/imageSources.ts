import type { Media } from './apiTypes.ts'

export type ImageSources = {
  src: string
  /** The WebP sizes (mobile 480, tablet 960, desktop 1600 wide), for the browser to pick from. */
  srcSet?: string
  width?: number
  height?: number
  alt: string
}

const sizeNames = ['mobile', 'tablet', 'desktop'] as const

/** A URL the API gave, made absolute against the API's base when it is a path. */
export const absoluteUrl = (url: string, base: string): string => new URL(url, `${base}/`).toString()

/**
 * What an `<img>` needs for a picture of the media library: the WebP sizes as a `srcset` (one per
 * width: a narrow original gives the same width more than once), the tablet size as the fallback
 * `src`, and the original's width and height so the page does not jump as it loads. Null for a
 * file that is not an image or has no URL the reader may fetch.
 */
export const imageSources = (media: Media | null | undefined, base: string): ImageSources | null => {
  if (!media?.url || !media.mimeType?.startsWith('image/')) return null
  const byWidth = new Map<number, string>()
  for (const name of sizeNames) {
    const size = media.sizes?.[name]
    if (size?.url && size.width && !byWidth.has(size.width)) byWidth.set(size.width, absoluteUrl(size.url, base))
  }
  const sized = [...byWidth.entries()].sort(([a], [b]) => a - b)
  const fallback = sized.find(([width]) => width >= 960) ?? sized.at(-1)
  return {
    src: fallback ? fallback[1] : absoluteUrl(media.url, base),
    srcSet: sized.length > 0 ? sized.map(([width, url]) => `${url} ${width}w`).join(', ') : undefined,
    width: media.width ?? undefined,
    height: media.height ?? undefined,
    alt: media.alt ?? '',
  }
}

/** The largest WebP size (else the original) as an absolute URL, for Open Graph. */
export const shareImageUrl = (media: Media | null | undefined, base: string): string | null => {
  if (!media?.url || !media.mimeType?.startsWith('image/')) return null
  const largest = media.sizes?.desktop?.url ?? media.sizes?.tablet?.url ?? media.url
  return absoluteUrl(largest, base)
}
