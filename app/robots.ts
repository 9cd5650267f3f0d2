import type { MetadataRoute } from 'next'

/**
 * Search engines read the public site and the files its pages show; the admin and the JSON API
 * are not pages. The sitemap and the feeds (`/api/cchc/…`) are for them.
 */
const site = (process.env.PUBLIC_SITE_URL || process.env.SERVER_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '')

const robots = (): MetadataRoute.Robots => ({
  rules: [{ userAgent: '*', allow: ['/', '/api/cchc-media/file/', '/api/cchc/feeds/', '/api/cchc/sitemap.xml'], disallow: ['/admin', '/api/'] }],
  sitemap: `${site}/api/cchc/sitemap.xml`,
})

export default robots
