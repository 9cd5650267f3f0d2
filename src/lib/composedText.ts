/**
 * Text in composed Unicode (NFC), as state systems keep it (TCVN 6909:2001). Some Vietnamese
 * keyboards and text copied out of PDFs send decomposed letters ("ế" as e + U+0302 + U+0301);
 * stored as sent, an exact lookup with the composed spelling would find nothing.
 */

/** The string in NFC; anything else as it is. */
export const composed = <T>(value: T): T => (typeof value === 'string' ? (value.normalize('NFC') as T) : value)

/**
 * Every string in a value of plain objects and arrays (a body, a `where`, a query string, a rich
 * text document), keys too, in NFC. Returns the same value when nothing changes, so an
 * untouched body stays the same object.
 */
export const composedDeep = <T>(value: T): T => {
  if (typeof value === 'string') return composed(value)
  if (Array.isArray(value)) {
    let changed = false
    const items = value.map((item) => {
      const next = composedDeep(item)
      if (next !== item) changed = true
      return next
    })
    return (changed ? items : value) as T
  }
  // GraphQL's arguments are objects without a prototype.
  const prototype = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined
  if (prototype === Object.prototype || prototype === null) {
    let changed = false
    const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      const nextKey = key.normalize('NFC')
      const next = composedDeep(item)
      if (next !== item || nextKey !== key) changed = true
      return [nextKey, next] as const
    })
    return (changed ? Object.fromEntries(entries) : value) as T
  }
  return value
}
