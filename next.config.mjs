import { withPayload } from '@payloadcms/next/withPayload'

import { apiContentSecurityPolicy, everyResponseHeaders } from './host/securityHeaders.mjs'

const production = process.env.NODE_ENV === 'production'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Otherwise withPayload sends "X-Powered-By: Next.js, Payload" on every response.
  poweredByHeader: false,
  // Pages get their Content-Security-Policy, with a nonce, from proxy.ts.
  headers: async () => [
    { source: '/:path*', headers: everyResponseHeaders(production) },
    // The GraphQL playground (development only) is a page that loads its scripts from a CDN.
    { source: '/api/:path((?!graphql-playground$).*)', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
