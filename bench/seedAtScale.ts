import sharp from 'sharp'

import type { BenchDatabase } from './benchDatabase.ts'

import { foldVietnamese } from '../src/lib/foldVietnamese.ts'
import { toSlug } from '../src/lib/slug.ts'
import { articleBody } from './articleBody.ts'

export type SeededData = {
  topicIds: number[]
  publishedSlugs: string[]
  publishedPostIds: number[]
  draftSlugs: string[]
  counts: Record<string, number>
  restSeconds: number
  sqlSeconds: number
  analyzeSeconds: number
}

type Json = Record<string, any>

/** The project's REST API as a client sees it; any answer but the expected one stops the bench. */
const restClient = (baseUrl: string) => {
  const call = async (method: string, path: string, { body, token, form, expect = [200, 201] }: { body?: unknown; token?: string; form?: FormData; expect?: number[] } = {}) => {
    const headers: Record<string, string> = {}
    if (token) headers.Authorization = `JWT ${token}`
    if (body !== undefined && typeof body !== 'string') headers['Content-Type'] = 'application/json'
    if (typeof body === 'string') headers['Content-Type'] = 'text/csv'
    const response = await fetch(`${baseUrl}/api/${path}`, {
      method,
      headers,
      body: form ?? (body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)),
    })
    const text = await response.text()
    if (!expect.includes(response.status)) throw new Error(`seeding: ${method} /api/${path} answered ${response.status}: ${text.slice(0, 500)}`)
    return JSON.parse(text) as Json
  }
  return call
}

const postSubjects = [
  'Xã Thanh Miện',
  'Trung tâm Phục vụ hành chính công xã',
  'UBND xã Thanh Miện',
  'Ủy ban MTTQ Việt Nam xã',
  'Phòng Văn hóa - Xã hội',
  'Đoàn Thanh niên xã',
  'Hội Liên hiệp Phụ nữ xã',
  'Trung tâm Dịch vụ sự nghiệp công xã',
]
const postActions = [
  'đẩy mạnh cải cách hành chính',
  'hướng dẫn người dân nộp hồ sơ trực tuyến',
  'triển khai thanh toán không dùng tiền mặt',
  'tổ chức hội thi tìm hiểu về cải cách hành chính',
  'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'tuyên truyền dịch vụ công trực tuyến toàn trình',
  'nâng cao chỉ số hài lòng của người dân',
  'lắp đặt ki-ốt tra cứu thủ tục hành chính',
  'ra mắt mô hình "Tổ công nghệ số cộng đồng"',
  'rà soát, đơn giản hóa thủ tục hành chính',
]
const procedureNames = [
  'Đăng ký khai sinh',
  'Đăng ký kết hôn',
  'Đăng ký khai tử',
  'Đăng ký nhận cha, mẹ, con',
  'Đăng ký giám hộ',
  'Đăng ký lại khai sinh',
  'Đăng ký thường trú',
  'Đăng ký tạm trú',
  'Cấp bản sao trích lục hộ tịch',
  'Cấp giấy xác nhận tình trạng hôn nhân',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Chứng thực chữ ký trong các giấy tờ, văn bản',
  'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
  'Thủ tục hòa giải tranh chấp đất đai',
  'Xác nhận hợp đồng tiếp cận nguồn gen',
  'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
  'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
  'Công nhận gia đình văn hóa',
  'Thông báo tổ chức lễ hội cấp xã',
  'Đăng ký hoạt động tín ngưỡng',
  'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  'Giải quyết chế độ mai táng phí đối với cựu chiến binh',
]
const sectors = ['Hộ tịch', 'Hộ tịch', 'Hộ tịch', 'Hộ tịch', 'Hộ tịch', 'Hộ tịch', 'Cư trú', 'Cư trú', 'Hộ tịch', 'Hộ tịch', 'Chứng thực', 'Chứng thực', 'Chứng thực', 'Đất đai', 'Môi trường', 'Bảo trợ xã hội', 'Bảo trợ xã hội', 'Văn hóa cơ sở', 'Văn hóa cơ sở', 'Tôn giáo', 'Xây dựng', 'Người có công']

