/**
 * What the public site's check reads, written through the REST API as an editor would (the demo
 * data of `npm run dev` is not in the production check's database): pictures, a video and an
 * audio file; two published decisions that create and amend procedures; the TTHCC's figures for
 * the last six quarters; and posts of every format, enough of them for a second page of a topic.
 * Dates are relative to today, so the pages' default ranges ("recent changes") find them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

const fixtures = path.resolve(import.meta.dirname, '..', 'test', 'fixtures')

export type SiteContent = {
  /** Slugs of one published post per format, and of the one with an embedded video. */
  posts: { article: string; photo: string; video: string; embed: string; audio: string }
  /** The topic with more posts than one page holds. */
  busyTopic: string
  /** The birth registration procedure the citizen's path searches for. */
  procedure: { code: string; name: string; portalUrl: string }
  topicIds: Record<string, number | string>
  coverImageId: number | string
  /** The commune's plan (with its signed PDF) and the city's decision it is based on (căn cứ). */
  documents: { plan: { id: number | string; number: string }; basis: { id: number | string; number: string } }
}

type Json = Record<string, any>

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: Json[], extra: Json = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const paragraph = (...children: Json[]) => block('paragraph', children, { textFormat: 0, textStyle: '' })
const lexical = (...children: Json[]) => ({ root: block('root', children) })

const dayOffset = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

