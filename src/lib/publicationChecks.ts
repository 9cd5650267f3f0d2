/** What a post must have before the public sees it (accessibility and a usable listing). */
export type PublicationInput = {
  format?: string | null
  excerpt?: string | null
  coverImage?: unknown
  /** Alt text of the cover image, when there is one. */
  coverAlt?: string | null
  topics?: unknown[] | null
  gallery?: unknown[] | null
  transcript?: string | null
}

/** Why a post is not ready to publish (the caller words it). */
export type PublicationReason = 'coverImage' | 'coverAlt' | 'excerpt' | 'topics' | 'gallery' | 'transcript'

export type MissingItem = { path: string; reason: PublicationReason }

const blank = (text: string | null | undefined) => !text || text.trim() === ''

/** The fields a post still lacks for publication, empty when it is ready. */
export const missingForPublication = (post: PublicationInput): MissingItem[] => {
  const missing: MissingItem[] = []
  if (!post.coverImage) missing.push({ path: 'coverImage', reason: 'coverImage' })
  else if (blank(post.coverAlt)) missing.push({ path: 'coverImage', reason: 'coverAlt' })
  if (blank(post.excerpt)) missing.push({ path: 'excerpt', reason: 'excerpt' })
  if (!post.topics?.length) missing.push({ path: 'topics', reason: 'topics' })
  if (post.format === 'photo' && !post.gallery?.length) missing.push({ path: 'gallery', reason: 'gallery' })
  if ((post.format === 'video' || post.format === 'audio') && blank(post.transcript)) {
    missing.push({ path: 'transcript', reason: 'transcript' })
  }
  return missing
}
