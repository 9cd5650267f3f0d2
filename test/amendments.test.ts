/**
 * An amendment applies exactly the fields it gives, whichever they are, and the history says what
 * changed: a property over random subsets of the fields, in the pure rule and end to end through
 * a published decision (REST) and through the annex CSV import.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { amendmentOf, type ChannelRow, type ProcedureFields } from '../src/lib/amendment.ts'
import { parseAnnexCsv } from '../src/lib/annexCsv.ts'
import { channelKinds, channelLabels, implementingLevelLabels, implementingLevels, type ProcedureData } from '../src/lib/procedure.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

const laws = [
  { number: '60/2014/QH13', title: 'Luật Hộ tịch' },
  { number: '123/2015/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' },
  { number: '04/2020/TT-BTP', title: 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch' },
]
const words = ['Đăng ký', 'hộ tịch', 'khai sinh', 'chứng thực', 'bản sao', 'UBND xã', 'công chức', 'tư pháp', 'hồ sơ', 'trực tuyến', 'giấy tờ', 'người dân']
const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '))

/** An item's data: any subset of the fields, kept to the rules a decision checks (a reason only with một phần). */
const itemData: fc.Arbitrary<ProcedureData> = fc
  .record(
    {
      name: phrase.map((text) => `Thủ tục ${text}`),
      sector: fc.constantFrom('Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội', 'Đất đai'),
      level: fc.constantFrom(...implementingLevels),
      agency: phrase,
      // null: no longer online ("Không" in the file, `none` in a decision's item).
      onlineLevel: fc.constantFrom('toan_trinh' as const, 'mot_phan' as const, null),
      partialReason: phrase,
      requirements: phrase,
      result: phrase,
      portalUrl: fc.integer({ min: 1, max: 99999 }).map((n) => `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${n}`),
      channels: fc.subarray([...channelKinds], { minLength: 1 }),
      processingTime: fc.integer({ min: 1, max: 30 }).map((n) => `${String(n).padStart(2, '0')} ngày làm việc`),
      fees: fc.oneof(fc.constant('Không'), fc.integer({ min: 1, max: 50 }).map((n) => `${n}.000 đồng`)),
      nonTerritorial: fc.boolean(),
      interlinked: fc.boolean(),
      applicants: phrase,
      steps: phrase,
      dossier: fc.uniqueArray(phrase, { minLength: 1, maxLength: 3, selector: (name) => name.toLowerCase() }).map((names) => names.map((name) => ({ name: `Giấy ${name}` }))),
      legalBasis: fc.subarray(laws, { minLength: 1 }),
    },
    { requiredKeys: [] },
  )
  .map((data) => {
    if (data.onlineLevel === 'mot_phan' && !data.partialReason) return { ...data, partialReason: 'Chưa kết nối cơ sở dữ liệu' }
    if (data.onlineLevel !== 'mot_phan') {
      const { partialReason: _reason, ...rest } = data
      return rest
    }
    return data
  })

const sharedOf = (rows: readonly ChannelRow[], key: 'processingTime' | 'fees') => [...new Set(rows.map((row) => row[key]).filter(Boolean))].join('; ') || null
const plainKeys = ['name', 'sector', 'level', 'agency', 'onlineLevel', 'partialReason', 'requirements', 'result', 'portalUrl', 'nonTerritorial', 'interlinked', 'applicants', 'steps'] as const
const dossierOf = (rows?: any[] | null) => (rows ?? []).map((row) => ({ name: row.name, originals: row.originals ?? 1, copies: row.copies ?? 0 }))
const basisOf = (rows?: any[] | null) => (rows ?? []).map((row) => ({ number: row.number, title: row.title ?? null }))

/** Every given field is as given, every other as before (a level other than một phần drops the reason). */
const expectExactly = (before: ProcedureFields, after: ProcedureFields, data: ProcedureData) => {
  for (const key of plainKeys) {
    if (data[key] !== undefined) expect(after[key], key).toEqual(data[key])
    else if (key === 'partialReason' && (data.onlineLevel === 'toan_trinh' || data.onlineLevel === null)) expect(after.partialReason ?? null).toBeNull()
    else expect(after[key] ?? null, key).toEqual(before[key] ?? null)
  }
  expect(dossierOf(after.dossier), 'dossier').toEqual(dossierOf(data.dossier ?? before.dossier))
  expect(basisOf(after.legalBasis), 'legalBasis').toEqual(basisOf(data.legalBasis ?? before.legalBasis))
  const kinds = (rows?: ChannelRow[] | null) => (rows ?? []).map((row) => row.kind)
  expect(kinds(after.channels), 'channels').toEqual(data.channels ?? kinds(before.channels))
  for (const key of ['processingTime', 'fees'] as const) {
    expect(sharedOf(after.channels ?? [], key), key).toBe(data[key] ?? sharedOf(before.channels ?? [], key))
  }
}

