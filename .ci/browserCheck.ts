/**
 * The admin panel as people see it, in Debian's Chromium driven by playwright-core: Vietnamese
 * for an English-locale browser; the editor sees the review queue and may publish; a contributor
 * sees its post without a Publish button and cannot add units; an editor imports a decision's
 * annex from a CSV file, and a wrong file shows its errors by row; the coordinator picks Q3,
 * returns a report with a reason, the unit sees the reason on its dashboard and submits again, the
 * coordinator accepts it. The walk of a post: the contributor writes it and uploads its cover
 * image with alt text, submits; the editor's approval is refused on its fields and it goes back
 * with a reason; the contributor completes it and resubmits; the editor schedules it with "Lên
 * lịch đăng" (a past time refused in the box), the list shows when; the lock dialog names the
 * contributor by e-mail; the jobs queue publishes it and the list says so; no toast is English. Nothing on the pages visited (login, dashboard, lists, edit and create
 * views) is blocked by the Content-Security-Policy, or shows "[object Object]" or has a critical or
 * serious axe-core violation inside the plugin's own components; Payload's own are listed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { chromium, type Page } from 'playwright-core'
import sharp from 'sharp'

type Account = { email: string; password: string }

export const browserCheck = async (
  base: string,
  accounts: { editor: Account; contributor: Account; coordinator?: Account },
  postId: number | string,
  decisionId: number | string,
  /** A report of the contributor's unit for Q3 2026, submitted. */
  reportId?: number | string,
  /** Runs the jobs queue as a scheduler does (the cron secret): the scheduled publication. */
  runJobs?: () => Promise<void>,
) => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const fail = (message: string): never => {
    throw new Error(`browser: ${message}`)
  }
  // Whatever the Content-Security-Policy blocks shows in the console; none of it may happen.
  const violations: string[] = []
  // axe-core in the page (evaluated, not a script tag: the Content-Security-Policy stays as it is).
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  type Finding = { rule: string; impact: string; help: string; target: string; html: string }
  const ours: string[] = []
  const payloadOwn = new Map<string, { impact: string; help: string; pages: Set<string>; example: string }>()
  const checked: string[] = []
  // Critical and serious findings: inside an element of the plugin (a `cchc-` class) they fail the
  // check; the rest are Payload's own UI and are listed (README, "Accessibility").
  const accessibility = async (page: Page, name: string) => {
    await page.evaluate(axeSource)
    const findings = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: any[] }> } }).axe
      const result = await axe.run(document, { resultTypes: ['violations'] })
      return result.violations
        .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
        .flatMap((violation) =>
          violation.nodes.map((node: { target: string[]; html: string }) => {
            let element: Element | null = null
            try {
              element = document.querySelector(String(node.target[0]))
            } catch {
              element = null
            }
            return {
              rule: violation.id,
              impact: violation.impact,
              help: violation.help,
              target: node.target.join(' '),
              html: node.html.slice(0, 160),
              // A class of the plugin's own (`cchc-…` as a whole class: Payload's `collection-list--cchc-posts` is not one).
              ours: (() => {
                for (let at: Element | null = element; at; at = at.parentElement) if ([...at.classList].some((name) => name.startsWith('cchc-'))) return true
                return false
              })(),
            }
          }),
        )
    })) as (Finding & { ours: boolean })[]
    for (const finding of findings) {
      if (finding.ours) ours.push(`${name}: ${finding.rule} (${finding.impact}) ${finding.target} ${finding.html}`)
      else {
        const entry = payloadOwn.get(finding.rule) ?? { impact: finding.impact, help: finding.help, pages: new Set<string>(), example: finding.html }
        entry.pages.add(name)
        payloadOwn.set(finding.rule, entry)
      }
    }
    // Inside the plugin's components it fails; elsewhere it is Payload's (its dashboard cards' "+" label).
    const objectTexts = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => [...element.attributes].some((attribute) => attribute.value.includes('[object Object]')) || [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.includes('[object Object]')))
        .map((element) => ({ ours: Boolean(element.closest('[class^="cchc-"], [class*=" cchc-"]')), html: element.outerHTML.slice(0, 160) })),
    )
    for (const found of objectTexts) {
      if (found.ours) ours.push(`${name}: "[object Object]" in ${found.html}`)
      else {
        const entry = payloadOwn.get('object-object') ?? { impact: 'serious', help: '"[object Object]" read out', pages: new Set<string>(), example: found.html }
        entry.pages.add(name)
        payloadOwn.set('object-object', entry)
      }
    }
    checked.push(name)
  }
  const logIn = async (account: Account): Promise<Page> => {
    // The commune's clock (the schedule drawer's times are the browser's).
    const page = await browser.newPage({ locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1366, height: 900 } })
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
      if (message.text().startsWith('cchc-toast: ')) toasts.push(message.text().slice(12))
    })
    // Sonner's toasts come and go ("Đang gửi..." then the outcome): each text is reported as it shows.
    await page.addInitScript(() => {
      const shown = new WeakMap<Node, string>()
      new MutationObserver(() => {
        for (const toast of document.querySelectorAll('[data-sonner-toast]')) {
          const text = toast.textContent?.trim() ?? ''
          if (!text || shown.get(toast) === text) continue
          shown.set(toast, text)
          console.log(`cchc-toast: ${text}`)
        }
      }).observe(document, { childList: true, subtree: true, characterData: true })
    })
    await page.goto(`${base}/admin/login`, { waitUntil: 'networkidle' })
    if (!(await page.content()).includes('Đăng nhập')) fail('the login page is not in Vietnamese')
    if (!checked.includes('login')) await accessibility(page, 'login')
    await page.fill('input[name="email"]', account.email)
    await page.fill('input[name="password"]', account.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    return page
  }
  // SCREENSHOT_DIR keeps a picture of each screen checked, to look at by eye (the production
  // check sets .ci/artifacts/admin). At a desk (1366 px) and on a phone (390 px), where how wide
  // the page runs is measured: nothing may push it sideways off the screen.
  const phoneWidths = new Map<string, number>()
  const shoot = async (page: Page, name: string) => {
    if (!process.env.SCREENSHOT_DIR) return
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(300)
    phoneWidths.set(name, await page.evaluate(() => document.documentElement.scrollWidth))
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}-390.png`, fullPage: true })
    await page.setViewportSize({ width: 1366, height: 900 })
  }
  const publishButton = (page: Page) => page.locator('#action-save, button:has-text("Xuất bản")')
  const button = (page: Page, name: string) => page.locator('.cchc-workflow-actions button', { hasText: name })
  // What a person reads (not the markup, whose attributes say aria-invalid): never Payload's English toasts.
  const english = /The following field|is invalid|successfully|Something went wrong|Not allowed|You are not allowed/i
  const noEnglish = async (page: Page, where: string) => {
    const shown = await page.locator('body').innerText()
    if (english.test(shown)) fail(`an English message on the screen (${where}): ${english.exec(shown)![0]}`)
  }
  // Each toast as it shows, on every page: none may be English.
  const toasts: string[] = []

  try {
    const editor = await logIn(accounts.editor)
    // The bell: the contributor's submission waits for the editor; its link opens the post.
    const bell = editor.locator('.cchc-notification-bell')
    await bell.locator('[data-notification-count]').waitFor({ timeout: 30_000 }).catch(() => fail('the editor’s bell shows no unread notification'))
    await bell.locator('button').first().click()
    const toPost = bell.locator(`a[href$="/collections/cchc-posts/${postId}"]`)
    if ((await toPost.count()) === 0) fail('the bell does not list the submitted post')
    if (!(await toPost.first().textContent())?.includes('Bài viết chờ duyệt')) fail('the bell’s line is not in Vietnamese')
    await shoot(editor, 'notification-bell')
    await Promise.all([editor.waitForURL(new RegExp(`/collections/cchc-posts/${postId}$`)), toPost.first().click()])
    await editor.goto(`${base}/admin`, { waitUntil: 'networkidle' })
    // Read as text: the heading's parts are separate text nodes in the HTML (React puts comments between).
    const headings = await editor.locator('h3').allTextContents()
    if (!headings.some((heading) => heading.includes('Bài chờ duyệt (1)'))) {
      await shoot(editor, 'dashboard-queue-missing')
      fail(`the editor’s dashboard does not list the post in review (headings: ${headings.join(' | ')})`)
    }
    const panel = editor.locator('.cchc-reports-overview')
    if (!(await panel.textContent())?.includes('Báo cáo định kỳ CCHC: Quý')) fail('the editor’s dashboard has no reports overview')
    if ((await panel.locator('tbody tr').count()) < 6) fail('the reports overview does not list every unit')
    await shoot(editor, 'dashboard-editor')
    // Another period, chosen with the panel's form.
    await panel.locator('select[name="cchcKind"]').selectOption('quarter')
    await panel.locator('select[name="cchcNumber"]').selectOption('3')
    await panel.locator('input[name="cchcYear"]').fill('2026')
    await Promise.all([editor.waitForURL(/cchcNumber=3/), panel.locator('button[type="submit"]').click()])
    if (!(await editor.locator('.cchc-reports-overview h3').textContent())?.includes('Quý 3/2026')) fail('the overview does not show the chosen quarter')
    if (!(await editor.locator('.cchc-reports-overview a[download]').getAttribute('href'))?.includes('periodNumber=3')) fail('the CSV is not the chosen quarter’s')
    await editor.goto(`${base}/admin/collections/cchc-posts/${postId}`, { waitUntil: 'networkidle' })
    if ((await publishButton(editor).count()) === 0) fail('the editor has no Publish button')

    // A server-side refusal reaches its fields on screen, in Vietnamese (a production build once
    // lost the errors' fields and showed one toast naming field keys).
    await editor.goto(`${base}/admin/collections/cchc-posts/create`, { waitUntil: 'networkidle' })
    await editor.fill('#field-title', 'Bài chưa đủ để đăng')
    await publishButton(editor).first().click()
    await editor.locator('.field-error').first().waitFor({ timeout: 30_000 }).catch(() => fail('publishing an incomplete post marks no field'))
    const marked = await editor.locator('.field-type.error').evaluateAll((fields) => fields.map((field) => field.id || field.className))
    const text = (await editor.content()) ?? ''
    if (!text.includes('Cần sapo (tóm tắt) trước khi đăng.') || !text.includes('Cần chọn ít nhất một chuyên mục.')) {
      fail(`the field errors are not on screen in Vietnamese (fields marked: ${marked.join(', ')})`)
    }
    await shoot(editor, 'post-field-errors')

    await editor.goto(`${base}/admin/collections/procedure-announcements/${decisionId}`, { waitUntil: 'networkidle' })
    const annexPanel = editor.locator('.cchc-annex-import')
    const importFile = async (name: string, content: string) => {
      await annexPanel.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) })
      await annexPanel.locator('button:has-text("Nhập")').click()
      await annexPanel.locator('[role="status"]').waitFor({ timeout: 30_000 })
      return (await annexPanel.textContent()) ?? ''
    }
    const header = 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực'
    const wrong = await importFile('sai.csv', `${header}\nBãi bỏ,9.999999,,\n`)
    if (!wrong.includes('chưa nhập dòng nào') || !wrong.includes('9.999999')) fail(`a wrong annex shows no errors: ${wrong}`)
    await shoot(editor, 'annex-errors')
    const right = await importFile('phu-luc.csv', `${header}\nMới ban hành,1.000894,Đăng ký khai sinh,Hộ tịch\nMới ban hành,1.001193,Đăng ký kết hôn,Hộ tịch\n`)
    if (!right.includes('Đã nhập 2 mục')) fail(`the annex was not imported: ${right}`)
    await editor.reload({ waitUntil: 'networkidle' })
    const values = await editor.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    if (!values.includes('1.001193')) fail('the imported items do not show in the decision')
    if (!(await editor.content()).includes('02 · Mới ban hành · 1.001193 · Đăng ký kết hôn')) fail('an item is not labelled by its kind, code and name')
    await shoot(editor, 'annex-imported')

    const contributor = await logIn(accounts.contributor)
    if ((await contributor.locator('.cchc-reports-overview').count()) > 0) fail('a contributor sees every unit’s reports')
    await contributor.goto(`${base}/admin/collections/cchc-posts/${postId}`, { waitUntil: 'networkidle' })
    if (!(await contributor.content()).includes('Chờ duyệt')) fail('the contributor cannot open its own post')
    if ((await publishButton(contributor).count()) > 0) fail('the contributor is offered a Publish button')
    // The unit's statistics and its periodic report open in Vietnamese.
    for (const [collection, label] of [
      ['procedure-results', 'Số hồ sơ nhận giải quyết'],
      ['cchc-reports', 'Nội dung báo cáo'],
      ['procedures', 'Mã thủ tục'],
    ] as const) {
      await contributor.goto(`${base}/admin/collections/${collection}/create`, { waitUntil: 'networkidle' })
      if (!(await contributor.content()).includes(label)) fail(`the contributor's ${collection} form does not show "${label}"`)
      await shoot(contributor, `${collection}-create`)
    }
    await contributor.goto(`${base}/admin/collections/units`, { waitUntil: 'networkidle' })
    if ((await contributor.locator('a[href$="/collections/units/create"]').count()) > 0) fail('the contributor may add units')

    await editor.goto(`${base}/admin/collections/cchc-posts`, { waitUntil: 'networkidle' })
    if ((await editor.locator('.table tbody tr, table tbody tr').count()) === 0) fail('the posts list shows no post')
    await shoot(editor, 'posts-list')
    await editor.goto(`${base}/admin/collections/cchc-media/create`, { waitUntil: 'networkidle' })
    await shoot(editor, 'media-create')
    // The walk, a post from writing to publication: the contributor writes it and uploads its cover
    // image (with alt text), saves and submits; the editor's approval of the incomplete post is
    // refused on its fields, so it goes back with a reason; the contributor completes it and
    // submits again; the editor schedules its publication; the job publishes it (checked at the end).
    const walkTitle = 'Hội nghị triển khai công tác cải cách hành chính năm 2026'
    const cover = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#1d6fb8' } }).png().toBuffer()
    await contributor.goto(`${base}/admin/collections/cchc-posts/create`, { waitUntil: 'networkidle' })
    await contributor.fill('#field-title', walkTitle)
    await contributor.locator('#field-coverImage button', { hasText: 'Tạo mới' }).click()
    const mediaDrawer = contributor.locator('dialog, [class*="drawer--is-open"]').filter({ has: contributor.locator('#field-alt') }).last()
    await mediaDrawer.locator('input[type="file"]').setInputFiles({ name: 'hoi-nghi-cchc.png', mimeType: 'image/png', buffer: cover })
    await mediaDrawer.locator('#field-alt').fill('Quang cảnh hội nghị triển khai cải cách hành chính')
    await shoot(contributor, 'walk-upload')
    await mediaDrawer.locator('#action-save').click()
    await contributor
      .waitForFunction(() => document.querySelector('#field-coverImage')?.textContent?.includes('hoi-nghi-cchc'), null, { timeout: 30_000 })
      .catch(() => fail('the uploaded image is not the post’s cover'))
    await noEnglish(contributor, 'cover uploaded')
    await Promise.all([contributor.waitForURL(/\/collections\/cchc-posts\/\d+$/, { timeout: 30_000 }), contributor.locator('#action-save-draft').click()])
    const walkId = /\/cchc-posts\/(\d+)$/.exec(contributor.url())![1]!
    await contributor.waitForLoadState('networkidle')
    // Read in the page, with its session, as the admin itself reads.
    const stateOf = (page: Page, id: number | string = walkId) =>
      page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), `${base}/api/cchc-posts/${id}?depth=1&draft=true`) as Promise<{
        workflowState?: string
        _status?: string
        reviewNote?: string | null
        coverImage?: { alt?: string } | null
        author?: { name?: string } | null
      }>
    const written = await stateOf(contributor)
    if (written.workflowState !== 'draft' || written.coverImage?.alt !== 'Quang cảnh hội nghị triển khai cải cách hành chính') fail(`the written post: ${JSON.stringify(written)}`)
    await button(contributor, 'Gửi duyệt').click()
    await contributor.waitForFunction(() => !document.querySelector('.cchc-workflow-actions')?.textContent?.includes('Gửi duyệt'), null, { timeout: 30_000 }).catch(() => undefined)
    if ((await stateOf(contributor)).workflowState !== 'in_review') fail('"Gửi duyệt" did not submit the written post')
    await noEnglish(contributor, 'submitted')
    await shoot(contributor, 'walk-submitted')

    await editor.goto(`${base}/admin/collections/cchc-posts/${walkId}`, { waitUntil: 'networkidle' })
    for (const name of ['Duyệt và đăng', 'Yêu cầu chỉnh sửa', 'Lưu trữ']) if ((await button(editor, name).count()) !== 1) fail(`the editor has no "${name}" button`)
    // "Người tạo": the author's name, not "ID: 4".
    await editor
      .waitForFunction(() => document.querySelector('#field-author')?.textContent?.includes('Cán bộ MTTQ'), null, { timeout: 15_000 })
      .catch(async () => fail(`"Người tạo" does not show the author's name: ${await editor.locator('#field-author').textContent().catch(() => 'no such field')}`))
    if (/ID:/.test((await editor.locator('#field-author').textContent()) ?? '')) fail('"Người tạo" shows an ID')
    await button(editor, 'Duyệt và đăng').click()
    await editor.locator('.field-error').first().waitFor({ timeout: 30_000 }).catch(() => fail('approving an incomplete post marks no field'))
    if (!(await editor.content()).includes('Cần sapo (tóm tắt) trước khi đăng.')) fail('the refused approval does not say why under the field')
    if ((await stateOf(editor)).workflowState !== 'in_review') fail('a refused approval changed the post')
    await noEnglish(editor, 'approval refused')
    await shoot(editor, 'post-approval-refused')
    await editor.reload({ waitUntil: 'networkidle' })
    await button(editor, 'Yêu cầu chỉnh sửa').click()
    await editor.fill('.cchc-workflow-actions textarea', 'Bổ sung sapo và chọn chuyên mục.')
    await shoot(editor, 'post-request-changes')
    await button(editor, 'Gửi yêu cầu').click()
    await editor.waitForFunction(() => document.querySelector('.cchc-workflow-actions')?.textContent?.includes('Duyệt và đăng') && !document.querySelector('.cchc-workflow-actions textarea'), null, { timeout: 30_000 }).catch(() => undefined)
    const sentBack = await stateOf(editor)
    if (sentBack.workflowState !== 'changes_requested' || sentBack.reviewNote !== 'Bổ sung sapo và chọn chuyên mục.') fail(`"Yêu cầu chỉnh sửa" did not send the post back: ${JSON.stringify(sentBack)}`)
    await noEnglish(editor, 'sent back')

    await contributor.goto(`${base}/admin/collections/cchc-posts/${walkId}`, { waitUntil: 'networkidle' })
    if (!(await contributor.content()).includes('Bổ sung sapo và chọn chuyên mục.')) fail('the contributor does not see the reason')
    if ((await button(contributor, 'Duyệt và đăng').count()) > 0) fail('the contributor is offered "Duyệt và đăng"')
    await contributor.fill('#field-excerpt', 'Xã Thanh Miện triển khai kế hoạch cải cách hành chính năm 2026 tới các đơn vị.')
    await contributor.locator('#field-topics .rs__control').click()
    await contributor.locator('.rs__option').first().click()
    await contributor.keyboard.press('Escape')
    await button(contributor, 'Gửi duyệt').click()
    await contributor.waitForFunction(() => !document.querySelector('.cchc-workflow-actions')?.textContent?.includes('Gửi duyệt'), null, { timeout: 30_000 }).catch(() => undefined)
    const resubmitted = await stateOf(contributor)
    if (resubmitted.workflowState !== 'in_review' || resubmitted.reviewNote) fail(`"Gửi duyệt" did not resubmit the completed post (or kept the reason): ${JSON.stringify(resubmitted)}`)
    await noEnglish(contributor, 'resubmitted')
    await shoot(contributor, 'post-resubmitted')

    // The editor schedules the publication with "Lên lịch đăng": a time on the commune's clock in
    // the box's date-time input; the job publishes it when that time has come.
    // The contributor still has it open: Payload's lock dialog names who (by e-mail), then the editor
    // takes over. Whether the contributor's page still holds a live Payload lock after its save
    // depends on timing (a lock lapses five minutes after its last touch), so the lock its open
    // page keeps is made sure of, as the contributor (Payload's own locked-documents API).
    await contributor.evaluate(async ({ id }) => {
      const me = (await (await fetch('/api/users/me', { credentials: 'include' })).json()) as { user: { id: number } }
      // A lock counts for five minutes after its last touch (Payload's default `lockDocuments.duration`).
      const fresh = new Date(Date.now() - 4 * 60_000).toISOString()
      const held = (await (
        await fetch(`/api/payload-locked-documents?where[document.value][equals]=${id}&where[updatedAt][greater_than]=${fresh}&depth=0`, { credentials: 'include' })
      ).json()) as { totalDocs: number }
      if (held.totalDocs > 0) return
      const made = await fetch('/api/payload-locked-documents', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ document: { relationTo: 'cchc-posts', value: Number(id) }, globalSlug: null, user: { relationTo: 'users', value: me.user.id } }),
      })
      if (!made.ok) throw new Error(`the contributor's lock was refused: ${made.status} ${await made.text()}`)
    }, { id: walkId })
    await editor.goto(`${base}/admin/collections/cchc-posts/${walkId}`, { waitUntil: 'networkidle' })
    const lock = editor.locator('#document-locked')
    await lock.waitFor({ timeout: 15_000 }).catch(() => fail('no lock dialog for a post the contributor has open'))
    const lockText = (await lock.innerText()).replace(/\s+/g, ' ').trim()
    if (!lockText.includes(accounts.contributor.email)) fail(`the lock dialog does not name the contributor by e-mail: "${lockText}"`)
    await shoot(editor, 'walk-lock-dialog')
    await editor.locator('#document-locked-take-over').click()
    await lock.waitFor({ state: 'hidden', timeout: 15_000 })
    // "Tiếp quản" rewrites the lock to name the editor: the plugin's rule (a lock only in its
    // writer's own name) lets Payload's own take-over through.
    const lockHolder = () =>
      editor.evaluate(async ({ id }) => {
        const me = (await (await fetch('/api/users/me', { credentials: 'include' })).json()) as { user: { id: number } }
        const locks = (await (await fetch(`/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`, { credentials: 'include' })).json()) as {
          docs: { user?: { value?: unknown } }[]
        }
        return { me: me.user.id, holders: locks.docs.map((lock) => lock.user?.value) }
      }, { id: walkId })
    let held = await lockHolder()
    for (let tries = 0; tries < 20 && !(held.holders.length === 1 && held.holders[0] === held.me); tries++) {
      await editor.waitForTimeout(500)
      held = await lockHolder()
    }
    if (!(held.holders.length === 1 && held.holders[0] === held.me)) fail(`after "Tiếp quản" the lock does not name the editor: ${JSON.stringify(held)}`)
    await contributor.goto(`${base}/admin`, { waitUntil: 'networkidle' })
    // Hà Nội's wall clock (UTC+7, no daylight saving) as the admin writes it: 01/12/2026 08:00.
    const hanoiClock = (instant: number) => {
      const [date, time] = new Date(instant + 7 * 3_600_000).toISOString().slice(0, 16).split('T') as [string, string]
      return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)} ${time}`
    }
    await button(editor, 'Lên lịch đăng').click()
    const scheduleBox = editor.locator('.cchc-workflow-actions [role="group"]').filter({ has: editor.locator('input[name="cchcScheduleAt"]') })
    await scheduleBox.waitFor({ timeout: 15_000 })
    // The box opens on a time to correct rather than type, in the admin's format.
    const suggested = await scheduleBox.locator('input[name="cchcScheduleAt"]').inputValue()
    if (!/^\d{2}\/\d{2}\/\d{4} \d{2}:00$/.test(suggested)) fail(`the schedule box does not open on a time written dd/MM/yyyy HH:mm: "${suggested}"`)
    // A time already past is refused in the box, in Vietnamese, and nothing is scheduled.
    await scheduleBox.locator('input[name="cchcScheduleAt"]').fill(hanoiClock(Date.now() - 3_600_000))
    await scheduleBox.getByRole('button', { name: 'Lên lịch', exact: true }).click()
    await scheduleBox
      .locator('[role="alert"]', { hasText: 'Thời điểm đăng phải sau bây giờ ít nhất 1 phút.' })
      .waitFor({ timeout: 15_000 })
      .catch(() => fail('a past time is not refused in the schedule box, in Vietnamese'))
    await shoot(editor, 'walk-schedule-refused')
    await scheduleBox.locator('input[name="cchcScheduleAt"]').fill(hanoiClock(Date.now() + 2 * 60_000))
    await shoot(editor, 'walk-schedule')
    await scheduleBox.getByRole('button', { name: 'Lên lịch', exact: true }).click()
    await editor.locator('[data-sonner-toast]', { hasText: 'Đã lên lịch đăng lúc' }).waitFor({ timeout: 30_000 }).catch(() => fail('scheduling shows no Vietnamese confirmation'))
    const scheduledNote = (await editor.locator('.cchc-workflow-actions__scheduled').textContent({ timeout: 10_000 }).catch(() => null)) ?? ''
    if (!/^Sẽ tự đăng lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\.$/.test(scheduledNote.trim())) fail(`the edit view does not say when the post will publish: "${scheduledNote}"`)
    await noEnglish(editor, 'scheduled')
    await shoot(editor, 'walk-scheduled')
    if ((await stateOf(editor))._status !== 'draft') fail('scheduling published the post at once')
    // The posts list says when, in the "Hẹn giờ đăng" column.
    await editor.goto(`${base}/admin/collections/cchc-posts`, { waitUntil: 'networkidle' })
    const scheduledRow = (await editor.locator('tbody tr', { hasText: walkTitle }).textContent()) ?? ''
    if (!scheduledRow.includes(scheduledNote.trim().slice('Sẽ tự đăng lúc '.length, -1))) fail(`the posts list does not show the scheduled time: ${scheduledRow}`)
    await shoot(editor, 'walk-scheduled-list')
    const walkScheduled = `scheduled with "Lên lịch đăng" (${scheduledNote.trim()}; a past time refused in the box)`
    // The radio's week above its programmes, and readers' interest on the editor's dashboard.
    await editor.goto(`${base}/admin/collections/broadcast-schedules`, { waitUntil: 'networkidle' })
    if ((await editor.locator('.cchc-radio-week').count()) === 0) fail('the radio week view is missing')
    await shoot(editor, 'radio-week')
    await editor.goto(`${base}/admin`, { waitUntil: 'networkidle' })
    if ((await editor.locator('.cchc-interest').count()) === 0) fail('the editor’s dashboard has no interest panel')
    await shoot(editor, 'dashboard-panels')
    await accessibility(editor, 'dashboard (editor)')

    // "+" opens a form: no draft exists until it is saved with a title.
    const postCount = async () =>
      ((await editor.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), `${base}/api/cchc-posts?limit=1&depth=0&draft=true`)) as { totalDocs: number }).totalDocs
    const postsBefore = await postCount()
    await editor.goto(`${base}/admin/collections/cchc-posts/create`, { waitUntil: 'networkidle' })
    await editor.waitForTimeout(3000)
    if ((await postCount()) !== postsBefore) fail('opening a new post created a draft before it had a title')

    // Every list and edit view of the plugin, as the editor: no critical or serious axe finding in the plugin's own parts.
    const slugs = [
      'cchc-posts', 'cchc-topics', 'cchc-media', 'procedures', 'procedure-announcements', 'procedure-lists', 'procedure-results',
      'cchc-reports', 'broadcast-slots', 'broadcast-schedules', 'cchc-documents', 'cchc-document-issuers', 'cchc-feedback',
      'par-criteria-sets', 'par-assessments', 'par-scores', 'units', 'cchc-audit-log',
    ]
    for (const slug of slugs) {
      const list = await editor.goto(`${base}/admin/collections/${slug}`, { waitUntil: 'networkidle' })
      if (!list?.ok() || !editor.url().includes(`/collections/${slug}`)) continue
      await accessibility(editor, `${slug} list`)
      if (slug === 'cchc-audit-log') continue
      const create = await editor.goto(`${base}/admin/collections/${slug}/create`, { waitUntil: 'networkidle' })
      if (create?.ok() && editor.url().includes(`/collections/${slug}/create`)) await accessibility(editor, `${slug} create`)
    }
    await editor.goto(`${base}/admin/collections/cchc-posts/${postId}`, { waitUntil: 'networkidle' })
    await accessibility(editor, 'cchc-posts edit')
    await editor.goto(`${base}/admin/collections/procedure-announcements/${decisionId}`, { waitUntil: 'networkidle' })
    await accessibility(editor, 'procedure-announcements edit')
    await contributor.goto(`${base}/admin`, { waitUntil: 'networkidle' })
    await accessibility(contributor, 'dashboard (contributor)')

    // The coordinator's path: Q3, return with a reason; the unit sees it and submits again; accepted.
    if (accounts.coordinator && reportId !== undefined) {
      const coordinator = await logIn(accounts.coordinator)
      const overview = coordinator.locator('.cchc-reports-overview')
      await overview.locator('select[name="cchcKind"]').selectOption('quarter')
      await overview.locator('select[name="cchcNumber"]').selectOption('3')
      await overview.locator('input[name="cchcYear"]').fill('2026')
      await Promise.all([coordinator.waitForURL(/cchcNumber=3/), overview.locator('button[type="submit"]').click()])
      const rows = coordinator.locator('.cchc-reports-overview tbody tr')
      if (!(await rows.filter({ hasText: 'Chưa có' }).count())) fail('units without a report do not show as missing')
      await accessibility(coordinator, 'dashboard (coordinator)')
      await shoot(coordinator, 'dashboard-coordinator-q3')
      await coordinator.locator(`.cchc-reports-overview a[href$="/collections/cchc-reports/${reportId}"]`).click()
      await coordinator.waitForURL(new RegExp(`/collections/cchc-reports/${reportId}`))
      await coordinator.waitForLoadState('networkidle')
      const reportState = (page: Page) =>
        page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), `${base}/api/cchc-reports/${reportId}?depth=0`) as Promise<{ reportState?: string; returnReason?: string | null }>
      for (const name of ['Tiếp nhận', 'Trả lại']) if ((await button(coordinator, name).count()) !== 1) fail(`the coordinator has no "${name}" button`)
      await button(coordinator, 'Trả lại').click()
      await coordinator.fill('.cchc-workflow-actions textarea', 'Thiếu số liệu phát thanh tháng 9.')
      await accessibility(coordinator, 'cchc-reports edit (return)')
      await shoot(coordinator, 'report-return')
      await button(coordinator, 'Trả lại báo cáo').click()
      await coordinator.waitForFunction(() => !document.querySelector('.cchc-workflow-actions textarea'), null, { timeout: 30_000 }).catch(() => undefined)
      const returned = await reportState(coordinator)
      if (returned.reportState !== 'returned' || returned.returnReason !== 'Thiếu số liệu phát thanh tháng 9.') fail(`"Trả lại" did not return the report: ${JSON.stringify(returned)}`)
      // What a person reads (not the markup, whose attributes say aria-invalid): no English toast.
      if (/The following field|is invalid/i.test(await coordinator.locator('body').innerText())) fail('an English message on the coordinator’s screen')

      await contributor.goto(`${base}/admin`, { waitUntil: 'networkidle' })
      const unitPanel = contributor.locator('.cchc-unit-reports')
      if (!(await unitPanel.textContent())?.includes('Thiếu số liệu phát thanh tháng 9.')) fail('the unit’s dashboard does not show the return reason')
      await shoot(contributor, 'dashboard-unit-returned')
      await accessibility(contributor, 'dashboard (unit, returned)')
      await contributor.goto(`${base}/admin/collections/cchc-reports/${reportId}`, { waitUntil: 'networkidle' })
      if ((await button(contributor, 'Tiếp nhận').count()) > 0) fail('the unit is offered "Tiếp nhận"')
      await button(contributor, 'Gửi báo cáo').click()
      await contributor.waitForFunction(() => !document.querySelector('.cchc-workflow-actions')?.textContent?.includes('Gửi báo cáo'), null, { timeout: 30_000 }).catch(() => undefined)
      const resubmitted = await reportState(contributor)
      if (resubmitted.reportState !== 'submitted' || resubmitted.returnReason) fail(`"Gửi báo cáo" did not resubmit (or kept the old reason): ${JSON.stringify(resubmitted)}`)

      await coordinator.reload({ waitUntil: 'networkidle' })
      await button(coordinator, 'Tiếp nhận').click()
      await coordinator.waitForFunction(() => !document.querySelector('.cchc-workflow-actions')?.textContent?.includes('Tiếp nhận'), null, { timeout: 30_000 }).catch(() => undefined)
      if ((await reportState(coordinator)).reportState !== 'accepted') fail('"Tiếp nhận" did not accept the report')
      await shoot(coordinator, 'report-accepted')
    }

    // The job publishes the scheduled post once its time has come (run as a scheduler runs it, or
    // by the server's own cron, whichever is first); the list then says so.
    let jobRuns = 0
    if (runJobs) {
      const deadline = Date.now() + 7 * 60_000
      let published = await stateOf(editor)
      while (published._status !== 'published' && Date.now() < deadline) {
        jobRuns++
        await runJobs()
        published = await stateOf(editor)
        if (published._status !== 'published') await editor.waitForTimeout(10_000)
      }
      if (published._status !== 'published' || published.workflowState !== 'published') fail(`the job did not publish the scheduled post: ${JSON.stringify({ _status: published._status, workflowState: published.workflowState })}`)
      await editor.goto(`${base}/admin/collections/cchc-posts`, { waitUntil: 'networkidle' })
      const row = editor.locator('tbody tr', { hasText: walkTitle })
      if (!(await row.textContent())?.includes('Đã đăng')) fail(`the posts list does not show the scheduled post as published: ${await row.textContent()}`)
      await noEnglish(editor, 'posts list')
      await shoot(editor, 'walk-published-list')
    }
    const tooWide = [...phoneWidths].filter(([, width]) => width > 390)
    if (tooWide.length > 0) fail(`at 390 px, pages run off the screen sideways: ${tooWide.map(([name, width]) => `${name} ${width} px`).join(', ')}`)
    if (phoneWidths.size > 0) console.log(`browser: at 390 px, all ${phoneWidths.size} screens pictured fit the screen's width`)
    if (toasts.some((toast) => english.test(toast))) fail(`an English toast: ${toasts.filter((toast) => english.test(toast)).join(' | ')}`)
    console.log(`browser: the walk: written with an uploaded cover, submitted, sent back with a reason, completed and resubmitted, ${walkScheduled}, ${runJobs ? `published by the job (${jobRuns ? `${jobRuns} runs of the queue with the cron secret` : 'the server’s own cron was first'})` : 'the job not run'}; lock dialog: "${lockText}", taken over (the lock names the editor); toasts: ${toasts.join(' | ')}`)

    const payloadList = [...payloadOwn].map(([rule, entry]) => `${rule} (${entry.impact}): ${entry.help} — on ${[...entry.pages].join(', ')}; e.g. ${entry.example}`)
    console.log(`browser: axe-core on ${checked.length} screens; Payload's own critical/serious rules: ${payloadOwn.size}\n  ${payloadList.join('\n  ')}`)
    if (process.env.SCREENSHOT_DIR) writeFileSync(`${process.env.SCREENSHOT_DIR}/axe.json`, JSON.stringify({ checked, ours, payload: payloadList }, null, 2))
    if (ours.length > 0) fail(`axe-core: the plugin's own components have critical or serious violations:\n${ours.join('\n')}`)
    if (violations.length > 0) fail(`the Content-Security-Policy blocked:\n${violations.join('\n')}`)
  } finally {
    await browser.close()
  }
}
