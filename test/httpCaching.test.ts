/**
 * HTTP caching of anonymous reads: ETag and Last-Modified, 304s, Cache-Control per route, CORS,
 * credentials never cached, and a response cache that two instances on one database keep fresh
 * through the content version in PostgreSQL.
 */
import type { Payload } from 'payload'

import { getPayload, handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cacheAnonymousReads } from '../src/index.ts'
import { carriesCredentials, entityTag, isNotModified, matchesEntityTag, publicRouteKind } from '../src/lib/httpCaching.ts'
import { readContentVersion } from '../src/services/contentVersion.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { postInState } from './helpers/posts.ts'

describe('the rules (pure)', () => {
  it('tags bodies by their bytes and compares tags weakly for If-None-Match', () => {
    const a = entityTag(new TextEncoder().encode('{"a":1}'))
    expect(a).toMatch(/^"[\w-]{32}"$/)
    expect(entityTag(new TextEncoder().encode('{"a":1}'))).toBe(a)
    expect(entityTag(new TextEncoder().encode('{"a":2}'))).not.toBe(a)
    expect(matchesEntityTag(`"x", W/${a}`, a)).toBe(true)
    expect(matchesEntityTag('*', a)).toBe(true)
    expect(matchesEntityTag('"x"', a)).toBe(false)
    expect(matchesEntityTag(null, a)).toBe(false)
  })

  it('answers 304 on If-None-Match first, else on If-Modified-Since to the second', () => {
    const changed = new Date('2026-03-01T10:00:00.400Z')
    const tag = '"t"'
    expect(isNotModified(new Headers({ 'if-none-match': '"t"' }), tag, changed)).toBe(true)
    // A tag that differs wins over a date that would match.
    expect(isNotModified(new Headers({ 'if-none-match': '"u"', 'if-modified-since': changed.toUTCString() }), tag, changed)).toBe(false)
    expect(isNotModified(new Headers({ 'if-modified-since': changed.toUTCString() }), tag, changed)).toBe(true)
    expect(isNotModified(new Headers({ 'if-modified-since': new Date('2026-03-01T09:59:59Z').toUTCString() }), tag, changed)).toBe(false)
    expect(isNotModified(new Headers({ 'if-modified-since': 'yesterday' }), tag, changed)).toBe(false)
    expect(isNotModified(new Headers(), tag, changed)).toBe(false)
  })

  it('takes Authorization or the session cookie as credentials, other cookies not', () => {
    expect(carriesCredentials(new Headers({ authorization: 'JWT x' }))).toBe(true)
    expect(carriesCredentials(new Headers({ cookie: 'a=1; payload-token=abc' }))).toBe(true)
    expect(carriesCredentials(new Headers({ cookie: 'payload-lng=vi' }))).toBe(false)
    expect(carriesCredentials(new Headers({ cookie: 'site-token=1' }), 'site')).toBe(true)
    expect(carriesCredentials(new Headers())).toBe(false)
  })

  it('knows the public routes and leaves the rest alone', () => {
    const routes = { publicSlugs: ['cchc-posts', 'cchc-media', 'procedures'], mediaSlug: 'cchc-media', feedPaths: ['/cchc/feeds/', '/cchc/sitemap.xml'] }
    expect(publicRouteKind('/cchc-posts', routes)).toBe('content')
    expect(publicRouteKind('/cchc-posts/12', routes)).toBe('content')
    expect(publicRouteKind('/procedures/search', routes)).toBe('content')
    expect(publicRouteKind('/cchc-media/file/a.jpg', routes)).toBe('media')
    expect(publicRouteKind('/cchc/feeds/posts.xml', routes)).toBe('feeds')
    expect(publicRouteKind('/cchc/sitemap.xml', routes)).toBe('feeds')
    for (const path of ['/users/me', '/cchc-reports', '/cchc-posts/versions', '/cchc-posts/access', '/cchc-posts/12/extra', '/cchc/other', '/payload-jobs/run']) {
      expect(publicRouteKind(path, routes), path).toBeNull()
    }
  })
})

type Instance = { get: (path: string, headers?: Record<string, string>) => Promise<{ status: number; text: string; headers: Headers }> }

const instance = (app: TestApp, key?: string): Instance => {
  const handler = cacheAnonymousReads(
    app.config,
    (request: Request) => handleEndpoints({ config: app.config, request, ...(key ? { payloadInstanceCacheKey: key } : {}) }),
    { payloadKey: key },
  )
  return {
    get: async (path, headers = {}) => {
      const response = await handler(new Request(`http://localhost:3000/api${path}`, { headers }))
      return { status: response.status, text: await response.text(), headers: response.headers }
    },
  }
}

let app: TestApp
let second: Payload
let a: Instance
let b: Instance
let editor: Actor
let unitId: number | string

