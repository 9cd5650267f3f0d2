/**
 * The client's address as the `trustProxy` proxies nearest the app saw it: the entry that many
 * places from the right of `X-Forwarded-For` (each proxy appends the address it was called from,
 * so entries further left were written by the client and prove nothing). Null when the header is
 * absent, which under Next.js only happens to in-process calls.
 */
export const clientAddress = (headers: Headers, trustProxy: number): string | null => {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  return entries[Math.max(0, entries.length - trustProxy)]!
}
