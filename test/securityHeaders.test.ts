/**
 * Security headers: the plugin's own on every media file it serves; the host's from next.config.mjs
 * and, for pages, a Content-Security-Policy with a fresh nonce from the proxy. (The built app's
 * actual responses are checked by .ci/production-check.ts.)
 */
import { NextRequest } from 'next/server'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import nextConfig from '../next.config.mjs'
import { proxy } from '../proxy.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
let editor: Actor
let filename: string

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6' } }).png().toBuffer()
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'logo.png')
  body.append('_payload', JSON.stringify({ alt: 'Biểu trưng' }))
  filename = (await app.rest('POST', '/cchc-media', { token: editor.token, body })).body.doc.filename
})
afterAll(() => app?.close())

describe('media files the plugin serves', () => {
  it.each([
    ['the whole file', {}, 200],
    ['a range of it', { Range: 'bytes=0-9' }, 206],
  ])('%s: no sniffing, nothing runs, no framing', async (_name, headers, status) => {
    const reply = await app.rest('GET', `/cchc-media/file/${filename}`, { headers })
    expect(reply.status).toBe(status)
    expect(reply.headers.get('content-type')).toBe('image/png')
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff')
    expect(reply.headers.get('x-frame-options')).toBe('DENY')
    const policy = reply.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain('script-src')
  })
})

type HeaderRule = { source: string; headers: { key: string; value: string }[] }

describe('the host’s headers (next.config.mjs)', () => {
  const rules = async () => (await (nextConfig as unknown as { headers: () => Promise<HeaderRule[]> }).headers())
  const headersFor = async (path: string) => {
    const found = new Map<string, string>()
    for (const rule of await rules()) {
      const pattern = new RegExp(`^${rule.source.replace('/:path*', '(/.*)?').replace(/:path\((.*)\)$/, '($1)')}$`)
      if (pattern.test(path)) for (const { key, value } of rule.headers) found.set(key.toLowerCase(), value)
    }
    return found
  }

  it('send no X-Powered-By', async () => {
    expect(nextConfig.poweredByHeader).toBe(false)
    const all = (await rules()).flatMap((rule) => rule.headers.map((header) => header.key.toLowerCase()))
    expect(all).not.toContain('x-powered-by')
  })

  it.each(['/admin', '/admin/collections/cchc-posts', '/api/cchc-posts', '/api/cchc-media/file/anh.jpg'])(
    '%s: nosniff, no framing, a referrer policy',
    async (path) => {
      const headers = await headersFor(path)
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('x-frame-options')).toBe('DENY')
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    },
  )

  it('the API’s policy allows nothing to run or frame it', async () => {
    expect((await headersFor('/api/cchc-posts')).get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    )
    expect((await headersFor('/admin')).has('content-security-policy')).toBe(false) // the proxy's
  })
})

describe('the pages’ policy (the proxy)', () => {
  const policyOf = (path: string) => {
    const response = proxy(new NextRequest(`http://localhost:3000${path}`))
    return {
      sent: response.headers.get('content-security-policy') ?? '',
      // What Next.js renders the page with: the request's headers as the proxy rewrote them.
      toNext: response.headers.get('x-middleware-request-content-security-policy') ?? '',
    }
  }

  it('gives each page a fresh nonce, the same one Next.js puts on its scripts, and forbids framing', () => {
    const first = policyOf('/admin/login')
    const second = policyOf('/admin/login')
    const nonce = /'nonce-([^']+)'/.exec(first.sent)?.[1]
    expect(nonce).toBeTruthy()
    expect(first.toNext).toBe(first.sent)
    expect(second.sent).not.toContain(nonce)
    expect(first.sent).toContain("frame-ancestors 'none'")
    expect(first.sent).toContain("object-src 'none'")
    expect(first.sent).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  })

  it('still opens the admin in Vietnamese', () => {
    const response = proxy(new NextRequest('http://localhost:3000/admin'))
    expect(response.cookies.get('payload-lng')?.value).toBe('vi')
  })
})
