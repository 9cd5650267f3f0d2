/**
 * The document as stored before this write: none on create. On a duplicate Payload runs `create`
 * with the source as `originalDoc`, and the source's state (published, applied, submitted) is not
 * the new document's past; reading it there let a contributor's copy of a published document be
 * stored as published.
 */
export const storedBefore = <T>({ operation, originalDoc }: { operation?: string; originalDoc?: T }): T | undefined =>
  operation === 'update' ? originalDoc : undefined
