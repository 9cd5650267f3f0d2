/**
 * Nothing unpublished or personal reaches a public page, read as the server sends it (HTML, no
 * browser): a post an editor publishes appears on the home page, in its topic and at its own
 * address; a newer draft of it never shows; unpublished, it is gone from all three at once (its
 * address answers 404); a post or a decision that was never published is nowhere; and no page
 * carries the staff's names or e-mail addresses.
 */
import type { SiteContent } from './siteContent.ts'

const section = '/cai-cach-hanh-chinh'

export const siteUnpublishedCheck = async (
  base: string,
  authorization: string,
  content: SiteContent,
  hidden: { neverPublished: string[]; personal: string[] },
) => {
  const fail = (message: string): never => {
    throw new Error(`site, unpublished content: ${message}`)
  }
  const read = async (path: string) => {
    const response = await fetch(`${base}${path}`)
    return { status: response.status, html: await response.text() }
  }
  const write = async (method: string, path: string, body: Record<string, unknown>) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const answer = (await response.json()) as { doc?: { id: number | string; slug: string } }
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`)
    return answer.doc!
  }

  // A topic with no other post: once the post is gone, the topic is empty.
  const topicSlug = 'thanh-toan-truc-tuyen'
  const title = 'Nộp lệ phí trực tuyến qua Cổng Dịch vụ công: kiểm tra gỡ bài'
  const post = await write('POST', '/api/cchc-posts', {
    title,
    excerpt: 'Bài đăng rồi gỡ, để kiểm tra trang công khai.',
    format: 'article',
    featured: true,
    coverImage: content.coverImageId,
    topics: [content.topicIds[topicSlug]],
    _status: 'published',
  })
  const pages = { home: section, topic: `${section}/chuyen-muc/${topicSlug}`, post: `${section}/bai-viet/${post.slug}` }

  for (const [name, path] of Object.entries(pages)) {
    const page = await read(path)
    if (page.status !== 200 || !page.html.includes(title)) fail(`the published post is not on the ${name} page (${page.status})`)
  }

  // A newer draft of the published post (an editor's work in progress) stays out of sight.
  const draftTitle = 'BẢN NHÁP CHƯA DUYỆT: không được hiện'
  await write('PATCH', `/api/cchc-posts/${post.id}?draft=true`, { title: draftTitle })
  for (const [name, path] of Object.entries(pages)) {
    const page = await read(path)
    if (page.html.includes(draftTitle)) fail(`the draft of a published post shows on the ${name} page`)
    if (!page.html.includes(title)) fail(`saving a draft took the published post off the ${name} page`)
  }

  await write('PATCH', `/api/cchc-posts/${post.id}`, { _status: 'draft' })
  const home = await read(pages.home)
  if (home.status !== 200 || home.html.includes(title)) fail('the unpublished post is still on the home page')
  const topic = await read(pages.topic)
  if (topic.status !== 200 || topic.html.includes(title) || !topic.html.includes('Chuyên mục chưa có bài viết'))
    fail('the unpublished post is still in its topic')
  const own = await read(pages.post)
  if (own.status !== 404 || own.html.includes(title) || own.html.includes(draftTitle))
    fail(`the unpublished post's address answers ${own.status}`)
  if (!own.html.includes('Không tìm thấy trang')) fail('the unpublished post’s address does not show the Vietnamese 404')

  // What was never published (a contributor's post in review, a draft decision) is nowhere.
  for (const path of [pages.home, `${section}/thu-tuc`, `${section}/thu-tuc/thay-doi`]) {
    const page = path === pages.home ? home : await read(path)
    for (const text of hidden.neverPublished) if (page.html.includes(text)) fail(`${path} shows "${text}", which was never published`)
  }

  // Staff names and e-mail addresses are on no page the public reads.
  for (const path of [
    ...Object.values(pages),
    `${section}/bai-viet/${content.posts.article}`,
    `${section}/thu-tuc/${content.procedure.code}`,
  ]) {
    const page = await read(path)
    for (const personal of hidden.personal) if (page.html.includes(personal)) fail(`${path} shows "${personal}"`)
  }
  return 'published post on home, topic and its page; its newer draft never shown; unpublished: gone from home and topic, 404 at its address; a post in review and a draft decision nowhere; no staff names or e-mail on any page'
}