beforeAll(async () => {
  app = await bootApp()
  // A second Payload on the same database, with its own pool and its own response cache: another instance.
  second = await getPayload({ config: app.config, key: 'second-instance' })
  a = instance(app)
  b = instance(app, 'second-instance')
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  unitId = editor.unitId!
})
afterAll(async () => {
  await second?.destroy()
  await app?.close()
})

const listPath = '/cchc-posts?limit=50&depth=0&sort=-publishedAt'
const titlesIn = (text: string): string[] => (JSON.parse(text) as { docs: { title: string }[] }).docs.map((doc) => doc.title)

describe('anonymous reads', () => {
  it('carry a strong ETag, Last-Modified, public Cache-Control and CORS for any origin; the same tag answers 304', async () => {
    await postInState(app, unitId, 'published', { title: 'Tin có ETag' })
    const first = await a.get(listPath, { origin: 'https://portal.example' })
    expect(first.status).toBe(200)
    const tag = first.headers.get('etag')!
    expect(tag).toMatch(/^"[\w-]{32}"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('access-control-allow-credentials')).toBeNull()
    const lastModified = first.headers.get('last-modified')!
    expect(Date.parse(lastModified)).toBeGreaterThan(0)

    const again = await a.get(listPath, { 'if-none-match': tag })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    expect(again.headers.get('etag')).toBe(tag)
    // The other instance computes the same tag from the same bytes.
    expect((await b.get(listPath, { 'if-none-match': tag })).status).toBe(304)
    expect((await a.get(listPath, { 'if-modified-since': lastModified })).status).toBe(304)
    expect((await a.get(listPath, { 'if-none-match': '"something-else"' })).status).toBe(200)
  })

  it('a publish on one instance is seen on the very next anonymous request to the other', async () => {
    const before = await b.get(listPath)
    await b.get(listPath) // warm: B would answer this from memory
    const post = await postInState(app, unitId, 'in_review', { title: 'Tin vừa duyệt' })
    expect(titlesIn((await b.get(listPath)).text)).not.toContain('Tin vừa duyệt')
    const versionBefore = (await readContentVersion(second, app.config.custom.cchc)).version

    // Published through A's REST, as an editor would.
    const published = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: editor.token, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    expect((await readContentVersion(second, app.config.custom.cchc)).version).toBeGreaterThan(versionBefore)

    const after = await b.get(listPath)
    expect(after.status).toBe(200)
    expect(titlesIn(after.text)).toContain('Tin vừa duyệt')
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
  })

  it('a page read, its post turned back to a draft, read again: gone, on both instances, by id and in the list', async () => {
    const post = await postInState(app, unitId, 'published', { title: 'Tin sẽ gỡ' })
    for (const instanceOf of [a, b]) {
      expect((await instanceOf.get(`/cchc-posts/${post.id}`)).status).toBe(200)
      expect(titlesIn((await instanceOf.get(listPath)).text)).toContain('Tin sẽ gỡ')
    }
    // Unpublished on the second instance, through its Local API.
    await second.update({ collection: 'cchc-posts', id: post.id, data: { _status: 'draft' } as never })
    for (const instanceOf of [a, b]) {
      const byId = await instanceOf.get(`/cchc-posts/${post.id}`)
      expect(byId.status).not.toBe(200)
      expect(byId.text).not.toContain('Tin sẽ gỡ')
      expect(byId.headers.get('cache-control')).toBe('no-store')
      expect(titlesIn((await instanceOf.get(listPath)).text)).not.toContain('Tin sẽ gỡ')
    }
  })

  it('unpublished after a newer draft was saved: gone on the next read (the draft, not the published post, was the previous document)', async () => {
    const post = await postInState(app, unitId, 'published', { title: 'Tin có bản nháp rồi gỡ' })
    expect(titlesIn((await a.get(listPath)).text)).toContain('Tin có bản nháp rồi gỡ')
    const draft = await app.rest('PATCH', `/cchc-posts/${post.id}?draft=true`, { token: editor.token, body: { title: 'Nháp mới hơn' } })
    expect(draft.status).toBe(200)
    expect(titlesIn((await b.get(listPath)).text)).toContain('Tin có bản nháp rồi gỡ')
    const unpublished = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: editor.token, body: { _status: 'draft' } })
    expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
    for (const instanceOf of [a, b]) {
      const text = (await instanceOf.get(listPath)).text
      expect(titlesIn(text)).not.toContain('Tin có bản nháp rồi gỡ')
      expect(titlesIn(text)).not.toContain('Nháp mới hơn')
    }
  })

  it('a draft saved on a published post is not served; a new draft changes no version', async () => {
    const post = await postInState(app, unitId, 'published', { title: 'Bản công khai' })
    const version = (await readContentVersion(app.payload, app.config.custom.cchc)).version
    await app.payload.create({ collection: 'cchc-posts', data: { title: 'Nháp mới', format: 'article', unit: unitId } as never })
    expect((await readContentVersion(app.payload, app.config.custom.cchc)).version).toBe(version)
    await app.payload.update({ collection: 'cchc-posts', id: post.id, draft: true, data: { title: 'Bản nháp bí mật' } as never })
    for (const instanceOf of [a, b]) {
      const text = (await instanceOf.get(`/cchc-posts/${post.id}?draft=true`)).text
      expect(text).toContain('Bản công khai')
      expect(text).not.toContain('Bản nháp bí mật')
    }
  })

  it('callers that come together share a version read, never one sent before they came', async () => {
    const options = app.config.custom.cchc
    const db = app.payload.db as unknown as { pool: { query: (...args: unknown[]) => Promise<unknown> } }
    const sent: string[] = []
    let held: Promise<void> | undefined
    const query = db.pool.query
    db.pool.query = async function (this: unknown, ...args: unknown[]) {
      const isRead = String(args[0]).includes('"version"::bigint')
      if (isRead) sent.push('read')
      const result = await query.apply(this, args)
      // A read already answered by PostgreSQL, its answer held back on its way to the caller.
      if (isRead && held) await held
      return result
    }
    try {
      const before = (await readContentVersion(app.payload, options)).version
      sent.length = 0
      // Fifty at once: one read answers the first, one more every caller that came while it ran.
      const together = await Promise.all(Array.from({ length: 50 }, () => readContentVersion(app.payload, options)))
      expect(together.every((read) => read.version === before)).toBe(true)
      expect(sent.length).toBeLessThanOrEqual(2)
      // A read answered before a change committed, still on its way; then a caller: it sees the change.
      let release!: () => void
      held = new Promise<void>((resolve) => (release = resolve))
      const running = readContentVersion(app.payload, options)
      await postInState(app, unitId, 'published', { title: 'Tin mới giữa hai lần đọc' })
      const after = readContentVersion(app.payload, options)
      held = undefined
      release()
      expect((await running).version).toBe(before)
      expect((await after).version).toBeGreaterThan(before)
    } finally {
      db.pool.query = query
    }
  })

  it('a rolled-back change bumps nothing', async () => {
    const post = await postInState(app, unitId, 'published', { title: 'Tin giữ nguyên' })
    const version = (await readContentVersion(app.payload, app.config.custom.cchc)).version
    // A title over the limit: refused after nothing was written.
    const refused = await app.rest('PATCH', `/cchc-posts/${post.id}`, { token: editor.token, body: { title: 'x'.repeat(400) } })
    expect(refused.status).toBe(400)
    expect((await readContentVersion(app.payload, app.config.custom.cchc)).version).toBe(version)
  })
})

