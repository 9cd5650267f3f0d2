/**
 * Results of procedure handling: figures that do not add up are refused with a reason naming the
 * numbers; rates come from the server; one record per unit, period and field; the unit enters,
 * editors publish, the public reads published figures and charts them.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/index.ts'

import { checkCounts, derive, rate } from '../src/lib/procedureFigures.ts'
import { type Actor, makeActor, makeActors, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'
import { vietnameseLetters } from './helpers/languages.ts'

let app: TestApp
let actors: Record<Role, Actor>
let tthcc: Actor
let paths: Path[]
let tthccUnit: number | string

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  tthcc = await makeActor(app, 'contributor', { unit: 'ttpvhcc' })
  tthccUnit = await unitIdByCode(app, 'ttpvhcc')
  paths = allPaths(app, { 'procedure-results': 'id title periodKey received onTimeRate onlineShare _status' })
})
afterAll(() => app?.close())

/** A quarter's figures that add up: 10 + 100 = (40 + 45 + 5) + (15 + 5). */
const good = (extra: Record<string, unknown> = {}) => ({
  periodKind: 'quarter',
  year: 2026,
  periodNumber: 1,
  carriedOver: 10,
  received: 100,
  receivedOnline: 60,
  resolvedBeforeDeadline: 40,
  resolvedOnTime: 45,
  resolvedLate: 5,
  inProgressWithinDeadline: 15,
  inProgressOverdue: 5,
  withFee: 20,
  paidOnline: 5,
  digitised: 80,
  ...extra,
})

