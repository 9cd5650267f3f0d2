/**
 * What the national database shows of a procedure beside its name: phi địa giới, liên thông and
 * the named lists it belongs to. Editors keep the lists; decisions and their annex CSV set the
 * flags; the public search and REST filter by them. A commune's whole list (383 procedures)
 * imports from one file and "phi địa giới, toàn trình, in force" answers right.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/index.ts'

import { type Actor, makeActors } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'

let app: TestApp
let actors: Record<Role, Actor>
let editor: Actor
let paths: Path[]
let serial = 0
let keyList: number
let lienThongList: number

const decision = async (items: unknown[] = []) => {
  const reply = await app.rest('POST', '/procedure-announcements', {
    token: editor.token,
    body: { number: `${++serial}/QĐ-UBND`, issuer: 'UBND thành phố Hải Phòng', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: '2026-05-02T12:00:00.000Z', summary: 'Công bố', items },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body.doc.id as number
}
const publish = async (id: number) => {
  const reply = await app.rest('PATCH', `/procedure-announcements/${id}`, { token: editor.token, body: { _status: 'published' } })
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply
}
const importCsv = (id: number, text: string) => {
  const form = new FormData()
  form.append('file', new Blob([text], { type: 'text/csv' }), 'phu-luc.csv')
  return app.rest('POST', `/procedure-announcements/${id}/import`, { token: editor.token, body: form })
}
const procedure = async (code: string) =>
  (await app.payload.find({ collection: 'procedures' as 'units', where: { code: { equals: code } }, depth: 0 })).docs[0] as any

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  editor = actors.editor
  paths = allPaths(app, { 'procedure-lists': 'id name slug' })
  keyList = (await app.payload.create({ collection: 'procedure-lists' as 'units', data: { name: '51 thủ tục trọng điểm' } as any })).id as number
  lienThongList = (await app.payload.create({ collection: 'procedure-lists' as 'units', data: { name: 'Nhóm thủ tục liên thông khai sinh' } as any })).id as number
})
afterAll(() => app?.close())

describe.each(['rest', 'graphql', 'local'] as const)('procedure lists through %s: the public reads, editors keep them', (pathName) => {
  const path = () => paths.find((candidate) => candidate.name === pathName)!
  it.each(['anonymous', 'contributor', 'coordinator', 'editor', 'administrator'] as Role[])('%s', async (role) => {
    const read = await path().find('procedure-lists', actors[role])
    expect(read.ok).toBe(true)
    expect(read.docs?.map((doc: { name: string }) => doc.name)).toContain('51 thủ tục trọng điểm')
    const mayWrite = role === 'editor' || role === 'administrator'
    const before = (await app.payload.count({ collection: 'procedure-lists' as 'units' })).totalDocs
    const created = await path().create('procedure-lists', actors[role], { name: `Danh sách ${pathName} ${role}` })
    expect(created.ok, created.error).toBe(mayWrite)
    expect((await app.payload.count({ collection: 'procedure-lists' as 'units' })).totalDocs).toBe(before + (mayWrite ? 1 : 0))
    const target = await app.payload.create({ collection: 'procedure-lists' as 'units', data: { name: `Đích ${pathName} ${role}` } as any })
    expect((await path().update('procedure-lists', actors[role], target.id, { description: 'Đổi' })).ok).toBe(mayWrite)
    expect((await path().remove('procedure-lists', actors[role], target.id)).ok).toBe(mayWrite)
    expect(await app.payload.findByID({ collection: 'procedure-lists' as 'units', id: target.id, disableErrors: true })).toEqual(mayWrite ? null : expect.anything())
  })
})

describe('decisions set the flags and lists', () => {
  it('a new item sets them; an amendment that gives only one flag changes only that one', async () => {
    await publish(
      await decision([
        { kind: 'new', code: '1.001193', data: { name: 'Đăng ký khai sinh', sector: 'Hộ tịch', level: 'commune', onlineLevel: 'toan_trinh', nonTerritorial: true, interlinked: true, lists: [keyList, lienThongList] } },
      ]),
    )
    expect(await procedure('1.001193')).toMatchObject({ nonTerritorial: true, interlinked: true, lists: [keyList, lienThongList] })
    await publish(await decision([{ kind: 'amended', code: '1.001193', changes: 'Không còn liên thông', data: { interlinked: false } }]))
    const amended = await procedure('1.001193')
    expect(amended).toMatchObject({ nonTerritorial: true, interlinked: false, lists: [keyList, lienThongList], status: 'amended' })
    expect(amended.history.at(-1).changedFields).toEqual([{ field: 'interlinked', before: true, after: false }])
  })

  it('a procedure without them says false and no list; REST, GraphQL and the Local API filter by them', async () => {
    await publish(await decision([{ kind: 'new', code: '1.000656', data: { name: 'Đăng ký khai tử', sector: 'Hộ tịch', level: 'commune' } }]))
    expect(await procedure('1.000656')).toMatchObject({ nonTerritorial: false, interlinked: false, lists: [] })
    const rest = await app.rest('GET', `/procedures?where[nonTerritorial][equals]=true&where[lists][in]=${keyList}`)
    expect(rest.body.docs.map((doc: { code: string }) => doc.code)).toEqual(['1.001193'])
    const graphql = await app.graphql('{ Procedures(where: { interlinked: { equals: false } }, sort: "code") { docs { code } } }')
    expect(graphql.body.data.Procedures.docs.map((doc: { code: string }) => doc.code)).toEqual(['1.000656', '1.001193'])
    const local = await app.payload.find({ collection: 'procedures' as 'units', where: { lists: { in: [lienThongList] } }, overrideAccess: false })
    expect(local.docs.map((doc: any) => doc.code)).toEqual(['1.001193'])
  })
})

describe('the annex CSV', () => {
  it.each([
    ['Vietnamese headers', 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực,Phi địa giới,Liên thông,Danh sách'],
    ['headers without diacritics', 'loai thay doi,ma thu tuc,ten thu tuc,linh vuc,PHI DIA GIOI,lien thong,danh sach'],
    ['English headers', 'kind,code,name,sector,non-territorial,interlinked,lists'],
  ])('reads the new columns with %s', async (_, header) => {
    const code = `1.${String(400000 + ++serial)}`
    const id = await decision()
    const imported = await importCsv(id, `${header}\r\nMới ban hành,${code},Thủ tục ${serial},Hộ tịch,x,không,"51 thu tuc trong diem; Nhóm thủ tục liên thông khai sinh"\r\n`)
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
    expect(imported.body.doc.items[0].data).toMatchObject({ nonTerritorial: true, interlinked: false, lists: [keyList, lienThongList] })
    await publish(id)
    expect(await procedure(code)).toMatchObject({ nonTerritorial: true, interlinked: false, lists: [keyList, lienThongList] })
  })

  it('refuses a list nobody made and a flag that is not yes or no, by row and column, importing nothing', async () => {
    const id = await decision()
    const reply = await importCsv(id, 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực,Phi địa giới,Danh sách\r\nMới ban hành,1.499001,Thủ tục,Hộ tịch,có,Danh sách lạ\r\nMới ban hành,1.499002,Thủ tục,Hộ tịch,có lẽ,\r\n')
    expect(reply.status).toBe(400)
    const errors = reply.body.errors[0].data.errors
    expect(errors).toEqual([
      expect.objectContaining({ row: 2, column: 'Danh sách', message: expect.stringContaining('«Danh sách lạ»') }),
      expect.objectContaining({ row: 3, column: 'Phi địa giới', message: expect.stringContaining('«có lẽ»') }),
    ])
    const stored = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id, depth: 0 })) as any
    expect(stored.items).toEqual([])
  })
})

describe('the annex CSV round-trips', () => {
  /** An item as compared: what a file can say (no row ids; dates as their days). */
  const comparable = (item: any) => ({
    kind: item.kind,
    code: item.code,
    fullCode: item.fullCode ?? null,
    replacementCode: item.kind === 'replaced' ? item.replacementCode : null,
    changes: item.changes ?? null,
    effectiveDate: item.effectiveDate ? String(item.effectiveDate).slice(0, 10) : null,
    data: Object.fromEntries(
      Object.entries(item.data ?? {})
        .map(([key, value]: [string, any]) => [
          key,
          Array.isArray(value) ? value.map((row) => (typeof row === 'object' && row ? Object.fromEntries(Object.entries(row).filter(([name, cell]) => name !== 'id' && cell !== null)) : row)) : value,
        ])
        .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)),
    ),
  })

  it('GET /api/procedure-announcements/:id/annex gives a file that imports into the same items, new columns included', async () => {
    const items = [
      {
        kind: 'new',
        code: '1.470001',
        fullCode: '1.470001.000.00.00.H29',
        effectiveDate: '2026-07-01T12:00:00.000Z',
        data: {
          name: 'Đăng ký lại khai sinh',
          sector: 'Hộ tịch',
          level: 'commune',
          agency: 'UBND xã',
          onlineLevel: 'mot_phan',
          partialReason: 'Cần đối chiếu bản chính',
          channels: ['in_person', 'online', 'postal'],
          processingTime: '05 ngày làm việc',
          fees: 'Không',
          result: 'Giấy khai sinh',
          requirements: 'Không',
          portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1',
          nonTerritorial: true,
          interlinked: false,
          lists: [keyList, lienThongList],
          applicants: 'Cá nhân',
          steps: 'Nộp hồ sơ; nhận kết quả',
          dossier: [{ name: 'Tờ khai đăng ký lại khai sinh' }, { name: 'Bản sao giấy tờ tùy thân' }],
          legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }, { number: '123/2015/NĐ-CP' }],
        },
      },
      { kind: 'amended', code: '1.001193', changes: 'Sửa thời hạn, bỏ liên thông', data: { processingTime: '03 ngày làm việc', interlinked: false } },
      { kind: 'replaced', code: '1.000656', replacementCode: '1.470001', changes: 'Hợp nhất' },
    ]
    const id = await decision(items)
    const exported = await app.rest('GET', `/procedure-announcements/${id}/annex`, { token: editor.token })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toMatch(/^text\/csv/)
    const file = exported.body as string
    // (The byte-order mark for Excel is there; reading the body as text drops it.)
    expect(file).toMatch(/^\uFEFF?"Loại thay đổi","Mã thủ tục"/)
    expect(file).toContain('"51 thủ tục trọng điểm; Nhóm thủ tục liên thông khai sinh"')

    const copy = await decision()
    const imported = await importCsv(copy, file)
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
    const original = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id, depth: 0 })) as any
    const again = (await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id: copy, depth: 0 })) as any
    expect(again.items.map(comparable)).toEqual(original.items.map(comparable))
    // Someone who may not read the draft gets a 404.
    expect((await app.rest('GET', `/procedure-announcements/${id}/annex`)).status).toBe(404)
  })
})