/** A landscape picture in the given hue: a sky, fields and a building's outline, no text. */
const picture = (hue: number, width = 1200, height = 800) =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="hsl(${hue},60%,78%)"/><stop offset="1" stop-color="hsl(${hue},50%,92%)"/>
      </linearGradient></defs>
      <rect width="100%" height="100%" fill="url(#sky)"/>
      <rect y="${height * 0.62}" width="100%" height="${height * 0.38}" fill="hsl(${(hue + 90) % 360},45%,42%)"/>
      <rect x="${width * 0.3}" y="${height * 0.3}" width="${width * 0.4}" height="${height * 0.34}" fill="hsl(40,30%,88%)" stroke="hsl(0,0%,30%)" stroke-width="6"/>
      <polygon points="${width * 0.27},${height * 0.31} ${width * 0.5},${height * 0.16} ${width * 0.73},${height * 0.31}" fill="hsl(5,65%,45%)"/>
      <rect x="${width * 0.46}" y="${height * 0.46}" width="${width * 0.08}" height="${height * 0.18}" fill="hsl(25,45%,35%)"/>
    </svg>`),
  )
    .jpeg({ quality: 75 })
    .toBuffer()

export const seedSiteContent = async (base: string, authorization: string): Promise<SiteContent> => {
  const call = async (method: string, url: string, body?: Json): Promise<Json> => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const answer = (await response.json()) as Json
    if (!response.ok) throw new Error(`seeding the site: ${method} ${url}: ${response.status} ${JSON.stringify(answer).slice(0, 400)}`)
    return answer
  }
  const upload = async (bytes: Buffer, name: string, type: string, data: Json) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify(data))
    const response = await fetch(`${base}/api/cchc-media`, { method: 'POST', headers: { Authorization: authorization }, body: form })
    const answer = (await response.json()) as Json
    if (response.status !== 201)
      throw new Error(`seeding the site: upload ${name}: ${response.status} ${JSON.stringify(answer).slice(0, 400)}`)
    return answer.doc.id as number | string
  }

  const topics = (await call('GET', '/api/cchc-topics?limit=100')).docs as Json[]
  const topicIds = Object.fromEntries(topics.map((topic) => [topic.slug, topic.id]))

  const captions = [
    ['Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công xã', 'Quầy tiếp nhận hồ sơ buổi sáng thứ Hai.'],
    ['Cán bộ hướng dẫn người dân nộp hồ sơ trực tuyến', 'Cán bộ một cửa hướng dẫn từng bước trên điện thoại.'],
    ['Khu vực chờ có ghế ngồi và nước uống', 'Khu vực chờ được bố trí lại cho người cao tuổi.'],
    ['Bảng niêm yết thủ tục hành chính', 'Danh mục thủ tục được niêm yết công khai, cập nhật theo quyết định mới.'],
  ]
  const cover = await upload(await picture(200), 'trung-tam-phuc-vu.jpg', 'image/jpeg', {
    alt: 'Trụ sở Trung tâm Phục vụ hành chính công xã Thanh Miện',
    caption: 'Trụ sở Trung tâm Phục vụ hành chính công xã.',
    credit: 'Ảnh: TTDVSNC',
  })
  const gallery: (number | string)[] = []
  for (const [index, [alt, caption]] of captions.entries()) {
    gallery.push(
      await upload(await picture(30 + index * 70), `phong-su-${index + 1}.jpg`, 'image/jpeg', { alt, caption, credit: 'Ảnh: TTDVSNC' }),
    )
  }
  const video = await upload(readFileSync(path.join(fixtures, 'clip.mp4')), 'huong-dan-nop-ho-so.mp4', 'video/mp4', {
    caption: 'Hướng dẫn nộp hồ sơ trực tuyến',
  })
  const audio = await upload(readFileSync(path.join(fixtures, 'voice.mp3')), 'ban-tin-cchc.mp3', 'audio/mpeg', {
    caption: 'Bản tin phát thanh CCHC',
  })

  // Procedures come from decisions, as they do in a commune: one creates them, a later one amends one.
  const portalUrl = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193'
  const common = { level: 'commune', agency: 'UBND xã Thanh Miện', channels: ['in_person', 'online', 'postal'] }
  await call('POST', '/api/procedure-announcements', {
    number: '1520/QĐ-UBND',
    issuer: 'UBND thành phố Hải Phòng',
    signer: 'Chủ tịch UBND thành phố',
    signedAt: dayOffset(-70),
    effectiveDate: dayOffset(-60),
    summary: 'Công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của UBND cấp xã',
    items: [
      {
        kind: 'new',
        code: '1.001193',
        data: {
          ...common,
          name: 'Đăng ký khai sinh',
          sector: 'Hộ tịch',
          onlineLevel: 'toan_trinh',
          processingTime: 'Ngay trong ngày làm việc',
          fees: 'Miễn lệ phí',
          result: 'Giấy khai sinh (bản chính)',
          portalUrl,
        },
      },
      {
        kind: 'new',
        code: '1.000894',
        data: {
          ...common,
          name: 'Đăng ký kết hôn',
          sector: 'Hộ tịch',
          onlineLevel: 'mot_phan',
          partialReason: 'Hai bên nam, nữ phải có mặt khi trao Giấy chứng nhận kết hôn.',
          processingTime: 'Ngay trong ngày làm việc',
          fees: 'Miễn lệ phí',
        },
      },
      {
        kind: 'new',
        code: '1.000656',
        data: {
          ...common,
          name: 'Đăng ký khai tử',
          sector: 'Hộ tịch',
          onlineLevel: 'toan_trinh',
          processingTime: 'Ngay trong ngày làm việc',
          fees: 'Miễn lệ phí',
        },
      },
      {
        kind: 'new',
        code: '2.000815',
        data: {
          ...common,
          name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
          sector: 'Chứng thực',
          onlineLevel: 'mot_phan',
          partialReason: 'Người yêu cầu xuất trình bản chính để đối chiếu.',
          processingTime: 'Trong ngày',
          fees: '2.000 đồng/trang',
        },
      },
      {
        kind: 'new',
        code: '1.001776',
        data: { ...common, name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng', sector: 'Bảo trợ xã hội' },
      },
    ],
    _status: 'published',
  })
  const birth = ((await call('GET', '/api/procedures?where[code][equals]=1.001193&depth=0')).docs as Json[])[0]!
  await call('PATCH', `/api/procedures/${birth.id}`, {
    applicants: 'Cha, mẹ hoặc người thân thích của trẻ em.',
    steps:
      'Bước 1: Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công xã hoặc trực tuyến.\nBước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ.\nBước 3: Nhận Giấy khai sinh.',
    requirements: 'Trẻ em sinh ra trên địa bàn xã hoặc cha, mẹ cư trú tại xã.',
    dossier: [
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', originals: 1, copies: 0 },
      { name: 'Giấy chứng sinh (hoặc văn bản của người làm chứng)', originals: 1, copies: 0 },
    ],
    legalBasis: [
      { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuer: 'Quốc hội', date: '2014-11-20T12:00:00.000Z' },
      {
        number: '123/2015/NĐ-CP',
        title: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
        issuer: 'Chính phủ',
        date: '2015-11-15T12:00:00.000Z',
      },
    ],
    _status: 'published',
  })
  await call('POST', '/api/procedure-announcements', {
    number: '1877/QĐ-UBND',
    issuer: 'UBND thành phố Hải Phòng',
    signer: 'Chủ tịch UBND thành phố',
    signedAt: dayOffset(-20),
    effectiveDate: dayOffset(-10),
    summary: 'Công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hộ tịch',
    items: [
      { kind: 'amended', code: '1.001193', changes: 'Bổ sung hình thức nộp hồ sơ trực tuyến toàn trình; trả kết quả qua bưu chính.' },
      {
        kind: 'new',
        code: '1.001022',
        data: {
          ...common,
          name: 'Đăng ký nhận cha, mẹ, con',
          sector: 'Hộ tịch',
          onlineLevel: 'mot_phan',
          partialReason: 'Các bên phải có mặt khi trao kết quả.',
          processingTime: '03 ngày làm việc',
          fees: 'Miễn lệ phí',
        },
      },
    ],
    _status: 'published',
  })

  // The TTHCC's figures for the six quarters before this one.
  const now = new Date()
  let year = now.getUTCFullYear()
  let quarter = Math.floor(now.getUTCMonth() / 3) + 1
  for (let step = 0; step < 6; step++) {
    quarter -= 1
    if (quarter === 0) {
      quarter = 4
      year -= 1
    }
    const received = 140 + step * 9
    const receivedOnline = Math.round(received * (0.85 - step * 0.07))
    const late = 1 + step
    const resolved = received - 20
    await call('POST', '/api/procedure-results', {
      periodKind: 'quarter',
      year,
      periodNumber: quarter,
      carriedOver: 20,
      received,
      receivedOnline,
      resolvedBeforeDeadline: Math.round(resolved * 0.55),
      resolvedOnTime: resolved - Math.round(resolved * 0.55) - late,
      resolvedLate: late,
      inProgressWithinDeadline: 38,
      inProgressOverdue: 2,
      withFee: 40,
      paidOnline: 30 - step * 2,
      digitised: received - 10,
      _status: 'published',
    })
  }

  const publish = async (data: Json) =>
    (
      await call('POST', '/api/cchc-posts', {
        excerpt: 'Tin bài của chuyên mục cải cách hành chính xã.',
        coverImage: cover,
        ...data,
        _status: 'published',
      })
    ).doc as Json
  const guideTopic = topicIds['huong-dan-dich-vu-cong-truc-tuyen']
  const newsTopic = topicIds['tin-hoat-dong-cchc']
  // A topic with a second page (the site lists 10 posts a page), written first so that the
  // posts of every format are the newest of their topics.
  for (let n = 1; n <= 10; n++) {
    await publish({ title: `Tin hoạt động cải cách hành chính số ${n}`, format: 'article', topics: [newsTopic] })
  }
  const article = await publish({
    title: 'Hướng dẫn đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công',
    excerpt: 'Cha mẹ có thể đăng ký khai sinh cho con ngay tại nhà, nhận Giấy khai sinh qua bưu điện mà không phải đến trụ sở.',
    format: 'article',
    featured: true,
    byline: 'Thu Hà',
    topics: [guideTopic],
    relatedProcedures: [birth.id],
    content: lexical(
      paragraph(
        text('Từ tháng này, thủ tục đăng ký khai sinh được thực hiện '),
        text('trực tuyến toàn trình', 1),
        text(' trên Cổng Dịch vụ công quốc gia.'),
      ),
      block('heading', [text('Chuẩn bị')], { tag: 'h2' }),
      block(
        'list',
        [
          block('listitem', [text('Tài khoản định danh điện tử mức 2 (VNeID)')], { value: 1 }),
          block('listitem', [text('Ảnh chụp Giấy chứng sinh')], { value: 2 }),
        ],
        { listType: 'bullet', start: 1, tag: 'ul' },
      ),
      block('heading', [text('Các bước thực hiện')], { tag: 'h2' }),
      block(
        'list',
        [
          block('listitem', [text('Đăng nhập Cổng Dịch vụ công.')], { value: 1 }),
          block('listitem', [text('Chọn thủ tục đăng ký khai sinh, điền tờ khai.')], { value: 2 }),
          block('listitem', [text('Nộp hồ sơ và theo dõi kết quả.')], { value: 3 }),
        ],
        { listType: 'number', start: 1, tag: 'ol' },
      ),
      { type: 'upload', version: 3, format: '', id: 'a1b2c3d4e5f6a7b8c9d0e1f2', fields: null, relationTo: 'cchc-media', value: gallery[1] },
      paragraph(
        text('Xem thêm trên '),
        block('link', [text('Cổng Dịch vụ công quốc gia')], {
          fields: { url: 'https://dichvucong.gov.vn', newTab: false, linkType: 'custom' },
        }),
        text('.'),
      ),
    ),
  })
  const photo = await publish({
    title: 'Một ngày tại Trung tâm Phục vụ hành chính công xã',
    excerpt: 'Phóng sự ảnh: người dân đến làm thủ tục, cán bộ hướng dẫn nộp hồ sơ trực tuyến.',
    format: 'photo',
    topics: [newsTopic],
    gallery,
  })
  const videoPost = await publish({
    title: 'Video: nộp hồ sơ trực tuyến trong 5 phút',
    excerpt: 'Video hướng dẫn từng bước nộp hồ sơ trực tuyến trên điện thoại.',
    format: 'video',
    topics: [guideTopic],
    videoFile: video,
    relatedProcedures: [birth.id],
    transcript:
      'Xin chào bà con. Hôm nay chúng tôi hướng dẫn nộp hồ sơ trực tuyến.\nBước một: đăng nhập bằng tài khoản VNeID.\nBước hai: chọn thủ tục và điền tờ khai.',
  })
  const embed = await publish({
    title: 'Chính quyền số: người dân nói gì?',
    excerpt: 'Phóng sự truyền hình về chuyển đổi số ở cấp xã.',
    format: 'video',
    topics: [topicIds['chuyen-doi-so']],
    videoUrl: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
    transcript: 'Phóng sự ghi lại ý kiến của người dân về việc làm thủ tục trực tuyến.',
  })
  const audioPost = await publish({
    title: 'Bản tin phát thanh cải cách hành chính tuần này',
    excerpt: 'Bản tin phát trên hệ thống truyền thanh cơ sở của xã.',
    format: 'audio',
    topics: [newsTopic],
    audioFile: audio,
    transcript: 'Xin chào bà con xã Thanh Miện.',
  })

  // The documents the campaign letter cites, with their real numbers and dates; the plan is based on the city's decision.
  const issuerId = async (name: string) => {
    const found = (await call('GET', `/api/cchc-document-issuers?where[name][equals]=${encodeURIComponent(name)}&depth=0`)).docs as Json[]
    return found[0]?.id ?? (await call('POST', '/api/cchc-document-issuers', { name })).doc.id
  }
  const ministry = await issuerId('Bộ Nội vụ')
  const city = await issuerId('UBND thành phố Hải Phòng')
  const commune = await issuerId('UBND xã Thanh Miện')
  const planPdf = await upload(readFileSync(path.join(fixtures, 'notice.pdf')), 'ke-hoach-42-kh-ubnd.pdf', 'application/pdf', {
    caption: 'Kế hoạch 42/KH-UBND (bản ký số)',
  })
  const document = async (data: Json) => (await call('POST', '/api/cchc-documents', { _status: 'published', ...data })).doc as Json
  await document({
    number: '367/QĐ-BNV',
    kind: 'decision',
    issuer: ministry,
    issuedAt: '2026-03-31T05:00:00.000Z',
    summary: 'Ban hành Kế hoạch cải cách hành chính của Bộ Nội vụ năm 2026',
  })
  const basis = await document({
    number: '247/QĐ-UBND',
    kind: 'decision',
    issuer: city,
    signer: 'Chủ tịch UBND thành phố',
    issuedAt: '2026-01-20T05:00:00.000Z',
    summary: 'Ban hành Kế hoạch cải cách hành chính nhà nước thành phố Hải Phòng năm 2026',
  })
  const plan = await document({
    number: '42/KH-UBND',
    kind: 'plan',
    issuer: commune,
    signer: 'Chủ tịch UBND xã',
    issuedAt: '2026-01-30T05:00:00.000Z',
    summary: 'Kế hoạch cải cách hành chính năm 2026 của xã Thanh Miện',
    signedPdf: planPdf,
    basis: [{ number: '247/QĐ-UBND', title: 'Kế hoạch cải cách hành chính nhà nước thành phố năm 2026' }],
  })
  await document({
    number: '4110/VP-NVKTGS',
    kind: 'dispatch',
    issuer: city,
    issuedAt: '2026-04-15T05:00:00.000Z',
    summary: 'Về việc đẩy mạnh tuyên truyền cải cách hành chính trên cổng thông tin điện tử cấp xã',
    basis: [{ number: '42/KH-UBND' }],
  })

  return {
    documents: { plan: { id: plan.id, number: '42/KH-UBND' }, basis: { id: basis.id, number: '247/QĐ-UBND' } },
    posts: { article: article.slug, photo: photo.slug, video: videoPost.slug, embed: embed.slug, audio: audioPost.slug },
    busyTopic: 'tin-hoat-dong-cchc',
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh', portalUrl },
    topicIds,
    coverImageId: cover,
  }
}
