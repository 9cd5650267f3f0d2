/** Pictures on the public site: the WebP sizes as a srcset, sizes that hold, absolute URLs. */
import { describe, expect, it } from 'vitest'

import type { Media } from '../app/(site)/_lib/apiTypes.ts'

import { absoluteUrl, imageSources, shareImageUrl } from '../app/(site)/_lib/imageSources.ts'

const base = 'https://xa.example.gov.vn'
const photo = (extra: Partial<Media> = {}): Media => ({
  id: 1,
  url: '/api/cchc-media/file/anh.jpg',
  filename: 'anh.jpg',
  mimeType: 'image/jpeg',
  width: 2000,
  height: 1000,
  alt: 'Quầy tiếp nhận hồ sơ',
  sizes: {
    mobile: { url: '/api/cchc-media/file/anh-480x240.webp', width: 480, height: 240 },
    tablet: { url: '/api/cchc-media/file/anh-960x480.webp', width: 960, height: 480 },
    desktop: { url: '/api/cchc-media/file/anh-1600x800.webp', width: 1600, height: 800 },
  },
  ...extra,
})

describe('image sources', () => {
  it('gives every WebP size by width, the tablet size as the fallback, and the original’s size and alt', () => {
    expect(imageSources(photo(), base)).toEqual({
      src: `${base}/api/cchc-media/file/anh-960x480.webp`,
      srcSet: `${base}/api/cchc-media/file/anh-480x240.webp 480w, ${base}/api/cchc-media/file/anh-960x480.webp 960w, ${base}/api/cchc-media/file/anh-1600x800.webp 1600w`,
      width: 2000,
      height: 1000,
      alt: 'Quầy tiếp nhận hồ sơ',
    })
  })

  it('lists a width once when a narrow original gives the same width for several sizes', () => {
    const narrow = photo({
      width: 640,
      height: 480,
      sizes: {
        mobile: { url: 'https://cdn.example/anh-480.webp', width: 480, height: 360 },
        tablet: { url: 'https://cdn.example/anh-640.webp', width: 640, height: 480 },
        desktop: { url: 'https://cdn.example/anh-640.webp', width: 640, height: 480 },
      },
    })
    const sources = imageSources(narrow, base)!
    expect(sources.srcSet).toBe('https://cdn.example/anh-480.webp 480w, https://cdn.example/anh-640.webp 640w')
    expect(sources.src).toBe('https://cdn.example/anh-640.webp')
  })

  it('falls back to the original when there are no sizes', () => {
    expect(imageSources(photo({ sizes: null }), base)).toMatchObject({ src: `${base}/api/cchc-media/file/anh.jpg`, srcSet: undefined })
  })

  it('gives nothing for a file that is not an image, or that the reader may not fetch', () => {
    expect(imageSources(photo({ mimeType: 'application/pdf' }), base)).toBeNull()
    expect(imageSources(photo({ url: null }), base)).toBeNull()
    expect(imageSources(null, base)).toBeNull()
  })

  it('shares the largest size, as an absolute URL', () => {
    expect(shareImageUrl(photo(), base)).toBe(`${base}/api/cchc-media/file/anh-1600x800.webp`)
    expect(shareImageUrl(photo({ mimeType: 'video/mp4' }), base)).toBeNull()
    expect(absoluteUrl('https://other.example/a.webp', base)).toBe('https://other.example/a.webp')
    expect(absoluteUrl('/api/x.webp', 'http://localhost:3000')).toBe('http://localhost:3000/api/x.webp')
  })
})
