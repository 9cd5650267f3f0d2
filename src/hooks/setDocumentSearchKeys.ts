import type { CollectionBeforeChangeHook } from 'payload'

import { documentSearchKeys } from '../lib/documentSearchKeys.ts'

/**
 * The folded keys a document is searched by (number without spacing or punctuation, summary,
 * issuer, signer), for the column's documents and the procedure announcement decisions alike, so
 * that one search finds both. `issuerName` is the issuer as text (a document's is set before this).
 */
export const setDocumentSearchKeys: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  Object.assign(data, documentSearchKeys({ ...merged, issuerName: merged.issuerName ?? merged.issuer }))
  return data
}
