/** Which video links the public site frames, and with which privacy-friendly player. */
import { describe, expect, it } from 'vitest'

import { videoFrameSources } from '../host/securityHeaders.mjs'
import { videoEmbed } from '../app/(site)/_lib/videoEmbed.ts'

describe('video embeds', () => {
  it.each([
    ['https://www.youtube.com/watch?v=M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'],
    ['https://youtube.com/watch?v=M7lc1UVf-VE&t=30s', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'],
    ['https://m.youtube.com/watch?v=M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'],
    ['https://youtu.be/M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'],
    ['https://www.youtube.com/shorts/M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'],
    ['https://www.youtube.com/embed/M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'],
  ])('YouTube %s plays from the no-cookie domain', (link, src) => {
    expect(videoEmbed(link)).toEqual({ provider: 'YouTube', src, watchUrl: new URL(link).toString() })
  })

  it('Vimeo plays without tracking (dnt)', () => {
    expect(videoEmbed('https://vimeo.com/76979871')?.src).toBe('https://player.vimeo.com/video/76979871?dnt=1')
    expect(videoEmbed('https://player.vimeo.com/video/76979871')?.src).toBe('https://player.vimeo.com/video/76979871?dnt=1')
  })

  it('Facebook plays in its video plugin, the link passed whole and encoded', () => {
    const embed = videoEmbed('https://www.facebook.com/ubndxa/videos/1234567890/')
    expect(embed?.provider).toBe('Facebook')
    const src = new URL(embed!.src)
    expect(src.origin + src.pathname).toBe('https://www.facebook.com/plugins/video.php')
    expect(src.searchParams.get('href')).toBe('https://www.facebook.com/ubndxa/videos/1234567890/')
    expect(videoEmbed('https://fb.watch/abcDEF123/')?.provider).toBe('Facebook')
  })

  it.each([
    ['plain http', 'http://www.youtube.com/watch?v=M7lc1UVf-VE'],
    ['another host', 'https://evil.example/watch?v=M7lc1UVf-VE'],
    ['a host that only looks like YouTube', 'https://youtube.com.evil.example/watch?v=M7lc1UVf-VE'],
    ['a YouTube page that is no video', 'https://www.youtube.com/feed/trending'],
    ['not a link', 'xem video ở đây'],
    ['a script', 'javascript:alert(1)'],
    ['nothing', ''],
  ])('%s is not framed', (_, link) => {
    expect(videoEmbed(link)).toBeNull()
  })

  it('every player it frames is one the page’s Content-Security-Policy allows as a frame', () => {
    const links = ['https://youtu.be/M7lc1UVf-VE', 'https://vimeo.com/76979871', 'https://www.facebook.com/watch/?v=1234567890']
    for (const link of links) expect(videoFrameSources).toContain(new URL(videoEmbed(link)!.src).origin)
  })
})
