import { type NextRequest, NextResponse } from 'next/server'

import { pageContentSecurityPolicy } from './host/securityHeaders.mjs'

/**
 * Every page gets a Content-Security-Policy with a nonce of its own: Next.js reads the nonce from
 * the request's policy and puts it on the page's script tags, so no injected script runs.
 *
 * The admin panel opens in Vietnamese whatever language the browser asks for; a user who picks
 * English in the account settings gets a `payload-lng` cookie, which is then left alone.
 */
export function proxy(request: NextRequest) {
  const policy = pageContentSecurityPolicy(btoa(crypto.randomUUID()), process.env.NODE_ENV === 'production')
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const setLanguage = request.nextUrl.pathname.startsWith('/admin') && !request.cookies.has('payload-lng')
  if (setLanguage) headers.set('cookie', [request.headers.get('cookie'), 'payload-lng=vi'].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  if (setLanguage) response.cookies.set('payload-lng', 'vi', { path: '/', sameSite: 'lax' })
  return response
}

// Pages only: the API and Next.js's static files get their headers from next.config.mjs.
export const config = { matcher: ['/((?!api/|_next/static/|_next/image|favicon.ico).*)'] }
