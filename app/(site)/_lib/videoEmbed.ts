import getVideoId from 'get-video-id'

export type VideoEmbed = {
  provider: 'YouTube' | 'Vimeo' | 'Facebook'
  /** The player to frame: YouTube's no-cookie domain, Vimeo without tracking (dnt), Facebook's plugin. */
  src: string
  /** The link as the editor gave it, for readers whose browser shows no frame. */
  watchUrl: string
}

const youTubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'])
const vimeoHosts = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'])
const facebookHosts = new Set(['facebook.com', 'www.facebook.com', 'm.facebook.com', 'fb.watch'])
// Ids as the players take them; anything else is not framed.
const idPattern = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The privacy-friendly player for a post's video link, or null when the link is not an https link
 * to a video on YouTube, Vimeo or Facebook (the page then shows the link alone). Ids are read by
 * get-video-id, which knows the many shapes of YouTube and Vimeo links.
 */
export const videoEmbed = (link: string | null | undefined): VideoEmbed | null => {
  if (!link) return null
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return null
  }
  if (url.protocol !== 'https:') return null
  const host = url.hostname.toLowerCase()
  if (facebookHosts.has(host)) {
    const src = `https://www.facebook.com/plugins/video.php?${new URLSearchParams({ href: url.toString(), show_text: 'false' })}`
    return { provider: 'Facebook', src, watchUrl: url.toString() }
  }
  const { id, service } = getVideoId(url.toString())
  if (!id || !idPattern.test(id)) return null
  if (service === 'youtube' && youTubeHosts.has(host)) {
    return { provider: 'YouTube', src: `https://www.youtube-nocookie.com/embed/${id}`, watchUrl: url.toString() }
  }
  if (service === 'vimeo' && vimeoHosts.has(host)) {
    return { provider: 'Vimeo', src: `https://player.vimeo.com/video/${id}?dnt=1`, watchUrl: url.toString() }
  }
  return null
}