describe('requests with credentials', () => {
  it('are never cached nor served from the cache, and say private, no-store', async () => {
    const post = await postInState(app, unitId, 'draft', { title: 'Nháp của biên tập' })
    // Anonymous first, so that an anonymous answer sits in the cache for this URL.
    const path = `/cchc-posts?where[id][equals]=${post.id}&depth=0`
    const anonymous = await a.get(path)
    expect(JSON.parse(anonymous.text).docs).toHaveLength(0)

    const signedIn = await a.get(path, { authorization: `JWT ${editor.token}` })
    expect(signedIn.status).toBe(200)
    expect(JSON.parse(signedIn.text).docs.map((doc: { id: number }) => doc.id)).toEqual([post.id])
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    expect(signedIn.headers.get('etag')).toBeNull()

    // …and the editor's answer is not kept for anyone else.
    expect(JSON.parse((await a.get(path)).text).docs).toHaveLength(0)
    // A session cookie (Payload then decides whether it trusts it): not served from the cache either.
    const cookie = await a.get(path, { cookie: `payload-token=${editor.token}`, origin: 'http://localhost:3000' })
    expect(cookie.headers.get('cache-control')).toBe('private, no-store')
    expect(cookie.headers.get('etag')).toBeNull()
  })

  it('leave private routes to Payload: an anonymous /users/me carries no public caching', async () => {
    const me = await a.get('/users/me')
    expect(me.headers.get('cache-control') ?? '').not.toContain('public')
    expect(me.headers.get('access-control-allow-origin')).not.toBe('*')
  })
})

