import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { toSlug, withSuffix } from '../lib/slug.ts'
import { postMessages } from '../translations/postMessages.ts'

/**
 * The slug comes from the title (or from what the editor typed), without diacritics, made unique
 * with a numeric suffix; once the post has been published it never changes, so links keep working.
 */
export const uniqueSlug =
  (collection: string, source: string): FieldHook =>
  async ({ data, operation, originalDoc, req, value }) => {
    if (operation === 'update' && originalDoc?.publishedAt) {
      if (value !== undefined && value !== null && value !== originalDoc.slug) {
        throw new ValidationError({ collection, errors: [{ path: 'slug', message: postMessages.slugStable }], req })
      }
      return originalDoc.slug
    }
    const base = toSlug(String(value || data?.[source] || originalDoc?.[source] || '')) || 'bai-viet'
    if (operation === 'update' && base === originalDoc?.slug) return base
    const taken = await req.payload.find({
      collection: collection as never,
      depth: 0,
      pagination: false,
      req,
      select: { slug: true },
      where: {
        and: [
          { or: [{ slug: { equals: base } }, { slug: { like: `${base}-` } }] },
          ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
    })
    const used = new Set(taken.docs.map((doc) => (doc as { slug?: string }).slug))
    let n = 1
    while (used.has(withSuffix(base, n))) n++
    return withSuffix(base, n)
  }
