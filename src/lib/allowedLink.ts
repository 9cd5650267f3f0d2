/**
 * The host allow-list of links (a post's video, a procedure's portal page): an https URL without a
 * user name, on a host `hosts` names exactly or, for an entry starting with a dot, under it
 * (`.gov.vn` allows `dichvucong.haiphong.gov.vn`, not `evilgov.vn`).
 */
export const isAllowedLink = (link: string, hosts: readonly string[]): boolean => {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return false
  }
  const host = url.hostname.toLowerCase()
  return url.protocol === 'https:' && !url.username && hosts.some((allowed) => (allowed.startsWith('.') ? host.endsWith(allowed) : host === allowed))
}
