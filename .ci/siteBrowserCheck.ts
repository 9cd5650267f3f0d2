/**
 * The public site as a citizen uses it, in Debian's Chromium driven by playwright-core, on a phone
 * (390 px) and a desktop (1366 px): home → topic → article → its satisfaction rating (sent, thanks
 * shown); the photo story, video (uploaded and embedded) and audio posts; the procedure search for
 * "dang ky khai sinh" (typed, submitted, and again without JavaScript) → the procedure → its online
 * filing link; the recent changes; the figures; feedback sent (first with the API's errors beside
 * the fields) → looked up by its tracking code; the documents list searched by number → a document
 * → its "căn cứ" both ways; a rating and feedback again without JavaScript; the 404. On every page: axe-core finds no serious or critical violation, the
 * Content-Security-Policy blocks nothing, the text is at least 16 px, nothing overflows the
 * phone's width and the tap targets checked are at least 44 px high. Screenshots of every page at
 * both widths go to `.ci/artifacts/site/` (SITE_ARTIFACTS_DIR), which CI keeps.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import type { SiteContent } from './siteContent.ts'

const section = '/cai-cach-hanh-chinh'
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const
// The API refuses ratings from robots, and a headless browser says it is one: the check reads as a phone's browser.
const phoneAgent = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'

type Visit = { name: string; url: string }

export const siteBrowserCheck = async (base: string, content: SiteContent) => {
  const artifacts = process.env.SITE_ARTIFACTS_DIR ?? path.resolve(import.meta.dirname, 'artifacts', 'site')
  mkdirSync(artifacts, { recursive: true })
  const fail = (message: string): never => {
    throw new Error(`site: ${message}`)
  }
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  const violations: string[] = []
  const watch = (context: BrowserContext) => {
    context.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text()))
        violations.push(`${message.page()?.url()}: ${message.text()}`)
    })
  }
  // The privacy-friendly video player and the public service portal are outside; CI has no
  // network, so they answer with a stub page (which still proves the policy lets the frame load).
  const stubOutside = async (context: BrowserContext) => {
    await context.route(/^https:\/\/(www\.youtube-nocookie\.com|dichvucong\.gov\.vn)\//, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="vi"><title>Trang ngoài</title><p>Trang ngoài (giả lập)</p></html>',
      }),
    )
  }

  /** axe-core on the page as it is: no serious or critical violation. */
  const checkAccessibility = async (page: Page, name: string) => {
    // Evaluated over the DevTools protocol, which the page's policy does not govern.
    await page.evaluate(axeSource)
    const found = (await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run: (
              context: Document,
            ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>
          }
        }
      ).axe.run(document)
      return result.violations
    })) as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]
    const bad = found.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    if (bad.length > 0) {
      fail(
        `${name}: axe found ${bad
          .map(
            (v) =>
              `${v.impact} ${v.id} (${v.help}) at ${v.nodes
                .map((node) => node.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          )
          .join('; ')}`,
      )
    }
    return found.length
  }

  /** What an older reader on a phone needs: 16 px text or more, no sideways scrolling, large targets. */
  const checkReadable = async (page: Page, name: string, viewportWidth: number) => {
    const facts = await page.evaluate(() => {
      const small = [...document.querySelectorAll('main p, main li, main td, main dd, main a, main label')]
        .filter((element) => element.textContent?.trim() && (element as HTMLElement).offsetParent !== null)
        .map((element) => ({ text: element.textContent!.trim().slice(0, 40), size: parseFloat(getComputedStyle(element).fontSize) }))
        .filter((element) => element.size < 16)
      const targets = [...document.querySelectorAll('.site-nav a, .pagination a, .share a, button, input, select, .button, .feed-links a')]
        // A radio button or checkbox is tapped through its label, which is the target.
        .map((element) => (element.matches('input[type="radio"], input[type="checkbox"]') ? (element.closest('label') ?? element) : element))
        .map((element) => ({
          text: (element.textContent || element.getAttribute('name') || '').trim().slice(0, 30),
          height: element.getBoundingClientRect().height,
        }))
        .filter((target) => target.height > 0 && target.height < 44)
      return {
        lang: document.documentElement.lang,
        bodySize: parseFloat(getComputedStyle(document.body).fontSize),
        scrollWidth: document.documentElement.scrollWidth,
        small,
        targets,
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
        h1: document.querySelectorAll('h1').length,
        skipLink: Boolean(document.querySelector('a.skip-link[href="#noi-dung"]')),
        landmarks: ['header', 'nav', 'main', 'footer'].every((tag) => document.querySelector(tag)),
      }
    })
    if (facts.lang !== 'vi') fail(`${name}: html lang is "${facts.lang}"`)
    if (facts.bodySize < 16) fail(`${name}: body text is ${facts.bodySize} px`)
    if (facts.small.length > 0) fail(`${name}: text under 16 px: ${JSON.stringify(facts.small.slice(0, 3))}`)
    if (facts.scrollWidth > viewportWidth) fail(`${name}: the page is ${facts.scrollWidth} px wide on a ${viewportWidth} px screen`)
    if (facts.targets.length > 0) fail(`${name}: tap targets under 44 px: ${JSON.stringify(facts.targets.slice(0, 3))}`)
    if (facts.h1 !== 1) fail(`${name}: ${facts.h1} h1 headings`)
    for (let index = 1; index < facts.headings.length; index++) {
      if (facts.headings[index]! > facts.headings[index - 1]! + 1) fail(`${name}: headings skip a level (${facts.headings.join(',')})`)
    }
    if (!facts.skipLink || !facts.landmarks) fail(`${name}: no skip link or landmarks`)
  }

  /** Scrolls through the page so its lazy pictures load, checks every one did, then takes its picture. */
  const shoot = async (page: Page, name: string, width: number) => {
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y)
        await new Promise((resolve) => setTimeout(resolve, 60))
      }
      window.scrollTo(0, 0)
    })
    await page.waitForFunction(() => [...document.images].every((image) => image.complete), undefined, { timeout: 15_000 })
    const broken = await page.evaluate(() =>
      [...document.images].filter((image) => image.naturalWidth === 0).map((image) => image.currentSrc || image.src),
    )
    if (broken.length > 0) fail(`${name}: pictures that did not load: ${broken.join(', ')}`)
    await page.screenshot({ path: path.join(artifacts, `${name}-${width}.png`), fullPage: true })
  }

  /** Opens a page, checks it, takes its picture. */
  const visit = async (page: Page, { name, url }: Visit, width: number, expectStatus = 200) => {
    const response = await page.goto(url.startsWith('http') ? url : `${base}${url}`, { waitUntil: 'networkidle' })
    if (response?.status() !== expectStatus) fail(`${name}: ${url} answered ${response?.status()}, expected ${expectStatus}`)
    await checkReadable(page, name, width)
    const minor = await checkAccessibility(page, `${name} at ${width} px`)
    await shoot(page, name, width)
    return minor
  }

  /** Checks the page as it stands (after a form was sent), without loading it again. */
  const checkHere = async (page: Page, name: string, width: number) => {
    await checkReadable(page, name, width)
    await checkAccessibility(page, `${name} at ${width} px`)
    await shoot(page, name, width)
  }

  const report: string[] = []
  try {
    const phone = await browser.newContext({
      viewport: widths.phone,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      userAgent: phoneAgent,
    })
    watch(phone)
    await stubOutside(phone)
    const page = await phone.newPage()

    // Home → topic → article, by following the links a reader taps.
    await visit(page, { name: 'home', url: section }, widths.phone.width)
    const homeText = (await page.locator('main').textContent()) ?? ''
    for (const label of ['Bài viết', 'Phóng sự ảnh', 'Video', 'Âm thanh'])
      if (!homeText.includes(label)) fail(`home: no post marked "${label}"`)
    if (!homeText.includes('Tin nổi bật')) fail('home: no featured posts')
    await page.locator('.topic-block h2 a', { hasText: 'Hướng dẫn dịch vụ công trực tuyến' }).click()
    await page.waitForURL(/\/chuyen-muc\/huong-dan-dich-vu-cong-truc-tuyen$/)
    await visit(page, { name: 'topic', url: page.url() }, widths.phone.width)
    await page.locator('.post-card__link', { hasText: 'Hướng dẫn đăng ký khai sinh' }).click()
    await page.waitForURL(new RegExp(`/bai-viet/${content.posts.article}$`))
    await visit(page, { name: 'article', url: page.url() }, widths.phone.width)
    const article = await page.evaluate(() => ({
      bodyHeadings: [...document.querySelectorAll('.post-body h2')].map((heading) => heading.textContent),
      bodyLists: document.querySelectorAll('.post-body ol li, .post-body ul li').length,
      figure: document.querySelector('.post-body figure img')?.getAttribute('srcset') ?? '',
      lazy: document.querySelector('.post-body figure img')?.getAttribute('loading'),
      sized: Boolean(document.querySelector('.post-body figure img[width][height]')),
      related: [...document.querySelectorAll('.related a')].map((link) => link.getAttribute('href')),
      share: [...document.querySelectorAll('.share a')].map((link) => link.getAttribute('href') ?? ''),
      ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '',
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
      ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '',
      thirdPartyScripts: [...document.scripts].filter((script) => script.src && !script.src.startsWith(location.origin)).length,
    }))
    if (!article.bodyHeadings.includes('Chuẩn bị') || article.bodyLists < 5)
      fail(`article: the Lexical body is not rendered: ${JSON.stringify(article)}`)
    if (!/480w/.test(article.figure) || !/960w/.test(article.figure) || article.lazy !== 'lazy' || !article.sized)
      fail(`article: the picture in the body has no WebP sizes, lazy loading or size: ${JSON.stringify(article)}`)
    if (!article.related.some((href) => href?.endsWith(`/thu-tuc/${content.procedure.code}`)))
      fail('article: the related procedure is not linked')
    if (!article.share.some((href) => href.startsWith('https://www.facebook.com/sharer/'))) fail('article: no share links')
    if (!/^https?:\/\/.+\.webp$/.test(article.ogImage) || !article.ogTitle.includes('khai sinh') || !/^https?:\/\//.test(article.ogUrl))
      fail(`article: Open Graph tags: ${JSON.stringify(article)}`)
    if (article.thirdPartyScripts > 0) fail('article: a third-party script is loaded')
    // The rating: five choices, sent, the thanks and the new count shown in place.
    const rating = page.locator('section.rating')
    if (!((await rating.locator('.rating__summary').textContent()) ?? '').includes('Chưa có lượt đánh giá')) fail('rating: no summary before rating')
    await rating.locator('label.choice', { hasText: /^Hài lòng$/ }).click()
    await rating.locator('textarea[name="comment"]').fill('Bài hướng dẫn dễ hiểu.')
    await rating.locator('button[type="submit"]').click()
    await rating.locator('.notice--success', { hasText: 'Cảm ơn bạn đã đánh giá' }).waitFor({ timeout: 15_000 })
    const ratedSummary = (await rating.locator('.rating__summary').textContent()) ?? ''
    if (!ratedSummary.includes('4,0 / 5') || !ratedSummary.includes('1 lượt đánh giá')) fail(`rating: summary after rating "${ratedSummary}"`)
    await checkHere(page, 'article-rated', widths.phone.width)
    report.push('home → topic → article by links → rating sent, thanks and the new mean shown')

    // The other formats.
    await visit(page, { name: 'photo-story', url: `${section}/bai-viet/${content.posts.photo}` }, widths.phone.width)
    const captions = await page.locator('.gallery figure figcaption').allTextContents()
    if (captions.length !== 4 || !captions[0]!.includes('Quầy tiếp nhận hồ sơ'))
      fail(`photo story: gallery captions ${JSON.stringify(captions)}`)
    await visit(page, { name: 'video', url: `${section}/bai-viet/${content.posts.video}` }, widths.phone.width)
    if ((await page.locator('video source[src$=".mp4"]').count()) !== 1) fail('video: no player for the uploaded file')
    if (!((await page.locator('.transcript').textContent()) ?? '').includes('Bước một')) fail('video: no transcript')
    await visit(page, { name: 'video-embed', url: `${section}/bai-viet/${content.posts.embed}` }, widths.phone.width)
    const frame = page.locator('.player__frame iframe')
    if (
      !/^https:\/\/www\.youtube-nocookie\.com\/embed\/M7lc1UVf-VE$/.test((await frame.getAttribute('src')) ?? '') ||
      !(await frame.getAttribute('title'))?.startsWith('Video:')
    ) {
      fail('video embed: not a titled youtube-nocookie player')
    }
    if (!(await page.frame({ url: /youtube-nocookie/ })?.content())?.includes('Trang ngoài'))
      fail('video embed: the player frame did not load')
    await visit(page, { name: 'audio', url: `${section}/bai-viet/${content.posts.audio}` }, widths.phone.width)
    if ((await page.locator('audio[controls][src$=".mp3"]').count()) !== 1 || (await page.locator('.transcript').count()) !== 1)
      fail('audio: no player or transcript')
    report.push('photo story (4 captioned pictures), video file, YouTube embed, audio, each with its transcript')

    // Search as a citizen types it, without diacritics.
    await visit(page, { name: 'procedure-search', url: `${section}/thu-tuc` }, widths.phone.width)
    await page.locator('#q').pressSequentially('dang ky khai sinh', { delay: 40 })
    // As-you-type: the results follow without submitting.
    await page.waitForURL(/[?&]q=dang\+ky\+khai\+sinh/, { timeout: 15_000 })
    await page.locator('.procedure-item__link', { hasText: content.procedure.name }).first().waitFor({ timeout: 15_000 })
    const count = (await page.locator('.result-count').textContent()) ?? ''
    if (!/Tìm thấy \d+ thủ tục/.test(count)) fail(`search: result count "${count}"`)
    await visit(page, { name: 'procedure-search-results', url: page.url() }, widths.phone.width)
    await page.locator('.procedure-item__link', { hasText: content.procedure.name }).first().click()
    await page.waitForURL(new RegExp(`/thu-tuc/${content.procedure.code.replace('.', '\\.')}$`))
    await visit(page, { name: 'procedure', url: page.url() }, widths.phone.width)
    const procedureText = (await page.locator('main').textContent()) ?? ''
    for (const part of [
      'Cách thức thực hiện',
      'Thành phần hồ sơ',
      'Căn cứ pháp lý',
      'Quá trình công bố',
      '1877/QĐ-UBND',
      'Sửa đổi, bổ sung',
      'Bài viết hướng dẫn',
      'Miễn lệ phí',
    ]) {
      if (!procedureText.includes(part)) fail(`procedure: no "${part}"`)
    }
    const fileOnline = page.locator('.procedure__file-online a', { hasText: 'Nộp hồ sơ trực tuyến' })
    if ((await fileOnline.getAttribute('href')) !== content.procedure.portalUrl)
      fail('procedure: the online filing link is not the portal’s')
    await fileOnline.click()
    await page.waitForURL(content.procedure.portalUrl)
    report.push('search "dang ky khai sinh" as you type → procedure → online filing link')

    await visit(page, { name: 'procedure-changes', url: `${section}/thu-tuc/thay-doi` }, widths.phone.width)
    const changes = (await page.locator('main').textContent()) ?? ''
    if (
      !changes.includes('Quyết định số 1877/QĐ-UBND') ||
      !changes.includes('Quyết định số 1520/QĐ-UBND') ||
      !changes.includes('Đăng ký nhận cha, mẹ, con')
    )
      fail('recent changes: decisions or their items missing')
    await visit(page, { name: 'figures', url: `${section}/ket-qua-giai-quyet` }, widths.phone.width)
    const chart = await page.evaluate(() => {
      const svg = document.querySelector('svg[role="img"]')
      const ids = (svg?.getAttribute('aria-labelledby') ?? '').split(' ')
      return {
        title: svg?.querySelector('title')?.textContent ?? '',
        desc: svg?.querySelector('desc')?.textContent ?? '',
        labelled: ids.length === 2 && ids.every((id) => document.getElementById(id)),
        lines: svg?.querySelectorAll('path').length ?? 0,
        rows: document.querySelectorAll('.figures-table tbody tr').length,
      }
    })
    if (!chart.title || !chart.desc.includes('%') || !chart.labelled || chart.lines !== 2 || chart.rows < 6)
      fail(`figures: chart or table ${JSON.stringify(chart)}`)
    // Feedback: the way in from the navigation, the API's errors beside the fields, then sent and looked up by its code.
    await visit(page, { name: 'home-again', url: section }, widths.phone.width)
    await page.locator('.site-nav a', { hasText: 'Phản ánh, kiến nghị' }).click()
    await page.waitForURL(/\/phan-anh-kien-nghi$/)
    await visit(page, { name: 'feedback', url: page.url() }, widths.phone.width)
    await page.locator('main a', { hasText: 'Gửi phản ánh, kiến nghị' }).first().click()
    await page.waitForURL(/\/phan-anh-kien-nghi\/gui$/)
    await visit(page, { name: 'feedback-form', url: page.url() }, widths.phone.width)
    if (!((await page.locator('.privacy-notice').textContent()) ?? '').includes('Bảo vệ thông tin cá nhân')) fail('feedback: no privacy notice')
    await page.locator('#truong-subject').fill('Hỏi về đăng ký khai sinh cho con')
    await page.locator('button[type="submit"]', { hasText: 'Gửi phản ánh' }).click()
    await page.locator('.field__error').first().waitFor({ timeout: 15_000 })
    const fieldErrors = await page.locator('.field__error').evaluateAll((nodes) => nodes.map((node) => node.id))
    if (!fieldErrors.includes('loi-content')) fail(`feedback: no message beside the content (${fieldErrors.join(', ')})`)
    if ((await page.locator('#truong-subject').inputValue()) !== 'Hỏi về đăng ký khai sinh cho con') fail('feedback: what was typed is lost')
    if ((await page.locator('#truong-content').getAttribute('aria-invalid')) !== 'true') fail('feedback: the content is not marked invalid')
    await checkHere(page, 'feedback-errors', widths.phone.width)
    await page.locator('#truong-content').fill('Con tôi sinh ở bệnh viện thành phố, tôi đăng ký khai sinh ở xã được không?')
    await page.locator('#truong-contactPhone').fill('0912345678')
    await page.locator('button[type="submit"]', { hasText: 'Gửi phản ánh' }).click()
    const sent = page.locator('.notice--success .tracking-code')
    await sent.waitFor({ timeout: 15_000 })
    const trackingCode = ((await sent.textContent()) ?? '').trim()
    if (!/^[A-Z]+-\d{4}-\d{6}$/.test(trackingCode)) fail(`feedback: tracking code "${trackingCode}"`)
    await checkHere(page, 'feedback-sent', widths.phone.width)
    await page.locator('a', { hasText: 'Tra cứu ngay' }).click()
    await page.waitForURL(/\/tra-cuu\?ma=/)
    await visit(page, { name: 'feedback-track', url: page.url() }, widths.phone.width)
    const tracked = (await page.locator('.tracked').textContent()) ?? ''
    if (!tracked.includes(trackingCode) || !tracked.includes('Đã tiếp nhận')) fail(`feedback lookup: "${tracked.slice(0, 200)}"`)
    if (tracked.includes('0912345678') || tracked.includes('bệnh viện thành phố')) fail('feedback lookup: shows the citizen’s own words or phone')
    report.push(`feedback: errors beside the fields, sent (${trackingCode}), looked up by its code`)

    // Documents: the list from the navigation, searched by a number as a citizen types it, a document, its "căn cứ" both ways.
    await page.locator('.site-nav a', { hasText: 'Văn bản' }).click()
    await page.waitForURL(/\/van-ban$/)
    await visit(page, { name: 'documents', url: page.url() }, widths.phone.width)
    await page.locator('#q').fill('42 kh ubnd')
    await page.locator('form[role="search"] button[type="submit"]').click()
    await page.waitForURL(/\/van-ban\?q=42\+kh\+ubnd/)
    await visit(page, { name: 'documents-search', url: page.url() }, widths.phone.width)
    const found = await page.locator('.document-item__link').allTextContents()
    if (found.length !== 1 || !found[0]!.includes(content.documents.plan.number)) fail(`documents: searching "42 kh ubnd" found ${JSON.stringify(found)}`)
    await page.locator('.document-item__link').first().click()
    await page.waitForURL(new RegExp(`/van-ban/${content.documents.plan.id}$`))
    await visit(page, { name: 'document', url: page.url() }, widths.phone.width)
    const documentPage = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent ?? '',
      basis: [...document.querySelectorAll('.chain a')].map((link) => link.textContent ?? ''),
      pdf: document.querySelector('.file-link')?.getAttribute('href') ?? '',
      text: document.querySelector('main')?.textContent ?? '',
    }))
    if (!documentPage.title.includes('Kế hoạch số 42/KH-UBND')) fail(`document: title "${documentPage.title}"`)
    if (!/\.pdf$/.test(documentPage.pdf)) fail(`document: no PDF link (${documentPage.pdf})`)
    if (!documentPage.basis.some((text) => text.includes(content.documents.basis.number))) fail(`document: the căn cứ ${content.documents.basis.number} is not linked`)
    if (!documentPage.text.includes('Văn bản căn cứ vào văn bản này') || !documentPage.text.includes('4110/VP-NVKTGS'))
      fail('document: what is based on it is not shown')
    await page.locator('.chain a', { hasText: content.documents.basis.number }).click()
    await page.waitForURL(new RegExp(`/van-ban/${content.documents.basis.id}$`))
    await visit(page, { name: 'document-basis', url: page.url() }, widths.phone.width)
    if (!((await page.locator('main').textContent()) ?? '').includes(content.documents.plan.number)) fail('document: the chain back to the plan is missing')
    report.push('documents: list → search "42 kh ubnd" → the plan (PDF, căn cứ) → the decision it is based on → back')

    report.push('recent changes by decision, figures (SVG chart with title and description, table)')


    // Without JavaScript: reading and the search form work.
    const plain = await browser.newContext({ viewport: widths.phone, javaScriptEnabled: false, userAgent: phoneAgent })
    watch(plain)
    const noScript = await plain.newPage()
    await noScript.goto(`${base}${section}/thu-tuc`)
    await noScript.fill('#q', 'dang ky khai sinh')
    await noScript.locator('form[role="search"] button[type="submit"]').first().click()
    await noScript.waitForURL(/q=dang\+ky\+khai\+sinh/)
    if ((await noScript.locator('.procedure-item__link', { hasText: content.procedure.name }).count()) === 0)
      fail('without JavaScript: the search form finds nothing')
    await noScript.goto(`${base}${section}/bai-viet/${content.posts.article}`)
    if (!((await noScript.locator('.post-body').textContent()) ?? '').includes('trực tuyến toàn trình'))
      fail('without JavaScript: the article does not read')
    await noScript.goto(`${base}${section}/thu-tuc/${content.procedure.code}`)
    await noScript.locator('section.rating label.choice', { hasText: 'Rất hài lòng' }).click()
    await noScript.locator('section.rating button[type="submit"]').click()
    // The form posts and the page comes back with the thanks.
    await noScript
      .locator('section.rating .notice--success', { hasText: 'Cảm ơn bạn đã đánh giá' })
      .waitFor({ timeout: 15_000 })
      .catch(() => fail('without JavaScript: the rating is not thanked'))
    await noScript.goto(`${base}${section}/phan-anh-kien-nghi/gui`)
    await noScript.fill('#truong-subject', 'Góp ý giờ làm việc của Bộ phận một cửa')
    await noScript.fill('#truong-content', 'Đề nghị mở cửa thêm sáng thứ Bảy để người đi làm nộp hồ sơ.')
    await noScript.fill('#truong-contactEmail', 'nguoidan@example.vn')
    await noScript.locator('button[type="submit"]', { hasText: 'Gửi phản ánh' }).click()
    await noScript
      .locator('.tracking-code')
      .waitFor({ timeout: 15_000 })
      .catch(() => fail('without JavaScript: feedback gets no tracking code'))
    if (!/^[A-Z]+-\d{4}-\d{6}$/.test(((await noScript.locator('.tracking-code').textContent()) ?? '').trim()))
      fail('without JavaScript: the tracking code is not one')
    await plain.close()
    report.push('without JavaScript: search form, article, a rating and feedback sent')

    // The same pages on a desktop screen.
    const desktop = await browser.newContext({ viewport: widths.desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    watch(desktop)
    await stubOutside(desktop)
    const wide = await desktop.newPage()
    const pages: (Visit & { status?: number })[] = [
      { name: 'home', url: section },
      { name: 'topic', url: `${section}/chuyen-muc/huong-dan-dich-vu-cong-truc-tuyen` },
      { name: 'topic-page-2', url: `${section}/chuyen-muc/${content.busyTopic}?trang=2` },
      { name: 'article', url: `${section}/bai-viet/${content.posts.article}` },
      { name: 'photo-story', url: `${section}/bai-viet/${content.posts.photo}` },
      { name: 'video', url: `${section}/bai-viet/${content.posts.video}` },
      { name: 'video-embed', url: `${section}/bai-viet/${content.posts.embed}` },
      { name: 'audio', url: `${section}/bai-viet/${content.posts.audio}` },
      { name: 'procedure-search-results', url: `${section}/thu-tuc?q=dang+ky+khai+sinh` },
      { name: 'procedure', url: `${section}/thu-tuc/${content.procedure.code}` },
      { name: 'procedure-changes', url: `${section}/thu-tuc/thay-doi` },
      { name: 'figures', url: `${section}/ket-qua-giai-quyet` },
      { name: 'feedback', url: `${section}/phan-anh-kien-nghi` },
      { name: 'feedback-form', url: `${section}/phan-anh-kien-nghi/gui` },
      { name: 'feedback-track', url: `${section}/phan-anh-kien-nghi/tra-cuu` },
      { name: 'documents', url: `${section}/van-ban` },
      { name: 'document', url: `${section}/van-ban/${content.documents.plan.id}` },
      { name: 'radio', url: `${section}/phat-thanh` },
    ]
    for (const entry of pages) {
      await visit(wide, entry, widths.desktop.width, entry.status ?? 200)
      if (entry.name === 'topic-page-2' && !((await wide.locator('.pagination [aria-current="page"]').textContent()) ?? '').includes('2')) {
        fail('topic: the second page is not marked as the current one')
      }
    }
    await desktop.close()
    report.push(`${pages.length} pages at 1366 px`)

    // The 404s last, so that a fault there does not hide what the rest of the walk finds.
    await visit(page, { name: 'not-found', url: '/khong-co-trang-nay' }, widths.phone.width, 404)
    if (!((await page.locator('h1').textContent()) ?? '').includes('Không tìm thấy trang')) fail('404: not the Vietnamese page')
    await visit(page, { name: 'post-not-found', url: `${section}/bai-viet/khong-co-bai-nay` }, widths.phone.width, 404)
    await phone.close()
    const wideAgain = await browser.newContext({ viewport: widths.desktop, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    watch(wideAgain)
    await visit(await wideAgain.newPage(), { name: 'not-found', url: '/khong-co-trang-nay' }, widths.desktop.width, 404)
    await wideAgain.close()
    report.push('the Vietnamese 404 at both widths')

    if (violations.length > 0) fail(`the Content-Security-Policy blocked:\n${violations.join('\n')}`)
    return { report, artifacts }
  } finally {
    await browser.close()
  }
}