describe('CORS', () => {
  it('an anonymous GET of published data answers any origin with *, without credentials', async () => {
    for (const path of [listPath, '/procedures/search?q=dang%20ky', '/cchc/feeds/posts.xml']) {
      const reply = await a.get(path, { origin: 'https://bat-ky-trang-nao.example' })
      expect(reply.headers.get('access-control-allow-origin'), path).toBe('*')
      expect(reply.headers.get('access-control-allow-credentials'), path).toBeNull()
    }
  })

  it('a request with credentials is answered for SERVER_URL and TRUSTED_ORIGINS only', async () => {
    const trusted = await a.get(listPath, { origin: 'http://localhost:3000', authorization: `JWT ${editor.token}` })
    expect(trusted.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(trusted.headers.get('access-control-allow-credentials')).toBe('true')
    const foreign = await a.get(listPath, { origin: 'https://bat-ky-trang-nao.example', authorization: `JWT ${editor.token}` })
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('https://bat-ky-trang-nao.example')
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('*')
    // Anything else asked anonymously from a foreign origin keeps Payload's rule too.
    const me = await a.get('/users/me', { origin: 'https://bat-ky-trang-nao.example' })
    expect(me.headers.get('access-control-allow-origin')).not.toBe('*')
  })
})

describe('the content version', () => {
  it('is bumped by applying a decision, and the procedure is served on the next anonymous request', async () => {
    const code = '1.888001'
    const search = `/procedures?where[code][equals]=${code}&depth=0`
    expect(JSON.parse((await b.get(search)).text).docs).toHaveLength(0)
    const decision = await app.rest('POST', '/procedure-announcements', {
      token: editor.token,
      body: {
        number: '88/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng', signer: 'Chủ tịch', signedAt: '2026-10-01T12:00:00.000Z', effectiveDate: '2026-10-02T12:00:00.000Z',
        summary: 'Công bố', _status: 'draft',
        items: [{ kind: 'new', code, data: { name: 'Chứng thực bản sao', sector: 'Chứng thực', level: 'commune', channels: ['in_person'], processingTime: '01 ngày', fees: 'Không' } }],
      },
    })
    expect(decision.status, JSON.stringify(decision.body)).toBe(201)
    expect((await app.rest('PATCH', `/procedure-announcements/${decision.body.doc.id}`, { token: editor.token, body: { _status: 'published' } })).status).toBe(200)
    expect(JSON.parse((await b.get(search)).text).docs.map((doc: { code: string }) => doc.code)).toEqual([code])
  })

  it('is bumped by a scheduled publish firing in the jobs queue', async () => {
    const post = await postInState(app, unitId, 'in_review', { title: 'Tin hẹn giờ' })
    expect(titlesIn((await b.get(listPath)).text)).not.toContain('Tin hẹn giờ')
    const version = (await readContentVersion(app.payload, app.config.custom.cchc)).version
    await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'cchc-posts', value: post.id } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await app.payload.jobs.run({ overrideAccess: true } as never)
    expect((await readContentVersion(app.payload, app.config.custom.cchc)).version).toBeGreaterThan(version)
    expect(titlesIn((await b.get(listPath)).text)).toContain('Tin hẹn giờ')
  })
})

describe('a cache hit', () => {
  it('costs one statement (the content version), where Payload runs several', async () => {
    const pool = (app.payload.db as unknown as { pool: { query: (...args: any[]) => Promise<unknown>; connect: (...args: any[]) => Promise<unknown> } }).pool
    const count = async (work: () => Promise<unknown>) => {
      const { query, connect } = pool
      let statements = 0
      // pg's pool.query checks out a client itself; a checkout by anything else (a transaction) counts too.
      let inQuery = false
      pool.query = (...args: any[]) => {
        statements += 1
        inQuery = true
        const result = query.apply(pool, args)
        inQuery = false
        return result
      }
      pool.connect = (...args: any[]) => ((statements += inQuery ? 0 : 1), connect.apply(pool, args))
      try {
        await work()
      } finally {
        pool.query = query
        pool.connect = connect
      }
      return statements
    }
    const page = `${listPath}&depth=1`
    await a.get(page)
    expect(await count(() => a.get(page))).toBe(1)
    expect(await count(() => app.payload.find({ collection: 'cchc-posts' as 'units', depth: 1, limit: 50, overrideAccess: false }))).toBeGreaterThan(1)
  })
})

describe('without a content version to key on', () => {
  it('answers afresh and lets nobody keep the answer', async () => {
    const pool = (app.payload.db as unknown as { pool: { query: (text: string) => Promise<unknown> } }).pool
    await pool.query('alter table cchc_content_versions rename to cchc_content_versions_away')
    try {
      const reply = await a.get(listPath)
      expect(reply.status).toBe(200)
      expect(reply.headers.get('cache-control')).toBe('no-store')
      expect(reply.headers.get('etag')).toBeNull()
    } finally {
      await pool.query('alter table cchc_content_versions_away rename to cchc_content_versions')
    }
    expect((await a.get(listPath)).headers.get('etag')).not.toBeNull()
  })
})
