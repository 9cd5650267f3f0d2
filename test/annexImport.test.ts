/**
 * From a decision's annex to the public API: an editor imports 50 procedures from CSV, publishes,
 * then a second decision amends three, replaces one and repeals two. Wrong files import nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
let editor: Actor
let contributor: Actor
let otherContributor: Actor

const header = 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ DVC,Cách thức thực hiện,Thời hạn giải quyết,"Phí, lệ phí",Nội dung sửa đổi,Mã thay thế'
const codeOf = (n: number) => `1.${String(300000 + n).padStart(6, '0')}`
const sectors = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Bảo trợ xã hội', 'Văn hóa cơ sở']
const newRow = (n: number) =>
  `Mới ban hành,${codeOf(n)}.000.00.00.H29,Thủ tục số ${n} về ${sectors[n % 5]!.toLowerCase()},${sectors[n % 5]},Cấp xã,${n % 2 ? 'Toàn trình' : ''},"Trực tiếp; Trực tuyến",05 ngày làm việc,Không,,`
const csv = (rows: string[]) => [header, ...rows].join('\r\n')

const draftDecision = async (token = editor.token) => {
  const reply = await app.rest('POST', '/procedure-announcements', {
    token,
    body: {
      number: `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`,
      issuer: 'UBND thành phố Hải Phòng',
      signedAt: '2026-06-01T12:00:00.000Z',
      effectiveDate: '2026-06-15T12:00:00.000Z',
      summary: 'Công bố danh mục thủ tục hành chính cấp xã',
    },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body.doc.id as number
}

const importFile = (id: number, content: string | Uint8Array, token = editor.token, query = '') => {
  const form = new FormData()
  form.append('file', new Blob([content as BlobPart], { type: 'text/csv' }), 'phu-luc.csv')
  return app.rest('POST', `/procedure-announcements/${id}/import${query}`, { token, body: form })
}

const itemsOf = async (id: number) =>
  ((await app.payload.findByID({ collection: 'procedure-announcements' as 'units', id, depth: 0 })) as any).items as unknown[]

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  contributor = await makeActor(app, 'contributor', { unit: 'ttpvhcc' })
  otherContributor = await makeActor(app, 'contributor', { unit: 'kinh-te' })
})
afterAll(() => app?.close())

describe('an annex of 50 procedures, then a decision that changes six', () => {
  it('imports the annex into a draft decision and publishing it creates the 50 procedures', async () => {
    const id = await draftDecision()
    const reply = await importFile(id, csv(Array.from({ length: 50 }, (_, n) => newRow(n + 1))))
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.imported).toBe(50)
    expect(await itemsOf(id)).toHaveLength(50)
    expect((await app.rest('PATCH', `/procedure-announcements/${id}`, { token: editor.token, body: { _status: 'published' } })).status).toBe(200)
    const list = await app.rest('GET', '/procedures?limit=100&sort=code')
    expect(list.body.totalDocs).toBe(50)
    expect(list.body.docs[0]).toMatchObject({ code: codeOf(1), fullCode: `${codeOf(1)}.000.00.00.H29`, status: 'active', onlineLevel: 'toan_trinh' })
  })

  it('a second decision amends three, replaces one and repeals two; the public sees every current state and its history', async () => {
    const id = await draftDecision()
    const rows = [
      `"Sửa đổi, bổ sung",${codeOf(1)},,,,Toàn trình,,03 ngày làm việc,,Rút ngắn thời hạn,`,
      `Sửa đổi bổ sung,${codeOf(2)},,,,,,,,Bổ sung thành phần hồ sơ,`,
      `sua doi,${codeOf(3)},Tên mới của thủ tục 3,,,,,,,Đổi tên,`,
      `Thay thế,${codeOf(4)},,,,,,,,Hợp nhất,${codeOf(51)}`,
      newRow(51),
      `Bãi bỏ,${codeOf(5)},,,,,,,,,`,
      `Bãi bỏ,${codeOf(6)},,,,,,,,,`,
    ]
    const imported = await importFile(id, csv(rows))
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
    const published = await app.rest('PATCH', `/procedure-announcements/${id}`, { token: editor.token, body: { _status: 'published' } })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    // Publishing again applies nothing twice.
    expect((await app.rest('PATCH', `/procedure-announcements/${id}`, { token: editor.token, body: { _status: 'published' } })).status).toBe(200)

    const list = await app.rest('GET', '/procedures?limit=100&sort=code&depth=1')
    expect(list.body.totalDocs).toBe(51)
    const byCode = new Map(list.body.docs.map((doc: any) => [doc.code, doc]))
    const status = (n: number) => (byCode.get(codeOf(n)) as any).status
    expect([1, 2, 3].map(status)).toEqual(['amended', 'amended', 'amended'])
    expect([4, 5, 6].map(status)).toEqual(['repealed', 'repealed', 'repealed'])
    expect([7, 50, 51].map(status)).toEqual(['active', 'active', 'active'])
    expect((byCode.get(codeOf(3)) as any).name).toBe('Tên mới của thủ tục 3')
    expect((byCode.get(codeOf(4)) as any).replacedBy).toMatchObject({ code: codeOf(51) })
    const histories = list.body.docs.map((doc: any) => doc.history.length)
    expect(histories.reduce((sum: number, n: number) => sum + n, 0)).toBe(50 + 1 + 6)
    expect((byCode.get(codeOf(5)) as any).history.map((row: any) => row.kind)).toEqual(['new', 'repealed'])
    expect((byCode.get(codeOf(5)) as any).history[1].announcement).toMatchObject({ id })

    const changes = await app.rest('GET', '/procedures/changes?from=2026-06-15&to=2026-06-15&kind=repealed')
    expect(changes.body.changes.map((change: any) => change.code).sort()).toEqual([codeOf(5), codeOf(6)])
  })
})

describe('a wrong file imports nothing', () => {
  let id: number
  beforeAll(async () => {
    id = await draftDecision()
    expect((await importFile(id, csv([newRow(100)]))).status).toBe(200)
  })

  /** Payload's error shape: how many errors, then each by the form field, row and column, in Vietnamese (no language asked). */
  const refused = async (content: string | Uint8Array) => {
    const reply = await importFile(id, content)
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].message).toMatch(/^Tệp có \d+ lỗi; chưa nhập dòng nào\.$/)
    expect(await itemsOf(id)).toHaveLength(1)
    const errors = reply.body.errors[0].data.errors as { path: string; row: number; column?: string; message: string }[]
    expect(errors.every((error) => error.path === 'file')).toBe(true)
    return errors.map(({ path: _path, ...error }) => error)
  }

  it('in another encoding than UTF-8', async () => {
    const latin1 = new Uint8Array(Buffer.from(csv([newRow(101)]).replace(/[^\x00-\xff]/g, '?').replace('Mới', 'M\xe1i'), 'latin1'))
    const errors = await refused(latin1)
    expect(errors[0]).toMatchObject({ row: 0 })
    expect(errors[0]!.message).toMatch(/UTF-8/)
  })

  it('with a required column missing', async () => {
    const errors = await refused(['Loại thay đổi,Tên thủ tục', 'Mới ban hành,Thủ tục không mã'].join('\n'))
    expect(errors[0]).toMatchObject({ row: 1 })
    expect(errors[0]!.message).toMatch(/Mã thủ tục|code/)
  })

  it('with the same code twice', async () => {
    const errors = await refused(csv([newRow(102), newRow(103), newRow(102)]))
    expect(errors.some((error) => error.row === 4 && /2/.test(error.message))).toBe(true)
  })

  it('naming a procedure that does not exist, by row and column', async () => {
    const errors = await refused(csv([newRow(104), `Bãi bỏ,9.999999,,,,,,,,,`]))
    expect(errors).toEqual([{ row: 3, column: 'Mã thủ tục', message: expect.stringMatching(/^Không có thủ tục mã 9\.999999/) }])
  })

  it('with a portal link outside the allowed hosts', async () => {
    const row = `Mới ban hành,${codeOf(105)},Thủ tục,Hộ tịch,Cấp xã,,,,,,`
    const errors = await refused(['Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực,Đường dẫn', `${row.split(',').slice(0, 4).join(',')},https://dichvucong.example.com/x`].join('\n'))
    expect(errors[0]).toMatchObject({ row: 2, column: 'Đường dẫn' })
  })

  it('larger than any annex', async () => {
    const errors = await refused(csv(Array.from({ length: 40_000 }, (_, n) => newRow(n))))
    expect(errors[0]).toMatchObject({ row: 0, message: expect.stringContaining('quá lớn') })
  })

  it('with an empty body', async () => {
    const reply = await app.rest('POST', `/procedure-announcements/${id}/import`, { token: editor.token, headers: { 'Content-Type': 'text/csv' } })
    expect(reply.status).toBe(400)
  })
})

