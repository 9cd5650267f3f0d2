/**
 * The version a client says its edit is based on, from an `If-Match` header (or the Local API's
 * `context.ifMatch`): the document's `updatedAt` as it read it, quoted as an entity tag or not.
 * `*` matches any existing version. Several tags: the edit goes through when one of them is current.
 */
export type DeclaredVersion = { any: true } | { any: false; instants: number[] } | 'invalid'

export const parseIfMatch = (value: unknown): DeclaredVersion | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid' : { any: false, instants: [value.getTime()] }
  if (typeof value !== 'string') return 'invalid'
  const tags = value.split(',').map((tag) => tag.trim()).filter(Boolean)
  if (tags.includes('*')) return { any: true }
  const instants = tags.map((tag) => {
    const bare = tag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1')
    // An instant with its zone, as Payload writes updatedAt; a bare date or local time is ambiguous.
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(bare) ? Date.parse(bare) : Number.NaN
  })
  if (instants.length === 0 || instants.some(Number.isNaN)) return 'invalid'
  return { any: false, instants }
}

/** Whether the stored version is one the client declared. */
export const isCurrent = (declared: Exclude<DeclaredVersion, 'invalid'>, storedUpdatedAt: string | Date): boolean =>
  declared.any || declared.instants.includes(new Date(storedUpdatedAt).getTime())
