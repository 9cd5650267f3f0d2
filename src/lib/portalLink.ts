/**
 * Whether a link is an https URL on an allowed host: `hosts` holds exact host names, or suffixes
 * starting with a dot (`.gov.vn` allows `dichvucong.haiphong.gov.vn`, not `evilgov.vn`).
 */
export const isAllowedPortalLink = (link: string, hosts: readonly string[]): boolean => {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return false
  }
  const host = url.hostname.toLowerCase()
  return url.protocol === 'https:' && !url.username && hosts.some((allowed) => (allowed.startsWith('.') ? host.endsWith(allowed) : host === allowed))
}
