/**
 * The id a relationship holds, whether Payload populated the related document or not (`12`, or
 * `{ id: 12, … }`); null for none.
 */
export const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') {
    const id = (value as { id?: unknown }).id
    return typeof id === 'number' || typeof id === 'string' ? id : null
  }
  return typeof value === 'number' || typeof value === 'string' ? value : null
}