const base = (n: number): ProcedureData => ({
  name: `Thủ tục gốc ${n}`,
  sector: 'Hộ tịch',
  level: 'commune',
  agency: 'UBND xã',
  onlineLevel: 'mot_phan',
  partialReason: 'Chưa số hóa sổ hộ tịch',
  requirements: 'Không',
  result: 'Giấy xác nhận',
  channels: ['in_person', 'postal'],
  processingTime: '05 ngày làm việc',
  fees: 'Không',
  applicants: 'Cá nhân',
  steps: 'Nộp hồ sơ tại Bộ phận một cửa',
  dossier: [{ name: 'Tờ khai', originals: 1, copies: 0 }],
  legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }],
})

describe('amendmentOf (the rule)', () => {
  it('applies exactly the given fields and lists what changed', () => {
    fc.assert(
      fc.property(itemData, fc.boolean(), (data, withChannels) => {
        const { channels, processingTime, fees, ...rest } = base(1)
        const before: ProcedureFields = { ...rest, channels: withChannels ? channels!.map((kind) => ({ kind, processingTime, fees })) : [] }
        const { fields, changed } = amendmentOf(before, data)
        const after = { ...before, ...fields } as ProcedureFields
        expectExactly(before, after, withChannels ? data : { ...data, channels: data.channels ?? (data.processingTime || data.fees ? ['in_person'] : undefined) })
        // The history lists a field when, and only when, its value changed.
        const listed = new Set(changed.map((change) => change.field))
        for (const key of plainKeys) expect(listed.has(key), key).toBe(JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
        for (const change of changed) expect(change.before).not.toEqual(change.after)
      }),
      { numRuns: 500 },
    )
  })

  it('a processing time given alone changes every channel and keeps the kinds and fees', () => {
    const before: ProcedureFields = { channels: [{ kind: 'in_person', processingTime: '05 ngày làm việc', fees: 'Không' }, { kind: 'online', processingTime: '05 ngày làm việc', fees: 'Không' }] }
    const { fields, changed } = amendmentOf(before, { processingTime: '03 ngày làm việc' })
    expect(fields).toEqual({ channels: [{ kind: 'in_person', processingTime: '03 ngày làm việc', fees: 'Không' }, { kind: 'online', processingTime: '03 ngày làm việc', fees: 'Không' }] })
    expect(changed).toEqual([{ field: 'processingTime', before: '05 ngày làm việc', after: '03 ngày làm việc' }])
  })
})

describe('the dossier and legal basis', () => {
  it('a new dossier replaces the old one, keeping the form of a document of the same name, and the history shows both', () => {
    const before: ProcedureFields = { dossier: [{ name: 'Tờ khai đăng ký', originals: 1, copies: 0, form: { id: 7 } }, { name: 'Giấy cũ', originals: 1, copies: 1 }] }
    const { fields, changed } = amendmentOf(before, { dossier: [{ name: 'tờ khai đăng ký' }, { name: 'Giấy mới', copies: 2 }] })
    expect(fields.dossier).toEqual([
      { name: 'tờ khai đăng ký', originals: 1, copies: 0, form: 7 },
      { name: 'Giấy mới', originals: 1, copies: 2 },
    ])
    expect(changed).toEqual([
      {
        field: 'dossier',
        before: [{ name: 'Tờ khai đăng ký', originals: 1, copies: 0 }, { name: 'Giấy cũ', originals: 1, copies: 1 }],
        after: [{ name: 'tờ khai đăng ký', originals: 1, copies: 0 }, { name: 'Giấy mới', originals: 1, copies: 2 }],
      },
    ])
  })
})

describe('the annex cells of the dossier and legal basis', () => {
  const read = (cells: string) => parseAnnexCsv(`Loại thay đổi,Mã thủ tục,Thành phần hồ sơ,Căn cứ pháp lý\r\nSửa đổi bổ sung,1.001193,${cells}\r\n`)
  it('reads one document per line or per ";", each law by its number and the rest as its title', () => {
    const parsed = read('"Tờ khai đăng ký khai sinh\nGiấy chứng sinh","Luật Hộ tịch số 60/2014/QH13; Nghị định 123/2015/ND-CP"')
    expect(parsed.errors).toEqual([])
    expect(parsed.items[0]!.data).toEqual({
      dossier: [{ name: 'Tờ khai đăng ký khai sinh' }, { name: 'Giấy chứng sinh' }],
      legalBasis: [
        { number: '60/2014/QH13', title: 'Luật Hộ tịch' },
        { number: '123/2015/NĐ-CP', title: 'Nghị định' },
      ],
    })
  })
  it('refuses a law without a number, by row and column', () => {
    const parsed = read(',Luật Hộ tịch')
    expect(parsed.errors).toEqual([{ row: 2, column: 'Căn cứ pháp lý', problem: { reason: 'legalBasisNumber', cell: 'Luật Hộ tịch' } }])
  })
})

describe('through published decisions and the annex CSV', () => {
  let app: TestApp
  let editor: Actor
  let serial = 0
  let made = 0
  const codeOf = (n: number) => `1.${String(600000 + n)}`

  const decision = async (items: unknown[] = []) => {
    const reply = await app.rest('POST', '/procedure-announcements', {
      token: editor.token,
      body: { number: `${++serial}/QĐ-UBND`, issuer: 'UBND thành phố Hải Phòng', signedAt: '2026-05-01T12:00:00.000Z', effectiveDate: '2026-05-02T12:00:00.000Z', summary: 'Sửa đổi', items },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    return reply.body.doc.id as number
  }
  const publish = async (id: number) => {
    const reply = await app.rest('PATCH', `/procedure-announcements/${id}`, { token: editor.token, body: { _status: 'published' } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  }
  const procedure = async (code: string) =>
    (await app.payload.find({ collection: 'procedures' as 'units', where: { code: { equals: code } }, depth: 0 })).docs[0] as any

  /** A fresh procedure for each run, from its own decision. */
  const freshProcedure = async () => {
    const code = codeOf(++made)
    await publish(await decision([{ kind: 'new', code, data: base(made) }]))
    return code
  }

  beforeAll(async () => {
    app = await bootApp()
    editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
  })
  afterAll(() => app?.close())

  const checkRun = async (code: string, before: any, data: ProcedureData) => {
    const after = await procedure(code)
    expect(after.status).toBe('amended')
    expectExactly(before, after, data)
    const entry = after.history.at(-1)
    expect(entry.kind).toBe('amended')
    const listed = new Set((entry.changedFields ?? []).map((change: { field: string }) => change.field))
    for (const key of plainKeys) expect(listed.has(key), key).toBe(JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
  }

  it('a decision amends exactly the fields its item gives (REST)', async () => {
    await fc.assert(
      fc.asyncProperty(itemData, async (data) => {
        const code = await freshProcedure()
        const before = await procedure(code)
        const sent = data.onlineLevel === null ? { ...data, onlineLevel: 'none' } : data
        await publish(await decision([{ kind: 'amended', code, changes: 'Sửa đổi theo quyết định', data: sent }]))
        await checkRun(code, before, data)
      }),
      // Always among the runs: a level withdrawn ("Không"), and a processing time given alone.
      { numRuns: 20, examples: [[{ onlineLevel: null }], [{ processingTime: '03 ngày làm việc' }]] },
    )
  })

  const cell = (value: string | undefined) => (value === undefined ? '' : `"${value.replace(/"/g, '""')}"`)
  const onlineLabel = { toan_trinh: 'Toàn trình', mot_phan: 'Một phần', none: 'Không' } as const
  const header = 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Cơ quan thực hiện,Mức độ DVC,Lý do một phần,Cách thức thực hiện,Thời hạn giải quyết,"Phí, lệ phí",Kết quả,"Yêu cầu, điều kiện",Đường dẫn,Phi địa giới,Liên thông,Đối tượng thực hiện,Trình tự thực hiện,Thành phần hồ sơ,Căn cứ pháp lý,Nội dung sửa đổi'
  const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'Có' : 'Không')
  const row = (code: string, data: ProcedureData) =>
    [
      'Sửa đổi, bổ sung',
      code,
      data.name,
      data.sector,
      data.level && implementingLevelLabels[data.level].vi,
      data.agency,
      data.onlineLevel === undefined ? undefined : onlineLabel[data.onlineLevel ?? 'none'],
      data.partialReason,
      data.channels?.map((kind) => channelLabels[kind].vi).join('; '),
      data.processingTime,
      data.fees,
      data.result,
      data.requirements,
      data.portalUrl,
      yesNo(data.nonTerritorial),
      yesNo(data.interlinked),
      data.applicants,
      data.steps,
      data.dossier?.map((document) => document.name).join('\n'),
      data.legalBasis?.map((document) => `${document.title} số ${document.number}`).join('\n'),
      'Sửa đổi theo phụ lục',
    ]
      .map(cell)
      .join(',')

  it('the annex CSV amends exactly the fields its row gives', async () => {
    await fc.assert(
      fc.asyncProperty(itemData, async (data) => {
        const code = await freshProcedure()
        const before = await procedure(code)
        const id = await decision()
        const form = new FormData()
        form.append('file', new Blob([`${header}\r\n${row(code, data)}\r\n`], { type: 'text/csv' }), 'phu-luc.csv')
        const imported = await app.rest('POST', `/procedure-announcements/${id}/import`, { token: editor.token, body: form })
        expect(imported.status, JSON.stringify(imported.body)).toBe(200)
        await publish(id)
        await checkRun(code, before, data)
      }),
      // Always among the runs: a level withdrawn ("Không"), and a processing time given alone.
      { numRuns: 20, examples: [[{ onlineLevel: null }], [{ processingTime: '03 ngày làm việc' }]] },
    )
  })
})