describe('entering figures', () => {
  it('accepts figures that add up, with the rates computed by the server and not taken from the request', async () => {
    const reply = await app.rest('POST', '/procedure-results', {
      token: tthcc.token,
      body: good({ onTimeRate: 0.01, onlineShare: 1, resolved: 999, unit: await unitIdByCode(app, 'mttq') }),
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const doc = reply.body.doc
    expect(doc).toMatchObject({
      resolved: 90,
      inProgress: 20,
      receivedInPerson: 40,
      onTimeRate: 0.9444,
      onlineShare: 0.6,
      onlinePaymentShare: 0.25,
      digitisedShare: 0.8,
      periodKey: '2026-Q1',
      _status: 'draft',
      title: 'Quý 1/2026 - TTPVHCC',
    })
    expect(doc.unit.id ?? doc.unit).toBe(tthccUnit)
    expect(doc.periodStart).toBe('2025-12-31T17:00:00.000Z')
    expect(doc.periodEnd).toBe('2026-03-31T16:59:59.999Z')
  })
})

describe('rates and checks, without the database', () => {
  it('a zero denominator gives no rate rather than 0 or NaN', () => {
    const zero = derive({ carriedOver: 0, received: 0, receivedOnline: 0, resolvedBeforeDeadline: 0, resolvedOnTime: 0, resolvedLate: 0, inProgressWithinDeadline: 0, inProgressOverdue: 0 })
    expect(zero).toMatchObject({ onTimeRate: null, onlineShare: null, onlinePaymentShare: null, digitisedShare: null, resolved: 0 })
    expect(rate(0, 5)).toBe(0)
    expect(rate(2, 3)).toBe(0.6667)
  })

  it('a count past 2^53, or totals past it, are too large: 1e20 + 10 === 1e20 would balance by rounding', () => {
    const counts = { carriedOver: 0, received: 10, receivedOnline: 0, resolvedBeforeDeadline: 1e20, resolvedOnTime: 10, resolvedLate: 0, inProgressWithinDeadline: 0, inProgressOverdue: 0 }
    expect(checkCounts({ ...counts, carriedOver: 1e20 })).toEqual([
      { kind: 'tooLarge', path: 'carriedOver', value: 1e20 },
      { kind: 'tooLarge', path: 'resolvedBeforeDeadline', value: 1e20 },
    ])
    const half = 2 ** 52
    expect(checkCounts({ ...counts, carriedOver: half, received: half, resolvedBeforeDeadline: half, resolvedOnTime: half })).toEqual([
      { kind: 'tooLarge', path: 'received', value: 2 ** 53 },
    ])
  })

  it('figures built to add up pass, with every rate between 0 and 1; one more dossier anywhere breaks the balance', () => {
    const count = fc.integer({ min: 0, max: 5000 })
    fc.assert(
      fc.property(count, count, count, count, count, count, count, (before, onTime, late, within, overdue, carried, online) => {
        const total = before + onTime + late + within + overdue
        fc.pre(total >= carried)
        const counts = {
          carriedOver: carried,
          received: total - carried,
          receivedOnline: Math.min(online, total - carried),
          resolvedBeforeDeadline: before,
          resolvedOnTime: onTime,
          resolvedLate: late,
          inProgressWithinDeadline: within,
          inProgressOverdue: overdue,
        }
        expect(checkCounts(counts)).toEqual([])
        for (const value of Object.values(derive(counts)).slice(3)) {
          if (value !== null) expect(value).toBeGreaterThanOrEqual(0)
          if (value !== null) expect(value).toBeLessThanOrEqual(1)
        }
        expect(checkCounts({ ...counts, resolvedLate: late + 1 }).map((p) => p.kind)).toEqual(['balance'])
      }),
    )
  })
})

const stored = (where: Record<string, unknown> = {}) =>
  app.payload.count({ collection: 'procedure-results', where: where as never }).then((r) => r.totalDocs)

describe('figures that do not add up are refused, naming the numbers, and nothing is stored', () => {
  it.each([
    ['the balance', { resolvedLate: 6 }, 'carriedOver', ['(10)', '(100)', '110', '(91)', '(20)', '111']],
    ['online more than received', { receivedOnline: 101 }, 'receivedOnline', ['(101)', '(100)']],
    ['a negative count', { inProgressOverdue: -1, inProgressWithinDeadline: 21 }, 'inProgressOverdue', ['-1']],
    ['paid online more than dossiers with a fee', { paidOnline: 21 }, 'paidOnline', ['(21)', '(20)']],
    ['a missing count', { carriedOver: null }, 'carriedOver', ['Kỳ trước chuyển sang']],
  ])('%s', async (_name, change, path, numbers) => {
    const before = await stored()
    const reply = await app.rest('POST', '/procedure-results', { token: tthcc.token, body: good({ year: 2024, ...change }) })
    expect(reply.status).toBe(400)
    const error = reply.body.errors[0].data.errors.find((e: { path: string }) => e.path === path)
    expect(error, JSON.stringify(reply.body)).toBeDefined()
    expect(error.message).toMatch(vietnameseLetters)
    for (const number of numbers) expect(error.message).toContain(number)
    expect(await stored()).toBe(before)
  })

  it('a correction that breaks the balance is refused and the figures stay as they were', async () => {
    const doc = await app.payload.create({ collection: 'procedure-results', data: good({ year: 2023 }) as never })
    const reply = await app.rest('PATCH', `/procedure-results/${doc.id}`, { token: tthcc.token, body: { received: 200 } })
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toBe('carriedOver')
    expect((await app.payload.findByID({ collection: 'procedure-results', id: doc.id })).received).toBe(100)
  })
})

describe('one record per unit, period and field', () => {
  it('refuses a second record for the same unit and period, and allows one per field (lĩnh vực)', async () => {
    const first = await app.rest('POST', '/procedure-results', { token: tthcc.token, body: good({ year: 2022 }) })
    expect(first.status).toBe(201)
    const again = await app.rest('POST', '/procedure-results', { token: tthcc.token, body: good({ year: 2022 }), headers: { 'Accept-Language': 'en' } })
    expect(again.status).toBe(400)
    expect(again.body.errors[0].data.errors[0]).toMatchObject({ path: 'periodNumber' })
    expect(again.body.errors[0].data.errors[0].message).toContain('already has figures')

    const civil = await app.rest('POST', '/procedure-results', { token: tthcc.token, body: good({ year: 2022, sector: 'Hộ tịch' }) })
    expect(civil.status).toBe(201)
    expect(civil.body.doc.title).toBe('Quý 1/2026 - TTPVHCC - Hộ tịch'.replace('2026', '2022'))
    // The same field written without diacritics or in capitals is the same field.
    const sameField = await app.rest('POST', '/procedure-results', { token: tthcc.token, body: good({ year: 2022, sector: 'HO TICH' }) })
    expect(sameField.status).toBe(400)
    const otherQuarter = await app.rest('POST', '/procedure-results', { token: tthcc.token, body: good({ year: 2022, periodNumber: 2 }) })
    expect(otherQuarter.status).toBe(201)
    expect(await stored({ year: { equals: 2022 } })).toBe(3)
  })

  it('the database holds the rule too', async () => {
    const doc = await app.payload.find({ collection: 'procedure-results', where: { year: { equals: 2022 }, periodNumber: { equals: 1 }, sector: { exists: false } }, limit: 1 })
    const other = await app.payload.find({ collection: 'procedure-results', where: { year: { equals: 2022 }, periodNumber: { equals: 2 } }, limit: 1 })
    await expect(
      app.payload.db.updateOne({ collection: 'procedure-results', id: other.docs[0]!.id, data: { uniqueKey: doc.docs[0]!.uniqueKey } }),
    ).rejects.toThrow()
  })
})

let serial = 0
describe.each(['rest', 'graphql', 'local'] as const)('rights through %s', (name) => {
  const path = () => paths.find((p) => p.name === name)!
  const year = () => 2000 + (++serial % 90)

  it('the TTHCC enters its own figures (whatever unit it names); anonymous cannot', async () => {
    const y = year()
    const created = await path().create('procedure-results', tthcc, good({ year: y, unit: await unitIdByCode(app, 'mttq') }))
    expect(created.ok, created.error).toBe(true)
    const doc = (await app.payload.find({ collection: 'procedure-results', where: { year: { equals: y } } })).docs[0]!
    expect((doc.unit as { id: number }).id).toBe(tthccUnit)
    expect(doc._status).toBe('draft')
    const refused = await path().create('procedure-results', actors.anonymous, good({ year: year() }))
    expect(refused.ok).toBe(false)
  })

  it('only editors publish; the public reads published figures only', async () => {
    const y = year()
    const own = await app.payload.create({ collection: 'procedure-results', data: good({ year: y }) as never })
    const byUnit = await path().update('procedure-results', tthcc, own.id, { _status: 'published' })
    expect(byUnit.ok).toBe(false)
    expect((await app.payload.findByID({ collection: 'procedure-results', id: own.id }))._status).toBe('draft')
    const before = await path().find('procedure-results', actors.anonymous, { year: { equals: y } })
    expect(before.docs ?? []).toHaveLength(0)

    const byEditor = await path().update('procedure-results', actors.editor, own.id, { _status: 'published' })
    expect(byEditor.ok, byEditor.error).toBe(true)
    const after = await path().find('procedure-results', actors.anonymous, { year: { equals: y } })
    expect(after.docs).toHaveLength(1)
    expect(after.docs![0]).toMatchObject({ received: 100, onTimeRate: 0.9444 })
  })

  it('another unit cannot touch the TTHCC’s figures; the TTHCC’s correction goes back to the editors', async () => {
    const doc = await app.payload.create({ collection: 'procedure-results', data: good({ year: year(), _status: 'published' }) as never })
    const other = await path().update('procedure-results', actors.contributor, doc.id, { carriedOver: 0, received: 110 })
    expect(other.ok).toBe(false)
    expect((await app.payload.findByID({ collection: 'procedure-results', id: doc.id })).received).toBe(100)

    const corrected = await path().update('procedure-results', tthcc, doc.id, { carriedOver: 0, received: 110 })
    expect(corrected.ok, corrected.error).toBe(true)
    const now = await app.payload.findByID({ collection: 'procedure-results', id: doc.id })
    expect(now).toMatchObject({ received: 110, _status: 'draft' })
  })
})

describe('the public chart: GET /api/procedure-results/series', () => {
  beforeAll(async () => {
    const publish = (extra: Record<string, unknown>) =>
      app.payload.create({ collection: 'procedure-results', data: good({ _status: 'published', ...extra }) as never })
    await publish({ year: 2095, periodNumber: 4 })
    await publish({ year: 2096, periodNumber: 1, received: 50, receivedOnline: 50, carriedOver: 60 })
    await publish({ year: 2096, periodNumber: 2, sector: 'Đất đai' })
    await publish({ year: 2096, periodNumber: 2, sector: 'Hộ tịch', carriedOver: 0, received: 20, receivedOnline: 20, resolvedBeforeDeadline: 20, resolvedOnTime: 0, resolvedLate: 0, inProgressWithinDeadline: 0, inProgressOverdue: 0 })
    await publish({ year: 2095, periodNumber: 4, sector: 'Hộ tịch' }) // the unit's own total for 2095-Q4 wins
    await app.payload.create({ collection: 'procedure-results', data: good({ year: 2096, periodNumber: 3 }) as never })
  })

  it('gives every period in order, published figures and rates; the unit’s total, or else its fields added up; nothing for drafts', async () => {
    const reply = await app.rest('GET', '/procedure-results/series?periodKind=quarter&from=2095&to=2096')
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.unit.code).toBe('ttpvhcc')
    const periods = reply.body.periods
    expect(periods.map((p: { key: string }) => p.key)).toEqual(['2095-Q1', '2095-Q2', '2095-Q3', '2095-Q4', '2096-Q1', '2096-Q2', '2096-Q3', '2096-Q4'])
    expect(periods[3].figures).toMatchObject({ received: 100, onTimeRate: 0.9444, onlineShare: 0.6, onlinePaymentShare: 0.25 })
    expect(periods[4].figures).toMatchObject({ received: 50, onlineShare: 1 })
    expect(periods[4].label).toBe('Quý 1/2096')
    // Only rows per field: their sum (100 + 20 received, 60 + 20 online).
    expect(periods[5].figures).toMatchObject({ received: 120, receivedOnline: 80, resolved: 110, onlineShare: 0.6667, withFee: 40 })
    expect(periods[6].figures).toBeNull() // a draft
    const land = await app.rest('GET', `/procedure-results/series?unit=ttpvhcc&from=2096&to=2096&sector=${encodeURIComponent('dat dai')}`)
    expect(land.body.periods.map((p: { figures: unknown }) => p.figures !== null)).toEqual([false, true, false, false])
    expect(land.body.periods[1].figures.received).toBe(100)
  })

  it.each([
    ['from=abc&to=2026', 'from'],
    ['from=2026&to=2020', 'to'],
    ['from=2026&to=2026&periodKind=week', 'periodKind'],
    ['from=2026&to=2026&unit=khong-co', 'unit'],
  ])('refuses ?%s with a 400 naming `%s`', async (query, field) => {
    const reply = await app.rest('GET', `/procedure-results/series?${query}`)
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toBe(field)
    expect(reply.body.errors[0].message).toMatch(/không hợp lệ/)
  })
})
