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

/** The API answers JSON and files, which never need a script, a style or a frame. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/**
 * Pages (the admin panel): scripts only with the request's nonce, which Next.js puts on its own
 * script tags and which trusts what they load ('strict-dynamic'); styles inline, as Payload's
 * components write them; images and media also from blob: and data: (upload previews, icons).
 * Development adds what Next.js's dev server needs: eval for fast refresh and its websocket.
 * @param {string} nonce
 * @param {boolean} production
 */
export const pageContentSecurityPolicy = (nonce, production) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `connect-src 'self'${production ? '' : ' ws: wss:'}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
