import type { PayloadRequest, ValidationFieldError } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { missingForPublication, type PublicationInput, type PublicationReason } from '../../lib/publicationChecks.ts'
import { idOf } from '../../lib/relationId.ts'
import { type MessageKey, t } from '../../translations/translate.ts'

const publicationMessages = {
  coverImage: 'needsCoverImage',
  coverAlt: 'needsCoverAlt',
  excerpt: 'needsExcerpt',
  topics: 'needsTopics',
  gallery: 'needsGallery',
  transcript: 'needsTranscript',
} as const satisfies Record<PublicationReason, MessageKey>

/**
 * What a post (its values as they would be saved) still lacks before the public may see it, each
 * on its field in the request's language; empty when it is ready. The cover's alt text is read
 * from the media document, with `req`.
 */
export const publicationErrors = async (req: PayloadRequest, options: ResolvedOptions, post: Record<string, unknown>): Promise<ValidationFieldError[]> => {
  const coverId = idOf(post.coverImage)
  const cover = coverId
    ? await req.payload.findByID({
        collection: options.slugs.media,
        id: coverId as number | string,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
        select: { alt: true },
      })
    : null
  const missing = missingForPublication({ ...(post as PublicationInput), coverImage: cover ? coverId : null, coverAlt: (cover as { alt?: string } | null)?.alt })
  return missing.map(({ path, reason }) => ({ path, message: t(req, publicationMessages[reason]) }))
}
