/**
 * Proves the committed migrations match the code and that the production path works:
 *   1. `payload migrate:create --skip-empty` finds no schema change to write;
 *   2. `npm start` refuses to start without PAYLOAD_SECRET;
 *   3. from an empty database, `npm run migrate`, then `npm start` (the built app), then
 *      register the first account, log in, read and write through the API, load the admin page;
 *   4. the admin in a browser; 5. the public site: content published through the API, nothing
 *      unpublished on its pages, a citizen's path in a browser (screenshots in .ci/artifacts/site).
 * Runs after `npm run build`. Uses its own embedded PostgreSQL, so it needs no server.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../host/embeddedPostgres.ts'

const root = path.resolve(import.meta.dirname, '..')
const fail = (message: string): never => {
  console.error(`production-check: FAILED: ${message}`)
  process.exit(1)
}
const step = (message: string) => console.log(`production-check: ${message}`)

// 1. Migrations match the code.
const before = new Set(readdirSync(path.join(root, 'migrations')))
const create = spawnSync('npx', ['payload', 'migrate:create', 'ci_check', '--skip-empty'], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused', PAYLOAD_SECRET: 'unused' },
  encoding: 'utf8',
})
const added = readdirSync(path.join(root, 'migrations')).filter((file) => !before.has(file))
if (create.status !== 0) fail(`migrate:create failed:\n${create.stdout}\n${create.stderr}`)
if (added.length > 0) {
  for (const file of added) rmSync(path.join(root, 'migrations', file))
  spawnSync('git', ['checkout', '--', 'migrations/index.ts'], { cwd: root })
  fail(`the schema differs from the committed migrations (it would write ${added.join(', ')}); run npm run migrate:create`)
}
step('committed migrations match the schema')

// 2. No secret, no start.
const noSecret = spawnSync('npm', ['start'], {
  cwd: root,
  env: { ...process.env, PAYLOAD_SECRET: '', DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused' },
  encoding: 'utf8',
  timeout: 60_000,
})
if (noSecret.status === 0 || !/PAYLOAD_SECRET is not set/.test(noSecret.stderr + noSecret.stdout)) {
  fail(`npm start without PAYLOAD_SECRET did not refuse (exit ${noSecret.status})`)
}
step('npm start refuses to run without PAYLOAD_SECRET')

// 3. From an empty database: migrate, start, use.
const dataParent = mkdtempSync(path.join(tmpdir(), 'cchc-prod-'))
const pgPort = 55100 + Math.floor(Math.random() * 400)
const db = await startEmbeddedPostgres({ dataDir: path.join(dataParent, 'pg'), persistent: false, port: pgPort })
await db.createDatabase('cchc_prod')
const appPort = String(3100 + Math.floor(Math.random() * 400))
const env = {
  ...process.env,
  DATABASE_URL: db.urlFor('cchc_prod'),
  PAYLOAD_SECRET: randomBytes(24).toString('hex'),
  NODE_ENV: 'production',
  PORT: appPort,
  SERVER_URL: `http://localhost:${appPort}`,
  // The browser walk runs the jobs queue as a scheduler would, with this secret.
  CRON_SECRET: randomBytes(24).toString('hex'),
}
let server: ChildProcess | undefined
const finish = async (code: number) => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve))
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  }
  await db.stop()
  process.exit(code)
}

try {
  const migrate = spawnSync('npm', ['run', 'migrate'], { cwd: root, env, encoding: 'utf8' })
  if (migrate.status !== 0) throw new Error(`npm run migrate failed:\n${migrate.stdout}\n${migrate.stderr}`)
  console.log(migrate.stdout.split('\n').filter((line) => /Migrat/.test(line)).join('\n'))
  step('migrations applied to an empty database')

  server = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'inherit', 'inherit'] })
  const base = `http://localhost:${appPort}`
  let up = false
  for (let attempt = 0; attempt < 120 && !up; attempt++) {
    try {
      up = (await fetch(`${base}/api/units?limit=1`)).status === 200
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  if (!up) throw new Error('the production server did not answer within 120 s')

  const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as any })
  const first = await json(
    await fetch(`${base}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'quantri@thanhmien.example', password: 'Mat-khau-san-xuat-1', name: 'Quản trị' }),
    }),
  )
  if (first.status !== 200) throw new Error(`first-register: ${first.status} ${JSON.stringify(first.body)}`)
  const login = await json(
    await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'quantri@thanhmien.example', password: 'Mat-khau-san-xuat-1' }),
    }),
  )
  if (login.status !== 200 || !login.body.token) throw new Error(`login: ${login.status}`)
  const auth = { Authorization: `JWT ${login.body.token}`, 'Content-Type': 'application/json' }

  const units = await json(await fetch(`${base}/api/units?limit=50`, { headers: auth }))
  if (units.body.totalDocs !== 6) throw new Error(`expected the 6 seeded units, got ${units.body.totalDocs}`)
  const created = await json(
    await fetch(`${base}/api/units`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ code: 'doan-thanh-nien', name: 'Đoàn Thanh niên', shortName: 'ĐTN', kind: 'front', accessLevel: 'contributor' }),
    }),
  )
  if (created.status !== 201) throw new Error(`write: ${created.status} ${JSON.stringify(created.body)}`)
  const graphql = await json(
    await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ query: '{ Units(limit: 50) { totalDocs } }' }),
    }),
  )
  if (graphql.body.data?.Units?.totalDocs !== 7) throw new Error(`GraphQL read: ${JSON.stringify(graphql.body)}`)
  const admin = await fetch(`${base}/admin/login`)
  const adminHtml = await admin.text()
  if (admin.status !== 200 || !adminHtml.includes('<html')) throw new Error(`admin page: ${admin.status}`)
  step('production server: first account, login, REST read and write, GraphQL read, admin page: all good')

  // Security headers on a page, an API answer and a media file; the page's scripts carry its nonce.
  const expectHeaders = (what: string, response: Response, expected: Record<string, RegExp | null>) => {
    for (const [name, value] of Object.entries(expected)) {
      const got = response.headers.get(name)
      if (value === null ? got !== null : !got || !value.test(got)) throw new Error(`${what}: header ${name} is ${JSON.stringify(got)}, expected ${value ?? 'none'}`)
    }
  }
  const everywhere = {
    'x-content-type-options': /^nosniff$/,
    'x-frame-options': /^DENY$/,
    'referrer-policy': /^strict-origin-when-cross-origin$/,
    'strict-transport-security': /^max-age=31536000/,
    'x-powered-by': null,
  }
  expectHeaders('admin page', admin, { ...everywhere, 'content-security-policy': /script-src 'self' 'nonce-[^']+' 'strict-dynamic';.*frame-ancestors 'none'/ })
  const nonce = /'nonce-([^']+)'/.exec(admin.headers.get('content-security-policy')!)![1]
  if (!adminHtml.includes(`nonce="${nonce}"`)) throw new Error('admin page: its script tags do not carry the policy’s nonce')
  if (/'unsafe-eval'/.test(admin.headers.get('content-security-policy')!)) throw new Error('admin page: production allows eval')
  const apiAnswer = await fetch(`${base}/api/units?limit=1`)
  expectHeaders('API', apiAnswer, { ...everywhere, 'content-security-policy': /^default-src 'none'; frame-ancestors 'none'/ })
  const image = new FormData()
  image.append('file', new Blob([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')], { type: 'image/png' }), 'diem.png')
  image.append('_payload', JSON.stringify({ alt: 'Một điểm ảnh' }))
  const uploaded = await json(await fetch(`${base}/api/cchc-media`, { method: 'POST', headers: { Authorization: auth.Authorization }, body: image }))
  if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${JSON.stringify(uploaded.body)}`)
  const file = await fetch(`${base}/api/cchc-media/file/${uploaded.body.doc.filename}`)
  expectHeaders('media file', file, { ...everywhere, 'content-type': /^image\/png$/, 'content-security-policy': /^default-src 'none'.*frame-ancestors 'none'/ })
  step('headers: nosniff, no framing, referrer policy, HSTS and a Content-Security-Policy on the admin (nonce on its scripts), the API and media files; no X-Powered-By')

  // GraphQL: the 499-alias query refused before it runs; no introspection or playground in production.
  const aliases = Array.from({ length: 499 }, (_, i) => `a${i}: countCchcPosts(where: { title: { like: "a" } }) { totalDocs }`).join(' ')
  const costlyStart = performance.now()
  const costly = await json(await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: `{ ${aliases} }` }) }))
  const costlyMs = performance.now() - costlyStart
  if (costly.status !== 400 || costly.body.data !== undefined) throw new Error(`499 aliases: ${costly.status} ${JSON.stringify(costly.body).slice(0, 300)}`)
  const introspection = await json(
    await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) }),
  )
  if (introspection.status !== 400 || introspection.body.data?.__schema) throw new Error(`introspection in production: ${introspection.status}`)
  const playground = await fetch(`${base}/api/graphql-playground`)
  if (playground.status !== 404) throw new Error(`GraphQL playground in production: ${playground.status}`)
  step(`GraphQL: 499 aliased counts refused with 400 in ${costlyMs.toFixed(0)} ms; introspection and playground off`)

  // 4. People in a browser: an editor and a contributor, with a post in review.
  if (process.env.SKIP_BROWSER_CHECK) {
    step('browser check skipped (SKIP_BROWSER_CHECK)')
  } else {
    const unitId = async (code: string) =>
      (await json(await fetch(`${base}/api/units?where[code][equals]=${code}`, { headers: auth }))).body.docs[0].id
    const editorAccount = { email: 'bientap@thanhmien.example', password: 'Mat-khau-bien-tap-1' }
    const contributorAccount = { email: 'mttq@thanhmien.example', password: 'Mat-khau-mttq-1' }
    const coordinatorAccount = { email: 'vhxh@thanhmien.example', password: 'Mat-khau-vhxh-1' }
    for (const [account, code, name] of [
      [editorAccount, 'ttdvsnc', 'Biên tập viên'],
      [contributorAccount, 'mttq', 'Cán bộ MTTQ'],
      [coordinatorAccount, 'vhxh', 'Chuyên viên VH-XH'],
    ] as const) {
      const made = await fetch(`${base}/api/users`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ ...account, name, unit: await unitId(code) }),
      })
      if (made.status !== 201) throw new Error(`creating ${account.email}: ${made.status}`)
    }
    const contributorLogin = await json(
      await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(contributorAccount) }),
    )
    const asContributor = { Authorization: `JWT ${contributorLogin.body.token}`, 'Content-Type': 'application/json' }
    const post = await json(
      await fetch(`${base}/api/cchc-posts`, { method: 'POST', headers: asContributor, body: JSON.stringify({ title: 'Cuộc thi tìm hiểu CCHC' }) }),
    )
    const submitted = await fetch(`${base}/api/cchc-posts/${post.body.doc.id}`, {
      method: 'PATCH',
      headers: asContributor,
      body: JSON.stringify({ workflowState: 'in_review' }),
    })
    if (submitted.status !== 200) throw new Error(`submitting a post: ${submitted.status}`)
    const decision = await json(
      await fetch(`${base}/api/procedure-announcements`, {
        method: 'POST',
        headers: asContributor,
        body: JSON.stringify({
          number: '3218 / qd-ubnd',
          issuer: 'UBND thành phố Hải Phòng',
          signedAt: '2026-06-01T12:00:00.000Z',
          effectiveDate: '2026-06-15T12:00:00.000Z',
          summary: 'Công bố danh mục thủ tục hành chính cấp xã',
        }),
      }),
    )
    if (decision.status !== 201 || decision.body.doc.number !== '3218/QĐ-UBND') throw new Error(`drafting a decision: ${JSON.stringify(decision.body)}`)
    // The unit's Q3 report, submitted: the coordinator returns it in the browser.
    const report = await json(
      await fetch(`${base}/api/cchc-reports`, { method: 'POST', headers: asContributor, body: JSON.stringify({ periodKind: 'quarter', year: 2026, periodNumber: 3, unit: await unitId('mttq') }) }),
    )
    if (report.status !== 201) throw new Error(`opening a report: ${JSON.stringify(report.body)}`)
    const sent = await fetch(`${base}/api/cchc-reports/${report.body.doc.id}`, { method: 'PATCH', headers: asContributor, body: JSON.stringify({ reportState: 'submitted' }) })
    if (sent.status !== 200) throw new Error(`submitting a report: ${sent.status}`)
    const { browserCheck } = await import('./browserCheck.ts')
    const runJobs = async () => {
      const ran = await fetch(`${base}/api/payload-jobs/run?allQueues=true`, { headers: { Authorization: `Bearer ${env.CRON_SECRET}` } })
      if (ran.status !== 200) throw new Error(`running the jobs queue: ${ran.status}`)
    }
    // Each admin screen the walk passes, at 1366 and 390 px, kept as CI artefacts (SCREENSHOT_DIR to choose where).
    process.env.SCREENSHOT_DIR ||= path.join(root, '.ci', 'artifacts', 'admin')
    mkdirSync(process.env.SCREENSHOT_DIR, { recursive: true })
    await browserCheck(base, { editor: editorAccount, contributor: contributorAccount, coordinator: coordinatorAccount }, post.body.doc.id, decision.body.doc.id, report.body.doc.id, runJobs)
    step('browser: Vietnamese admin; the editor sees the queue and Publish, chooses a quarter, imports an annex, sees field errors; the contributor gets no Publish and no units; the walk: the contributor writes a post and uploads its cover, submits; the editor’s approval is refused on its fields, sent back with a reason; the contributor completes it and resubmits; the editor schedules it; the coordinator returns a Q3 report, the unit sees why and resubmits, the coordinator accepts; the job publishes the post and the list says so; no English toast; axe-core on every plugin screen')

    // 5. The public site, reading the API as a citizen's browser would, with what an editor published.
    const editorLogin = await json(
      await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(editorAccount) }),
    )
    const asEditor = `JWT ${editorLogin.body.token}`
    const { seedSiteContent } = await import('./siteContent.ts')
    const siteStart = performance.now()
    const content = await seedSiteContent(base, asEditor)
    const sitePage = await fetch(`${base}/cai-cach-hanh-chinh`)
    const siteHtml = await sitePage.text()
    expectHeaders('site page', sitePage, { ...everywhere, 'content-security-policy': /script-src 'self' 'nonce-[^']+' 'strict-dynamic';.*frame-src 'self' https:\/\/www\.youtube-nocookie\.com/ })
    const siteNonce = /'nonce-([^']+)'/.exec(sitePage.headers.get('content-security-policy')!)![1]
    if (!siteHtml.includes(`nonce="${siteNonce}"`) || !siteHtml.includes('<html lang="vi"')) throw new Error('site page: not in Vietnamese, or its scripts do not carry the policy’s nonce')
    const { siteUnpublishedCheck } = await import('./siteUnpublishedCheck.ts')
    step(
      `site: ${await siteUnpublishedCheck(base, asEditor, content, {
        neverPublished: ['Cuộc thi tìm hiểu CCHC', '3218/QĐ-UBND'],
        personal: [editorAccount.email, contributorAccount.email, 'Biên tập viên', 'Cán bộ MTTQ'],
      })}`,
    )
    const { siteBrowserCheck } = await import('./siteBrowserCheck.ts')
    const site = await siteBrowserCheck(base, content)
    step(`site in a browser (${((performance.now() - siteStart) / 1000).toFixed(0)} s with seeding): ${site.report.join('; ')}; screenshots in ${path.relative(root, site.artifacts)}`)
  }
  await finish(0)
} catch (error) {
  console.error(`production-check: FAILED: ${(error as Error).message}`)
  await finish(1)
}