describe('who may import', () => {
  it('the decision’s unit and editors; not another unit, not the public, not into a published decision', async () => {
    const id = await draftDecision(contributor.token)
    const file = csv([newRow(200)])
    expect((await importFile(id, file, otherContributor.token)).status).toBe(404)
    expect((await importFile(id, file, '')).status).toBe(401)
    expect(await itemsOf(id)).toHaveLength(0)
    expect((await importFile(id, file, contributor.token)).status).toBe(200)
    expect((await importFile(id, csv([newRow(201)]), editor.token, '?mode=append')).status).toBe(200)
    expect(await itemsOf(id)).toHaveLength(2)
    expect((await app.rest('PATCH', `/procedure-announcements/${id}`, { token: editor.token, body: { _status: 'published' } })).status).toBe(200)
    const late = await importFile(id, csv([newRow(202)]), editor.token)
    expect(late.status).toBe(400)
    expect(JSON.stringify(late.body)).toContain('chưa công bố')
  })

  it('a text/csv body works as well as a form, and 500 rows import at once', async () => {
    const id = await draftDecision()
    const rows = Array.from({ length: 500 }, (_, n) => newRow(1000 + n))
    const request = new Request(`http://localhost:3000/api/procedure-announcements/${id}/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv; charset=utf-8', Authorization: `JWT ${editor.token}` },
      body: csv(rows),
    })
    const { handleEndpoints } = await import('payload')
    const response = await handleEndpoints({ config: app.config, request })
    expect(response.status).toBe(200)
    expect(await itemsOf(id)).toHaveLength(500)
  })
})
