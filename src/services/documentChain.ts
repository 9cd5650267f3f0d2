import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { idOf } from '../lib/relationId.ts'
import { decisionEntry, decisionListSelect, documentEntry, type DocumentListEntry, documentListSelect } from './documentSearch.ts'

type BasisRow = { number: string; title?: string | null; document?: unknown; numberKey?: string | null }

/** Most documents listed as based on one document. */
export const maxBasisOf = 100

/**
 * A document's "căn cứ" chain both ways, as the caller may read it: what it is based on (each
 * cited number, with the document or decision in the system that has it: the linked one, else one
 * with the same number), and the documents based on it (those linking it, or citing its number).
 * Numbers are matched by their key, so a citation typed "42 KH-UBND" finds 42/KH-UBND; two
 * issuers' documents with one number (each commune has its own 42/KH-UBND) both match.
 * An unknown or unreadable document is Payload's 404.
 */
export const documentChain = async (req: PayloadRequest, options: ResolvedOptions, id: number | string) => {
  const doc = (await req.payload.findByID({
    collection: options.slugs.documents,
    id,
    depth: 0,
    overrideAccess: false,
    req,
    select: { ...documentListSelect, numberKey: true, basis: true },
  })) as Record<string, any>

  const basis: BasisRow[] = Array.isArray(doc.basis) ? doc.basis : []
  const keys = [...new Set(basis.map((row) => row.numberKey).filter((key): key is string => Boolean(key)))]
  const linked = basis.map((row) => idOf(row.document)).filter((linkedId) => linkedId !== null)

  const cited =
    keys.length + linked.length === 0
      ? []
      : (
          await req.payload.find({
            collection: options.slugs.documents,
            where: { or: [{ id: { in: linked } }, { numberKey: { in: keys } }] },
            pagination: false,
            depth: 0,
            overrideAccess: false,
            req,
            select: { ...documentListSelect, numberKey: true },
          })
        ).docs
  const citedDecisions =
    keys.length === 0
      ? []
      : (
          await req.payload.find({
            collection: options.slugs.announcements,
            where: { numberKey: { in: keys } },
            pagination: false,
            depth: 0,
            overrideAccess: false,
            req,
            select: { ...decisionListSelect, numberKey: true },
          })
        ).docs

  const basedOn = basis.map((row) => {
    const linkedId = idOf(row.document)
    const found =
      (linkedId !== null ? cited.find((candidate) => candidate.id === linkedId) : undefined) ??
      cited.find((candidate) => row.numberKey && (candidate as Record<string, any>).numberKey === row.numberKey)
    const decision = found ? undefined : citedDecisions.find((candidate) => row.numberKey && (candidate as Record<string, any>).numberKey === row.numberKey)
    const match: DocumentListEntry | null = found ? documentEntry(found) : decision ? decisionEntry(decision) : null
    return { number: row.number, title: row.title ?? null, document: match }
  })

  const basisOf = await req.payload.find({
    collection: options.slugs.documents,
    where: {
      and: [
        { id: { not_equals: doc.id } },
        { or: [{ 'basis.document': { equals: doc.id } }, ...(doc.numberKey ? [{ 'basis.numberKey': { equals: doc.numberKey } }] : [])] },
      ],
    },
    sort: ['-issuedAt', '-id'],
    limit: maxBasisOf,
    depth: 0,
    overrideAccess: false,
    req,
    select: documentListSelect,
  })

  return { document: documentEntry(doc), basedOn, basisOf: basisOf.docs.map(documentEntry), totalBasisOf: basisOf.totalDocs }
}
