/**
 * The admin panel as people see it, in Debian's Chromium driven by playwright-core: Vietnamese
 * for an English-locale browser; the editor sees the review queue and may publish; a contributor
 * sees its post without a Publish button and cannot add units; an editor imports a decision's
 * annex from a CSV file, and a wrong file shows its errors by row. Nothing on the pages visited
 * (login, dashboard, lists, edit and create views) is blocked by the Content-Security-Policy.
 */
import { chromium, type Page } from 'playwright-core'

type Account = { email: string; password: string }

export const browserCheck = async (
  base: string,
  accounts: { editor: Account; contributor: Account },
  postId: number | string,
  decisionId: number | string,
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
  const logIn = async (account: Account): Promise<Page> => {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
    })
    await page.goto(`${base}/admin/login`, { waitUntil: 'networkidle' })
    if (!(await page.content()).includes('Đăng nhập')) fail('the login page is not in Vietnamese')
    await page.fill('input[name="email"]', account.email)
    await page.fill('input[name="password"]', account.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    return page
  }
  // SCREENSHOT_DIR=/tmp/shots keeps a picture of each screen checked, to look at by eye.
  const shoot = async (page: Page, name: string) => {
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png`, fullPage: true })
  }
  const publishButton = (page: Page) => page.locator('#action-save, button:has-text("Xuất bản")')

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
    if (!(await editor.content()).includes('Bài chờ duyệt (1)')) fail('the editor’s dashboard does not list the post in review')
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
    // The editorial steps as buttons: the editor sends the post back with a reason, the contributor
    // resubmits, the editor's approval of an incomplete post is refused on its fields.
    // Read in the page, with its session, as the admin itself reads.
    const stateOf = (page: Page) =>
      page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), `${base}/api/cchc-posts/${postId}?depth=0&draft=true`) as Promise<{ workflowState?: string; reviewNote?: string }>
    const button = (page: Page, name: string) => page.locator('.cchc-workflow-actions button', { hasText: name })
    await editor.goto(`${base}/admin/collections/cchc-posts/${postId}`, { waitUntil: 'networkidle' })
    for (const name of ['Duyệt và đăng', 'Yêu cầu chỉnh sửa', 'Lưu trữ']) if ((await button(editor, name).count()) !== 1) fail(`the editor has no "${name}" button`)
    await button(editor, 'Yêu cầu chỉnh sửa').click()
    await editor.fill('.cchc-workflow-actions textarea', 'Bổ sung ảnh đại diện và sapo.')
    await shoot(editor, 'post-request-changes')
    await button(editor, 'Gửi yêu cầu').click()
    await editor.waitForFunction(() => document.querySelector('.cchc-workflow-actions')?.textContent?.includes('Duyệt và đăng') && !document.querySelector('.cchc-workflow-actions textarea'), null, { timeout: 30_000 }).catch(() => undefined)
    const sentBack = await stateOf(editor)
    if (sentBack.workflowState !== 'changes_requested' || sentBack.reviewNote !== 'Bổ sung ảnh đại diện và sapo.') fail(`"Yêu cầu chỉnh sửa" did not send the post back: ${JSON.stringify(sentBack)}`)
    await contributor.goto(`${base}/admin/collections/cchc-posts/${postId}`, { waitUntil: 'networkidle' })
    if (!(await contributor.content()).includes('Bổ sung ảnh đại diện và sapo.')) fail('the contributor does not see the reason')
    if ((await button(contributor, 'Duyệt và đăng').count()) > 0) fail('the contributor is offered "Duyệt và đăng"')
    await button(contributor, 'Gửi duyệt').click()
    await contributor.waitForFunction(() => !document.querySelector('.cchc-workflow-actions')?.textContent?.includes('Gửi duyệt'), null, { timeout: 30_000 }).catch(() => undefined)
    if ((await stateOf(contributor)).workflowState !== 'in_review') fail('"Gửi duyệt" did not submit the post')
    await shoot(contributor, 'post-resubmitted')
    await editor.goto(`${base}/admin/collections/cchc-posts/${postId}`, { waitUntil: 'networkidle' })
    await button(editor, 'Duyệt và đăng').click()
    await editor.locator('.field-error').first().waitFor({ timeout: 30_000 }).catch(() => fail('approving an incomplete post marks no field'))
    if (!(await editor.content()).includes('Cần sapo (tóm tắt) trước khi đăng.')) fail('the refused approval does not say why under the field')
    if ((await stateOf(editor)).workflowState !== 'in_review') fail('a refused approval changed the post')
    await shoot(editor, 'post-approval-refused')
    // The radio's week above its programmes, and readers' interest on the editor's dashboard.
    await editor.goto(`${base}/admin/collections/broadcast-schedules`, { waitUntil: 'networkidle' })
    if ((await editor.locator('.cchc-radio-week').count()) === 0) fail('the radio week view is missing')
    await shoot(editor, 'radio-week')
    await editor.goto(`${base}/admin`, { waitUntil: 'networkidle' })
    if ((await editor.locator('.cchc-interest').count()) === 0) fail('the editor’s dashboard has no interest panel')
    await shoot(editor, 'dashboard-panels')
    if (violations.length > 0) fail(`the Content-Security-Policy blocked:\n${violations.join('\n')}`)
  } finally {
    await browser.close()
  }
}
