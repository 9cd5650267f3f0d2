import { type NextRequest, NextResponse } from 'next/server'

/**
 * The admin panel opens in Vietnamese whatever language the browser asks for; a user who picks
 * English in the account settings gets a `payload-lng` cookie, which is then left alone.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), 'payload-lng=vi'].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set('payload-lng', 'vi', { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
