/** A fresh install: the first account is the administrator; the demo accounts cover every role. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createDemoAccounts, demoAccounts } from '../host/demoAccounts.ts'
import { createDemoDocuments } from '../host/demoDocuments.ts'
import { createDemoProcedures } from '../host/demoProcedures.ts'
import { createDemoRadio } from '../host/demoRadio.ts'
import { createDemoReporting } from '../host/demoReporting.ts'
import { resolveRole } from '../src/access/roles.ts'
import { resolveOptions } from '../src/options.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp

beforeAll(async () => {
  app = await bootApp()
})
afterAll(() => app?.close())

describe('first account', () => {
  it('registers through the first-user screen as the system administrator, and can log in', async () => {
    const reply = await app.rest('POST', '/users/first-register', {
      body: { email: 'quantri@thanhmien.example', password: 'Mat-khau-dau-tien-1', name: 'Quản trị' },
    })
    expect(reply.status).toBe(200)
    const user = (await app.payload.find({ collection: 'users', where: { email: { equals: 'quantri@thanhmien.example' } } })).docs[0]!
    expect(user.isSystemAdmin).toBe(true)
    const login = await app.rest('POST', '/users/login', { body: { email: 'quantri@thanhmien.example', password: 'Mat-khau-dau-tien-1' } })
    expect(login.status).toBe(200)
  })
})

describe('demo accounts', () => {
  beforeAll(async () => {
    await app.payload.delete({ collection: 'users', where: { id: { exists: true } } })
  })

  it('creates one account per role on an empty database, with the password from DEMO_PASSWORD', async () => {
    vi.stubEnv('DEMO_PASSWORD', 'Demo-mat-khau-2026')
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    await createDemoAccounts(app.payload, mkdtempSync(path.join(tmpdir(), 'demo-')))
    expect(log.mock.calls.flat().join('\n')).toContain('admin@thanhmien.example')
    log.mockRestore()

    const roles: Record<string, string> = {}
    for (const account of demoAccounts) {
      const login = await app.rest('POST', '/users/login', { body: { email: account.email, password: 'Demo-mat-khau-2026' } })
      expect(login.status, account.email).toBe(200)
      const req = { payload: app.payload, user: { ...login.body.user, collection: 'users' } } as never
      roles[account.email] = await resolveRole(req, resolveOptions())
    }
    expect(roles).toEqual({
      'admin@thanhmien.example': 'administrator',
      'bientap@thanhmien.example': 'editor',
      'vhxh@thanhmien.example': 'coordinator',
      'ttpvhcc@thanhmien.example': 'contributor',
      'vanphong@thanhmien.example': 'contributor',
      'kinhte@thanhmien.example': 'contributor',
      'mttq@thanhmien.example': 'contributor',
    })
    vi.unstubAllEnvs()
  })

  it('does nothing on a database that already has accounts', async () => {
    const before = await app.payload.count({ collection: 'users' })
    await createDemoAccounts(app.payload, mkdtempSync(path.join(tmpdir(), 'demo-')))
    expect((await app.payload.count({ collection: 'users' })).totalDocs).toBe(before.totalDocs)
  })
})

describe('demo procedures', () => {
  it('come from a published decision, carry its history, and are created once', async () => {
    await createDemoProcedures(app.payload)
    await createDemoProcedures(app.payload)
    const reply = await app.rest('GET', '/procedures?sort=code&limit=20')
    // Codes with the names the national database gives them.
    expect(Object.fromEntries(reply.body.docs.map((doc: { code: string; name: string }) => [doc.code, doc.name]))).toEqual({
      '1.000656': 'Đăng ký khai tử',
      '1.000894': 'Đăng ký kết hôn',
      '1.001022': 'Đăng ký nhận cha, mẹ, con',
      '1.001193': 'Đăng ký khai sinh',
      '1.001699': 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
      '1.001776': 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    })
    expect(reply.body.docs.every((doc: { level: string }) => doc.level === 'commune')).toBe(true)
    expect(reply.body.docs.every((doc: { history: unknown[]; status: string }) => doc.history.length === 1 && doc.status === 'active')).toBe(true)
    expect((await app.payload.count({ collection: 'procedure-announcements' as 'units' })).totalDocs).toBe(2)
  })
})

describe('demo statistics and reports', () => {
  it('give the portal a chart and the coordinator an overview, once', async () => {
    await createDemoReporting(app.payload)
    await createDemoReporting(app.payload)
    const series = await app.rest('GET', '/procedure-results/series?unit=ttpvhcc&periodKind=quarter&from=2026&to=2026')
    expect(series.status, JSON.stringify(series.body)).toBe(200)
    expect(JSON.stringify(series.body)).toContain('"onTimeRate"')
    expect((await app.payload.count({ collection: 'procedure-results' as 'units' })).totalDocs).toBe(3)

    const password = 'Mat-khau-dieu-phoi-1'
    const coordinator = await app.payload.create({
      collection: 'users',
      data: { email: 'dieuphoi@thanhmien.example', name: 'Điều phối', password, unit: (await app.payload.find({ collection: 'units', where: { code: { equals: 'vhxh' } } })).docs[0]!.id },
    })
    const login = await app.rest('POST', '/users/login', { body: { email: coordinator.email, password } })
    const overview = await app.rest('GET', '/cchc-reports/overview?year=2026&periodKind=quarter&periodNumber=3', { token: login.body.token })
    const byCode = Object.fromEntries(overview.body.units.map((row: any) => [row.unit.code, [row.state, row.timeliness]]))
    expect(byCode).toMatchObject({
      mttq: ['accepted', 'on_time'],
      'kinh-te': ['submitted', 'late'],
      ttpvhcc: ['returned', expect.any(String)],
      vhxh: ['missing', expect.stringMatching(/^missing_/)],
    })
  })
})

describe('demo radio', () => {
  it('gives a week of programmes, some aired, one cancelled, the rest planned, once', async () => {
    await createDemoRadio(app.payload)
    await createDemoRadio(app.payload)
    expect((await app.payload.count({ collection: 'broadcast-slots' as 'units' })).totalDocs).toBe(2)
    const states = (await app.payload.find({ collection: 'broadcast-schedules' as 'units', pagination: false, depth: 0 })).docs.map(
      (doc) => (doc as unknown as { programmeState: string }).programmeState,
    )
    expect(states).toHaveLength(14)
    expect(states.filter((state) => state === 'aired')).toHaveLength(6)
    expect(states.filter((state) => state === 'cancelled')).toHaveLength(1)
    // The public sees what aired, and the radio platform reads an aired programme without an account.
    const publicList = await app.rest('GET', '/broadcast-schedules?limit=50')
    expect(publicList.body.docs).toHaveLength(6)
    const programme = await app.rest('GET', `/broadcast-schedules/${publicList.body.docs[0].id}/programme.json`)
    expect(programme.status).toBe(200)
    expect(programme.body.items).toHaveLength(3)
  })
})

describe('demo documents', () => {
  it('are the four the letter cites, found by number, and the draft letter citing them, created once', async () => {
    await createDemoDocuments(app.payload)
    await createDemoDocuments(app.payload)
    expect((await app.payload.count({ collection: 'cchc-documents' as 'units' })).totalDocs).toBe(5)
    const found = async (q: string) => (await app.rest('GET', `/cchc-documents/search?q=${encodeURIComponent(q)}`)).body.docs.map((doc: any) => [doc.number, doc.issuedAt.slice(0, 10)])
    expect(await found('367 qd bnv')).toEqual([['367/QĐ-BNV', '2026-03-31']])
    expect(await found('247/qd-ubnd')).toEqual([['247/QĐ-UBND', '2026-01-20']])
    expect(await found('4110 VP NVKTGS')).toEqual([['4110/VP-NVKTGS', '2026-04-15']])
    expect(await found('42 KH UBND')).toEqual([['42/KH-UBND', '2026-01-30']])
    const letter = (await app.payload.find({ collection: 'cchc-documents' as 'units', where: { _status: { equals: 'draft' } }, depth: 1 })).docs[0] as any
    expect(letter).toMatchObject({ number: null, issuedAt: null, kind: 'dispatch', issuerName: 'UBND xã Thanh Miện' })
    expect(letter.basis.map((row: any) => [row.number, row.document?.number])).toEqual([
      ['367/QĐ-BNV', '367/QĐ-BNV'],
      ['247/QĐ-UBND', '247/QĐ-UBND'],
      ['4110/VP-NVKTGS', '4110/VP-NVKTGS'],
      ['42/KH-UBND', '42/KH-UBND'],
    ])
  })
})
