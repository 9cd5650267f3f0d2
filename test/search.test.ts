/** Readers type without diacritics: "thu tuc" finds "Thủ tục"; the public finds published posts only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { foldVietnamese } from '../src/lib/foldVietnamese.ts'
import { unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { postInState } from './helpers/posts.ts'

describe('foldVietnamese', () => {
  it.each([
    ['Thủ tục hành chính', 'thu tuc hanh chinh'],
    ['ĐĂNG KÝ  khai sinh', 'dang ky khai sinh'],
    ['Đường dây nóng', 'duong day nong'],
  ])('%s -> %s', (text, folded) => expect(foldVietnamese(text)).toBe(folded))
})

describe('GET /api/cchc-posts/search', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await bootApp()
    const unit = await unitIdByCode(app, 'ttpvhcc')
    await postInState(app, unit, 'published', { title: 'Hướng dẫn thủ tục đăng ký khai sinh trực tuyến' })
    await postInState(app, unit, 'published', { title: 'Thanh toán lệ phí', excerpt: 'Nộp phí thủ tục qua ứng dụng ngân hàng.' })
    await postInState(app, unit, 'in_review', { title: 'Thủ tục chưa duyệt' })
  })
  afterAll(() => app?.close())

  const titles = async (q: string) => {
    const reply = await app.rest('GET', `/cchc-posts/search?q=${encodeURIComponent(q)}`)
    expect(reply.status).toBe(200)
    return reply.body.docs.map((d: { title: string }) => d.title).sort()
  }

  it('matches without diacritics, in the title or the excerpt, published posts only', async () => {
    expect(await titles('thu tuc')).toEqual(['Hướng dẫn thủ tục đăng ký khai sinh trực tuyến', 'Thanh toán lệ phí'])
    expect(await titles('THỦ TỤC khai sinh')).toEqual(['Hướng dẫn thủ tục đăng ký khai sinh trực tuyến'])
    expect(await titles('dang ky')).toEqual(['Hướng dẫn thủ tục đăng ký khai sinh trực tuyến'])
    expect(await titles('khong co')).toEqual([])
  })

  it('refuses a missing or too short query with a 400 naming it', async () => {
    const reply = await app.rest('GET', '/cchc-posts/search?q=a')
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toBe('q')
    expect(reply.body.errors[0].message).toMatch(/^Tham số "q" không hợp lệ\./)
    const english = await app.rest('GET', '/cchc-posts/search?q=a', { headers: { 'Accept-Language': 'en' } })
    expect(english.body.errors[0].message).toMatch(/^Invalid "q"\./)
    expect((await app.rest('GET', '/cchc-posts/search?q=thu%20tuc&limit=500')).status).toBe(400)
  })
})
