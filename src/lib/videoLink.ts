/** Whether a video link is an https URL on one of the allowed hosts (exact host names). */
export const isAllowedVideoLink = (link: string, hosts: readonly string[]): boolean => {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return false
  }
  return url.protocol === 'https:' && hosts.includes(url.hostname.toLowerCase())
}
