/**
 * The host app's security headers, in one place: next.config.mjs sets the static ones on every
 * response, proxy.ts sets each page's Content-Security-Policy with a fresh nonce. Plain
 * JavaScript because next.config.mjs loads it before anything is compiled.
 */

/** @param {boolean} production */
export const everyResponseHeaders = (production) => [
  // A file is the type its Content-Type says; an HTML-looking upload is never run as a page.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // No other site may frame the admin (clickjacking); frame-ancestors says the same to newer browsers.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  // Browsers ignore it over plain HTTP, so it only binds a site served over HTTPS, as production is.
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
]

/**
 * Where the public site's embedded videos load from (privacy-friendly players of the hosts a post's
 * video link may name): the pages' `frame-src`, and what app/(site)/_lib/videoEmbed.ts builds.
 */
export const videoFrameSources = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com', 'https://www.facebook.com']

/**
 * The public site reads its API from `CCHC_API_URL` when it is another instance; the images and
 * files the API names are then served from there.
 */
const otherApiOrigin = () => {
  try {
    return process.env.CCHC_API_URL ? ` ${new URL(process.env.CCHC_API_URL).origin}` : ''
  } catch {
    return ''
  }
}

/** The API answers JSON and files, which never need a script, a style or a frame. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/**
 * Pages (the admin panel and the public site): scripts only with the request's nonce, which
 * Next.js puts on its own script tags and which trusts what they load ('strict-dynamic'); styles
 * inline, as Payload's components write them; images and media also from blob: and data: (upload
 * previews, icons); frames only from the video players the site embeds.
 * Development adds what Next.js's dev server needs: eval for fast refresh and its websocket.
 * @param {string} nonce
 * @param {boolean} production
 */
export const pageContentSecurityPolicy = (nonce, production) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${otherApiOrigin()}`,
    "font-src 'self' data:",
    `media-src 'self' blob:${otherApiOrigin()}`,
    `frame-src 'self' ${videoFrameSources.join(' ')}`,
    `connect-src 'self'${production ? '' : ' ws: wss:'}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
