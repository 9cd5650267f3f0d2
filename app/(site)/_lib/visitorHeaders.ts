/**
 * The headers the site sends the API when it writes on a citizen's behalf (a rating, a view,
 * feedback). The API tells visitors apart, and caps each one's writes, by the address its trusted
 * proxies wrote in X-Forwarded-For and by the user agent (`src/lib/clientAddress.ts`): the site
 * passes on the chain its own request arrived with and the citizen's user agent, so the API counts
 * the citizen, not the site's server. This holds when the site runs behind the same proxies as the
 * API (the same app, as here); a portal elsewhere appends the address it was called from instead.
 */
export const visitorHeaders = (incoming: { get: (name: string) => string | null }): Record<string, string> => {
  const headers: Record<string, string> = { 'Accept-Language': 'vi' }
  const forwardedFor = incoming.get('x-forwarded-for')?.trim()
  if (forwardedFor) headers['X-Forwarded-For'] = forwardedFor.slice(0, 1000)
  const userAgent = incoming.get('user-agent')?.trim()
  if (userAgent) headers['User-Agent'] = userAgent.slice(0, 500)
  return headers
}