const jpeg = (background: string) =>
  sharp({ create: { width: 1200, height: 675, channels: 3, background } }).jpeg({ quality: 80 }).toBuffer()

type Column = { name: string; type: string }

const columnsOf = async (db: BenchDatabase, table: string): Promise<Column[]> =>
  (
    await db.query<{ column_name: string; udt_name: string }>(
      `select column_name, udt_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
      [table],
    )
  ).rows.map((row) => ({ name: row.column_name, type: row.udt_name }))

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Versions have enum types of their own, with the same values: cast through text. */
const castTo = (expression: string, from: string, to: string) => (from === to ? expression : `${expression}::text::${quoted(to)}`)

/**
 * Copies the template row of `table` once per value in `overrides` (every array as long), the
 * columns named there set from it and every other column as the template has it: what Payload's
 * hooks wrote for the template (and any column a later change adds) holds for every copy.
 * Returns the new ids in the order of the arrays.
 */
const cloneRows = async (db: BenchDatabase, table: string, templateId: number, overrides: Record<string, unknown[]>): Promise<number[]> => {
  const columns = await columnsOf(db, table)
  const names = Object.keys(overrides)
  for (const name of names) if (!columns.some((column) => column.name === name)) throw new Error(`seeding: ${table} has no column ${name}`)
  const copied = columns.filter((column) => column.name !== 'id' && !names.includes(column.name))
  const typeOf = (name: string) => columns.find((column) => column.name === name)!.type
  const sql = `
    insert into ${quoted(table)} (${[...copied.map((c) => quoted(c.name)), ...names.map(quoted)].join(', ')})
    select ${[...copied.map((c) => `t.${quoted(c.name)}`), ...names.map((name) => `v.${quoted(name)}`)].join(', ')}
      from ${quoted(table)} t,
           unnest(${names.map((name, i) => `$${i + 2}::${quoted(typeOf(name))}[]`).join(', ')}) with ordinality as v(${[...names.map(quoted), 'n'].join(', ')})
     where t.id = $1
     order by v.n
    returning id`
  const { rows } = await db.query<{ id: number }>(sql, [templateId, ...names.map((name) => overrides[name])])
  // Serial ids follow the insertion order, which follows `order by v.n`.
  return rows.map((row) => row.id).sort((a, b) => a - b)
}

/** Copies the array rows (`<table>_<field>`, with `_parent_id`) of the template to every new parent. */
const cloneArrays = async (db: BenchDatabase, table: string, templateId: number, parentIds: number[]) => {
  const { rows: tables } = await db.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
      where c.table_schema = 'public' and c.column_name = '_parent_id' and c.table_name like $1`,
    [`${table}\\_%`],
  )
  for (const { table_name: arrayTable } of tables) {
    const columns = (await columnsOf(db, arrayTable)).filter((column) => !['id', '_parent_id'].includes(column.name))
    await db.query(
      `insert into ${quoted(arrayTable)} (id, _parent_id, ${columns.map((c) => quoted(c.name)).join(', ')})
       select substr(md5(random()::text || p.id::text || a._order::text), 1, 24), p.id, ${columns.map((c) => `a.${quoted(c.name)}`).join(', ')}
         from ${quoted(arrayTable)} a, unnest($2::int[]) as p(id)
        where a._parent_id = $1`,
      [templateId, parentIds],
    )
  }
}

/**
 * The latest version of each new document (`_<table>_v`, its arrays and relationships) as Payload
 * keeps it: the same data under `version_…`, marked latest.
 */