describe('a commune list of 383 procedures from one CSV', () => {
  const total = 383
  const codeOf = (i: number) => `1.${String(100000 + i)}`
  const nonTerritorialAtFirst = (i: number) => i % 3 === 0
  const onlineOf = (i: number) => (i % 2 ? 'toan_trinh' : i % 5 === 0 ? 'mot_phan' : 'none')
  // The second decision: every tenth repealed, every ninth no longer phi địa giới, every fourth given a shorter time.
  const repealed = (i: number) => i % 10 === 0
  const nonTerritorialNow = (i: number) => nonTerritorialAtFirst(i) && !(i % 9 === 0 && !repealed(i))
  const header = 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ DVC,Lý do một phần,Cách thức thực hiện,Thời hạn giải quyết,"Phí, lệ phí",Phi địa giới,Liên thông,Danh sách,Nội dung sửa đổi'
  const row = (i: number) =>
    [
      'Mới ban hành',
      `${codeOf(i)}.000.00.00.H29`,
      `Thủ tục số ${i}`,
      ['Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội', 'Đất đai'][i % 4],
      'Cấp xã',
      { toan_trinh: 'Toàn trình', mot_phan: 'Một phần', none: 'Không' }[onlineOf(i)],
      onlineOf(i) === 'mot_phan' ? 'Cần nộp bản giấy có chữ ký' : '',
      '"Trực tiếp; Trực tuyến"',
      '05 ngày làm việc',
      'Không',
      nonTerritorialAtFirst(i) ? 'Có' : 'Không',
      i % 7 === 0 ? 'x' : '',
      i <= 51 ? '51 thủ tục trọng điểm' : '',
      '',
    ].join(',')

  // What the earlier tests left in force (1.001193 is phi địa giới, toàn trình and in the key list).
  const before = { search: 0, key: 0 }

  it('imports in one go, then a second decision repeals and amends some', async () => {
    before.search = (await app.rest('GET', '/procedures/search?nonTerritorial=true&onlineLevel=toan_trinh&inForce=true')).body.totalDocs
    before.key = (await app.rest('GET', '/procedures/search?list=51-thu-tuc-trong-diem&inForce=true')).body.totalDocs
    expect(before.search).toBe(1)
    const first = await decision()
    const imported = await importCsv(first, [header, ...Array.from({ length: total }, (_, n) => row(n + 1))].join('\r\n'))
    expect(imported.status, JSON.stringify(imported.body).slice(0, 500)).toBe(200)
    expect(imported.body.imported).toBe(total)
    await publish(first)

    const changes: string[] = []
    for (let i = 1; i <= total; i++) {
      if (repealed(i)) changes.push(`Bãi bỏ,${codeOf(i)},,,,,,,,,,,,`)
      else if (i % 9 === 0) changes.push(`"Sửa đổi, bổ sung",${codeOf(i)},,,,,,,,,Không,,,Không còn phi địa giới`)
      else if (i % 4 === 0) changes.push(`"Sửa đổi, bổ sung",${codeOf(i)},,,,,,,03 ngày làm việc,,,,,Rút ngắn thời hạn`)
    }
    const second = await decision()
    const again = await importCsv(second, [header, ...changes].join('\r\n'))
    expect(again.status, JSON.stringify(again.body).slice(0, 500)).toBe(200)
    await publish(second)
    expect((await app.rest('GET', '/procedures/search?list=51-thu-tuc-trong-dinem')).body.totalDocs).toBe(0)
    // Some 25 s on an idle machine (383 procedures created, 100 changed, each with its version); more on a shared one.
  }, 300_000)

  it('the public search answers "phi địa giới, toàn trình, in force" (REST and GraphQL)', async () => {
    const expected = Array.from({ length: total }, (_, n) => n + 1)
      .filter((i) => !repealed(i) && nonTerritorialNow(i) && onlineOf(i) === 'toan_trinh')
      .map(codeOf)
    expect(expected.length).toBeGreaterThan(30)
    const codes: string[] = []
    for (let page = 1; ; page++) {
      const reply = await app.rest('GET', `/procedures/search?nonTerritorial=true&onlineLevel=toan_trinh&inForce=true&limit=100&page=${page}`)
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
      expect(reply.body.totalDocs).toBe(before.search + expected.length)
      codes.push(...reply.body.docs.map((doc: { code: string }) => doc.code))
      if (!reply.body.hasNextPage) break
    }
    expect(codes).toEqual(['1.001193', ...expected])
    const graphql = await app.graphql('{ ProcedureSearch(nonTerritorial: true, onlineLevel: "toan_trinh", inForce: true) { totalDocs } }')
    expect(graphql.body.data.ProcedureSearch.totalDocs).toBe(before.search + expected.length)
    // The key list: 51 procedures, fewer those repealed.
    const key = await app.rest('GET', '/procedures/search?list=51-thu-tuc-trong-diem&inForce=true')
    expect(key.body.totalDocs).toBe(before.key + 51 - 5)
    // Amended procedures are in force with their new time.
    const amended = await procedure(codeOf(4))
    expect(amended).toMatchObject({ status: 'amended', nonTerritorial: false })
    expect(amended.channels.map((channel: { processingTime: string }) => channel.processingTime)).toEqual(['03 ngày làm việc', '03 ngày làm việc'])
  })
})
