/**
 * Addresses of the portal's public pages, absolute on its site URL. The paths are the reference
 * site's (`app/(site)/_lib/routes.ts`); a portal that serves the section elsewhere redirects.
 */
export const publicLinks = (siteUrl: string) => {
  const section = `${siteUrl}/cai-cach-hanh-chinh`
  return {
    section,
    post: (slug: string) => `${section}/bai-viet/${encodeURIComponent(slug)}`,
    topic: (slug: string) => `${section}/chuyen-muc/${encodeURIComponent(slug)}`,
    procedures: `${section}/thu-tuc`,
    procedure: (code: string) => `${section}/thu-tuc/${encodeURIComponent(code)}`,
    procedureChanges: `${section}/thu-tuc/thay-doi`,
    figures: `${section}/ket-qua-giai-quyet`,
    documents: `${section}/van-ban`,
    document: (id: number | string) => `${section}/van-ban/${encodeURIComponent(String(id))}`,
    /** The documents list searched for one number: where a decision, which has no page of its own, is found. */
    documentNumber: (number: string) => `${section}/van-ban?q=${encodeURIComponent(number)}`,
    /** A feed or the sitemap, served by the API on the same site. */
    api: (path: string) => `${siteUrl}/api${path}`,
  }
}

/** A file's address on the public site: Payload's absolute URL on its own server, or a path, moved onto `siteUrl`. */
export const publicFileUrl = (url: null | string | undefined, siteUrl: string, serverUrl: string): null | string => {
  if (!url) return null
  if (serverUrl && url.startsWith(`${serverUrl}/`)) return `${siteUrl}${url.slice(serverUrl.length)}`
  if (url.startsWith('/')) return `${siteUrl}${url}`
  return url
}

/** The feed formats, by the file's extension. */
export const feedFormats = {
  xml: { kind: 'rss2', contentType: 'application/rss+xml; charset=utf-8' },
  atom: { kind: 'atom1', contentType: 'application/atom+xml; charset=utf-8' },
  json: { kind: 'json1', contentType: 'application/feed+json; charset=utf-8' },
} as const

export type FeedFormat = keyof typeof feedFormats

/** `posts.xml` → `{ name: 'posts', format: 'xml' }`; null for anything else. */
export const feedFile = (file: string): { name: string; format: FeedFormat } | null => {
  const match = /^([a-z0-9-]+)\.(xml|atom|json)$/.exec(file)
  return match ? { name: match[1]!, format: match[2] as FeedFormat } : null
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

/**
 * A sitemap (sitemaps.org 0.9). Written by hand: it is four elements, and the usual package
 * (`sitemap`) streams for millions of URLs, which a commune's section never has.
 */
export const sitemapXml = (entries: { loc: string; lastmod?: Date | null }[]): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      ({ loc, lastmod }) => `<url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n')
