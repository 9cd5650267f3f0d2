import type { MetadataRoute } from 'next'

/**
 * Search engines read the public site and the files its pages show; the admin and the JSON API
 * are not pages. The sitemap is named here when the public delivery issue adds it.
 */
const robots = (): MetadataRoute.Robots => ({
  rules: [{ userAgent: '*', allow: ['/', '/api/cchc-media/file/'], disallow: ['/admin', '/api/'] }],
})

export default robots
