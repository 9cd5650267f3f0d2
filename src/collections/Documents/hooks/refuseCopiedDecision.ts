import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { dayInVietnam, startOfVietnamDay } from '../../../lib/vietnamTime.ts'
import { t } from '../../../translations/translate.ts'

/**
 * A procedure announcement decision is listed with the documents already: entered again as a
 * document it would be listed twice. Refused when the same number, issuer and year of issue are a
 * decision's (each issuer numbers its decisions per year, so another issuer's 247/QĐ-UBND is not it).
 * Runs after the search keys are set.
 */
export const refuseCopiedDecision =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    if (merged.kind !== 'decision' || !merged.numberKey || !merged.issuerKey || !merged.issuedAt) return data
    const timeZone = options.reporting.timeZone
    const year = Number(dayInVietnam(merged.issuedAt, timeZone).slice(0, 4))
    const found = await req.payload.find({
      collection: options.slugs.announcements,
      where: {
        and: [
          { numberKey: { equals: merged.numberKey } },
          { issuerKey: { equals: merged.issuerKey } },
          { signedAt: { greater_than_equal: startOfVietnamDay(`${year}-01-01`, timeZone).toISOString() } },
          { signedAt: { less_than: startOfVietnamDay(`${year + 1}-01-01`, timeZone).toISOString() } },
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { number: true },
    })
    const decision = found.docs[0] as { id: number | string; number?: string } | undefined
    if (decision) {
      const message = t(req, 'documentIsAnnouncement', { number: decision.number ?? '', id: decision.id })
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'number', message }], req }, req.t)
    }
    return data
  }
