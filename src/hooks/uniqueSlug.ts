import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { toSlug, withSuffix } from '../lib/slug.ts'
import { storedBefore } from '../lib/storedBefore.ts'
import { t } from '../translations/translate.ts'

const fallback = 'bai-viet'

/** `slug` is `base`, or `base` with the numeric suffix a clash gave it. */
const fits = (base: string, slug: unknown): slug is string =>
  typeof slug === 'string' && (slug === base || new RegExp(`^${base}-\\d+$`).test(slug))

/**
 * The slug comes from the title (or from what the editor typed), without diacritics, made unique
 * with a numeric suffix. A slug nobody typed follows the title until publication; from then on it
 * never changes, so links keep working.
 */
export const uniqueSlug =
  (collection: string, source: string): FieldHook =>
  async ({ data, operation, originalDoc: incoming, req, value }) => {
    const originalDoc = storedBefore({ operation, originalDoc: incoming })
    const stored = originalDoc?.slug as string | undefined
    if (originalDoc?.publishedAt) {
      if (value !== undefined && value !== null && value !== stored) {
        throw new ValidationError({ collection, errors: [{ path: 'slug', message: t(req, 'slugStable') }], req }, req.t)
      }
      return stored
    }
    const slugOf = (text: unknown) => toSlug(String(text ?? '')) || fallback
    const untouched = !value || (value === stored && fits(slugOf(originalDoc?.[source]), stored))
    const base = slugOf(untouched ? (data?.[source] ?? originalDoc?.[source]) : value)
    if (fits(base, stored)) return stored

    const taken = await req.payload.find({
      collection: collection,
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
