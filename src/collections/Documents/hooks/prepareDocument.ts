import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { numberKey } from '../../../lib/documentSearchKeys.ts'
import { idOf } from '../../../lib/relationId.ts'
import { storedBefore } from '../../../lib/storedBefore.ts'
import { isDraftSave, nowOf } from '../../../requestContext.ts'
import { t } from '../../../translations/translate.ts'

type BasisRow = { number?: string | null; numberKey?: string | null }

/**
 * Before a document is saved: its issuer's name is copied beside the link (what search and the
 * merged list show), each "căn cứ" gets the key its number is matched by, a document is published
 * only with its number and date of issue, and `publishedAt` is the server's.
 */
export const prepareDocument =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const stored = storedBefore({ operation, originalDoc })
    const merged = { ...stored, ...data }

    const issuerId = idOf(merged.issuer)
    // Never taken from the request: the issuer's name as stored when the link was set.
    if (issuerId === null) data.issuerName = null
    else if (issuerId === idOf(stored?.issuer) && stored?.issuerName) data.issuerName = stored.issuerName
    else {
      const issuer = await req.payload
        .findByID({ collection: options.slugs.documentIssuers, id: issuerId, depth: 0, overrideAccess: true, req, select: { name: true } })
        .catch(() => null)
      data.issuerName = (issuer as { name?: string } | null)?.name ?? null
    }

    if (Array.isArray(data.basis)) {
      data.basis = (data.basis as BasisRow[]).map((row) => ({ ...row, numberKey: numberKey(row.number) || null }))
    }

    if (data._status === 'published' && !isDraftSave(req.context)) {
      const errors = [
        ...(merged.number ? [] : [{ path: 'number', message: t(req, 'documentNumberToPublish') }]),
        ...(merged.issuedAt ? [] : [{ path: 'issuedAt', message: t(req, 'documentDateToPublish') }]),
      ]
      if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
      data.publishedAt = stored?.publishedAt ?? nowOf(req.context).toISOString()
    } else {
      data.publishedAt = stored?.publishedAt ?? null
    }
    return data
  }