const copyToVersions = async (db: BenchDatabase, table: string, ids: number[]) => {
  const versions = `_${table}_v`
  const main = new Map((await columnsOf(db, table)).map((column) => [column.name, column.type]))
  const versionTypes = await columnsOf(db, versions)
  const versionColumns = versionTypes.map((column) => column.name)
  const assigned: Array<[string, string]> = []
  for (const { name: column, type } of versionTypes) {
    const source = column.slice('version_'.length)
    if (column.startsWith('version_') && main.has(source)) assigned.push([column, castTo(`m.${quoted(source)}`, main.get(source)!, type)])
  }
  assigned.push(['parent_id', 'm.id'], ['latest', 'true'], ['created_at', 'm.updated_at'], ['updated_at', 'm.updated_at'])
  if (versionColumns.includes('autosave')) assigned.push(['autosave', 'false'])
  await db.query(
    `insert into ${quoted(versions)} (${assigned.map(([column]) => quoted(column)).join(', ')})
     select ${assigned.map(([, value]) => value).join(', ')} from ${quoted(table)} m where m.id = any($1::int[]) order by m.id`,
    [ids],
  )
  const { rows: arrayTables } = await db.query<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = '_uuid' and table_name like $1`,
    [`${versions}\\_version\\_%`],
  )
  for (const { table_name: versionArray } of arrayTables) {
    const source = `${table}_${versionArray.slice(`${versions}_version_`.length)}`
    const sourceTypes = new Map((await columnsOf(db, source)).map((column) => [column.name, column.type]))
    const columns = (await columnsOf(db, versionArray)).filter((column) => !['id', '_uuid', '_parent_id'].includes(column.name))
    await db.query(
      `insert into ${quoted(versionArray)} (_parent_id, _uuid, ${columns.map((c) => quoted(c.name)).join(', ')})
       select v.id, a.id, ${columns.map((c) => castTo(`a.${quoted(c.name)}`, sourceTypes.get(c.name)!, c.type)).join(', ')}
         from ${quoted(source)} a join ${quoted(versions)} v on v.parent_id = a._parent_id and v.latest
        where a._parent_id = any($1::int[])`,
      [ids],
    )
  }
  const rels = (await columnsOf(db, `${table}_rels`)).map((column) => column.name).filter((name) => !['id', 'parent_id'].includes(name))
  if (rels.length > 0) {
    await db.query(
      `insert into ${quoted(`${versions}_rels`)} (parent_id, ${rels.map(quoted).join(', ')})
       select v.id, ${rels.map((name) => `r.${quoted(name)}`).join(', ')}
         from ${quoted(`${table}_rels`)} r join ${quoted(versions)} v on v.parent_id = r.parent_id and v.latest
        where r.parent_id = any($1::int[])`,
      [ids],
    )
  }
}

const hours = (n: number) => n * 3_600_000

/**
 * Fills a migrated, empty database the way the site would be after years of use: the templates
 * through the project's REST API (so every hook runs: slugs, folded search text, image sizes,
 * versions, a decision's items applied), then copies of them in bulk SQL through the schema Payload
 * created, then ANALYZE. Posts are spread over the topics and units, cover images share a few media
 * files, bodies are Lexical documents of about 5 kB.
 */
export const seedAtScale = async ({
  baseUrl,
  db,
  publishedPosts,
  draftPosts,
  procedures,
}: {
  baseUrl: string
  db: BenchDatabase
  publishedPosts: number
  draftPosts: number
  procedures: number
}): Promise<SeededData> => {
  const api = restClient(baseUrl)
  const restStart = performance.now()

  // Accounts: the first one is the system administrator; it makes an editor of the TTDVSNC.
  const password = 'Bench-mat-khau-2026!'
  const admin = await api('POST', 'users/first-register', { body: { email: 'quantri@bench.example', password, name: 'Quản trị' } })
  const adminToken = (await api('POST', 'users/login', { body: { email: 'quantri@bench.example', password } })).token ?? admin.token
  const units = (await api('GET', 'units?limit=100&depth=0', { token: adminToken })).docs as Json[]
  const unitId = (code: string) => units.find((unit) => unit.code === code)!.id as number
  await api('POST', 'users', { token: adminToken, body: { email: 'bientap@bench.example', password, name: 'Biên tập viên', unit: unitId('ttdvsnc') } })
  const token = (await api('POST', 'users/login', { body: { email: 'bientap@bench.example', password } })).token as string
  const topics = ((await api('GET', 'cchc-topics?limit=100&depth=0&sort=order')).docs as Json[]).map((topic) => topic.id as number)

  // A few images that every cover shares, as a small commune's library would.
  const media: number[] = []
  for (const [i, colour] of ['#2a7ab0', '#3a7d44', '#c0392b', '#d4a017'].entries()) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await jpeg(colour))], { type: 'image/jpeg' }), `anh-bia-${i + 1}.jpg`)
    form.append('_payload', JSON.stringify({ alt: `Ảnh minh họa hoạt động cải cách hành chính số ${i + 1}`, caption: 'Ảnh: TTDVSNC xã', credit: 'TTDVSNC', unit: unitId('ttdvsnc') }))
    media.push((await api('POST', 'cchc-media', { token, form })).doc.id)
  }

  // Procedures: one with every part filled, to be copied; three decisions of ten new items each.
  const templateProcedure = (
    await api('POST', 'procedures', {
      token,
      body: {
        code: '1.001193',
        name: 'Đăng ký khai sinh',
        sector: 'Hộ tịch',
        level: 'commune',
        agency: 'Ủy ban nhân dân xã',
        onlineLevel: 'toan_trinh',
        applicants: 'Công dân Việt Nam; người nước ngoài thường trú tại xã',
        steps:
          'Bước 1: Người có yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã hoặc trên Cổng dịch vụ công. Bước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ; hồ sơ đầy đủ thì tiếp nhận, chưa đầy đủ thì hướng dẫn bổ sung. Bước 3: Công chức ghi vào Sổ hộ tịch, cùng người đi đăng ký ký tên vào Sổ; Chủ tịch UBND xã cấp Giấy khai sinh.',
        requirements: 'Không',
        result: 'Giấy khai sinh (bản chính), bản điện tử',
        channels: [
          { kind: 'in_person', processingTime: 'Ngay trong ngày làm việc', fees: 'Miễn lệ phí' },
          { kind: 'online', processingTime: 'Ngay trong ngày làm việc', fees: 'Miễn lệ phí' },
          { kind: 'postal', processingTime: 'Ngay trong ngày làm việc', fees: 'Miễn lệ phí' },
        ],
        dossier: [
          { name: 'Tờ khai đăng ký khai sinh theo mẫu', originals: 1, copies: 0 },
          { name: 'Giấy chứng sinh hoặc văn bản của người làm chứng', originals: 1, copies: 0 },
        ],
        legalBasis: [
          { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuer: 'Quốc hội', date: '2014-11-20T00:00:00.000Z' },
          { number: '123/2015/NĐ-CP', title: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', issuer: 'Chính phủ', date: '2015-11-15T00:00:00.000Z' },
        ],
        unit: unitId('ttpvhcc'),
        _status: 'published',
      },
    })
  ).doc as Json
  for (let d = 0; d < 3; d++) {
    const rows = Array.from({ length: 10 }, (_, n) => {
      const k = d * 10 + n
      return `Mới ban hành,1.${String(500000 + k).padStart(6, '0')},"${procedureNames[k % procedureNames.length]}",${sectors[k % sectors.length]},Cấp xã,${k % 2 ? 'Toàn trình' : ''},"Trực tiếp; Trực tuyến",05 ngày làm việc,Không`
    })
    const annex = ['Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ DVC,Cách thức thực hiện,Thời hạn giải quyết,"Phí, lệ phí"', ...rows].join('\r\n')
    const decision = (
      await api('POST', 'procedure-announcements', {
        token,
        body: {
          number: `${310 + d}/QĐ-UBND`,
          issuer: 'UBND thành phố Hải Phòng',
          signedAt: `2026-0${d + 3}-01T02:00:00.000Z`,
          effectiveDate: `2026-0${d + 3}-15T02:00:00.000Z`,
          summary: `Công bố danh mục thủ tục hành chính mới ban hành cấp xã, đợt ${d + 1}`,
        },
      })
    ).doc as Json
    await api('POST', `procedure-announcements/${decision.id}/import`, { token, body: annex })
    await api('PATCH', `procedure-announcements/${decision.id}`, { token, body: { _status: 'published' } })
  }
  // The TTHCC's published figures, eight quarters of them.
  for (let q = 0; q < 8; q++) {
    const received = 150 + q * 7
    const resolved = received - 20
    await api('POST', 'procedure-results', {
      token,
      body: {
        unit: unitId('ttpvhcc'),
        periodKind: 'quarter',
        year: 2025 + Math.floor(q / 4),
        periodNumber: (q % 4) + 1,
        carriedOver: 20,
        received,
        receivedOnline: Math.round(received * 0.7),
        resolvedBeforeDeadline: resolved - 80,
        resolvedOnTime: 78,
        resolvedLate: 2,
        inProgressWithinDeadline: 39,
        inProgressOverdue: 1,
        withFee: 40,
        paidOnline: 25,
        digitised: resolved,
        _status: 'published',
      },
    })
  }

  // The posts to copy: one published, one draft, each with a body of about 5 kB.
  const byline = 'Trung tâm Dịch vụ sự nghiệp công xã'
  const post = async (status: 'published' | 'draft') =>
    (
      await api('POST', 'cchc-posts', {
        token,
        body: {
          title: status === 'published' ? 'Xã Thanh Miện sơ kết công tác cải cách hành chính năm 2026' : 'Dự thảo: kế hoạch tuyên truyền cải cách hành chính năm 2027',
          excerpt: 'Kết quả nổi bật, khó khăn, vướng mắc và nhiệm vụ thời gian tới của công tác cải cách hành chính trên địa bàn xã.',
          format: 'article',
          coverImage: media[0],
          content: articleBody(),
          topics: [topics[0]],
          unit: unitId('ttdvsnc'),
          byline,
          ...(status === 'published' ? { _status: 'published' } : {}),
        },
      })
    ).doc as Json
  const publishedTemplate = await post('published')
  const draftTemplate = await post('draft')
  const restSeconds = (performance.now() - restStart) / 1000

  // Bulk copies in SQL.
  const sqlStart = performance.now()
  const newest = Date.parse('2026-11-28T01:00:00.000Z')
  const postValues = (count: number, offset: number, published: boolean) => {
    const values: Record<string, unknown[]> = {
      title: [], slug: [], excerpt: [], search_text: [], published_at: [], created_at: [], updated_at: [],
      workflow_state: [], _status: [], cover_image_id: [], unit_id: [],
    }
    for (let i = 0; i < count; i++) {
      const n = offset + i
      const title = `${postSubjects[n % postSubjects.length]} ${postActions[Math.floor(n / postSubjects.length) % postActions.length]}, tin số ${n + 1}`
      const excerpt = `Ngày ${(n % 28) + 1}/${(n % 12) + 1}, ${postSubjects[(n + 3) % postSubjects.length]} phối hợp với các đơn vị ${postActions[(n + 5) % postActions.length]}, giúp người dân, doanh nghiệp tiết kiệm thời gian, chi phí khi giải quyết thủ tục hành chính.`
      // Three posts an hour back from the newest, drafts written in the last weeks.
      const at = new Date(newest - hours(n) / 3 - (published ? 0 : hours(1) / 7))
      values.title!.push(title)
      values.slug!.push(toSlug(title))
      values.excerpt!.push(excerpt)
      values.search_text!.push(foldVietnamese([title, excerpt, byline].join(' ')))
      values.published_at!.push(published ? at.toISOString() : null)
      values.created_at!.push(at.toISOString())
      values.updated_at!.push(at.toISOString())
      values.workflow_state!.push(published ? 'published' : n % 2 ? 'in_review' : 'draft')
      values._status!.push(published ? 'published' : 'draft')
      values.cover_image_id!.push(media[n % media.length])
      values.unit_id!.push(units[n % units.length]!.id)
    }
    return values
  }
  const published = await cloneRows(db, 'cchc_posts', publishedTemplate.id, postValues(publishedPosts - 1, 0, true))
  const drafts = await cloneRows(db, 'cchc_posts', draftTemplate.id, postValues(draftPosts - 1, publishedPosts, false))
  // Topics: one each, every third post a second one.
  const postIds = [...published, ...drafts]
  const rels = { order: [] as number[], parent: [] as number[], topic: [] as number[] }
  postIds.forEach((id, n) => {
    const chosen = n % 3 === 0 ? [topics[n % topics.length]!, topics[(n + 2) % topics.length]!] : [topics[n % topics.length]!]
    chosen.forEach((topic, order) => {
      rels.order.push(order + 1)
      rels.parent.push(id)
      rels.topic.push(topic)
    })
  })
  await db.query(
    `insert into cchc_posts_rels ("order", parent_id, path, cchc_topics_id)
     select o, p, 'topics', t from unnest($1::int[], $2::int[], $3::int[]) as r(o, p, t)`,
    [rels.order, rels.parent, rels.topic],
  )
  await copyToVersions(db, 'cchc_posts', postIds)

  const existingProcedures = Number((await db.query<{ count: string }>('select count(*) from procedures')).rows[0]!.count)
  const procedureCopies = Math.max(0, procedures - existingProcedures)
  const procedureValues: Record<string, unknown[]> = { code: [], name: [], sector: [], sector_key: [], search_text: [], online_level: [], partial_reason: [], _status: [] }
  for (let n = 0; n < procedureCopies; n++) {
    const code = `1.${String(600000 + n).padStart(6, '0')}`
    const name = procedureNames[n % procedureNames.length]!
    const sector = sectors[n % sectors.length]!
    const onlineLevel = ['toan_trinh', 'mot_phan', null][n % 3]
    procedureValues.code!.push(code)
    procedureValues.name!.push(name)
    procedureValues.sector!.push(sector)
    procedureValues.sector_key!.push(foldVietnamese(sector))
    procedureValues.search_text!.push(foldVietnamese([code, name, sector, templateProcedure.agency].join(' ')))
    procedureValues.online_level!.push(onlineLevel)
    procedureValues.partial_reason!.push(onlineLevel === 'mot_phan' ? 'Kết quả phải nhận trực tiếp để đối chiếu giấy tờ gốc.' : null)
    // One in twenty still a draft, which the public never sees.
    procedureValues._status!.push(n % 20 === 19 ? 'draft' : 'published')
  }
  const procedureIds = await cloneRows(db, 'procedures', templateProcedure.id, procedureValues)
  await cloneArrays(db, 'procedures', templateProcedure.id, procedureIds)
  await copyToVersions(db, 'procedures', procedureIds)
  const sqlSeconds = (performance.now() - sqlStart) / 1000

  // A running site's tables have planner statistics (autovacuum); fresh copies do not yet.
  const analyzeStart = performance.now()
  await db.query('analyze')
  const analyzeSeconds = (performance.now() - analyzeStart) / 1000

  const postsWith = async (status: string) =>
    (await db.query<{ id: number; slug: string }>(`select id, slug from cchc_posts where _status = $1 order by published_at desc nulls last, id`, [status])).rows
  const publishedRows = await postsWith('published')
  const count = async (table: string, where = 'true') => Number((await db.query<{ count: string }>(`select count(*) from ${quoted(table)} where ${where}`)).rows[0]!.count)
  return {
    topicIds: topics,
    publishedSlugs: publishedRows.map((row) => row.slug),
    publishedPostIds: publishedRows.map((row) => row.id),
    draftSlugs: (await postsWith('draft')).map((row) => row.slug),
    counts: {
      publishedPosts: await count('cchc_posts', `_status = 'published'`),
      draftPosts: await count('cchc_posts', `_status = 'draft'`),
      procedures: await count('procedures'),
      publishedProcedures: await count('procedures', `_status = 'published'`),
      decisions: await count('procedure_announcements'),
      procedureResults: await count('procedure_results'),
      media: await count('cchc_media'),
    },
    restSeconds,
    sqlSeconds,
    analyzeSeconds,
  }
}
