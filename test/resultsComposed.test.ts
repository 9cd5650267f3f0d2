/**
 * A year or half-year that a unit did not enter is made of the quarters it did (a year of its
 * half-years first): what was carried over is the first part's, what is in progress the last
 * part's, the rest summed; the series says which periods are made up and whether every part was there.
 */
import fc from 'fast-check'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkCounts, composeCounts, type Counts } from '../src/lib/procedureFigures.ts'
import { resolveOptions } from '../src/options.ts'
import { resultsSeries } from '../src/services/resultsSeries.ts'
import { unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

/** A period's figures that add up, carrying `carriedOver` in. */
const quarter = (carriedOver: number, received: number, before: number, onTime: number, late: number, online: number): Counts => {
  const inProgress = carriedOver + received - before - onTime - late
  return {
    carriedOver,
    received,
    receivedOnline: online,
    resolvedBeforeDeadline: before,
    resolvedOnTime: onTime,
    resolvedLate: late,
    inProgressWithinDeadline: inProgress,
    inProgressOverdue: 0,
    withFee: 0,
    paidOnline: 0,
    digitised: received,
  }
}

describe('composeCounts', () => {
  it('quarters that chain make a year whose counts add up, with the first carry-over and the last stock', () => {
    const chain = fc.array(fc.tuple(fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(500)), { minLength: 1, maxLength: 4 }).map((steps) => {
      const parts: Counts[] = []
      let carried = 7
      for (const [received, a, b, c] of steps) {
        const available = carried + received
        const before = Math.min(a, available)
        const onTime = Math.min(b, available - before)
        const late = Math.min(c, available - before - onTime)
        const part = quarter(carried, received, before, onTime, late, Math.min(a, received))
        parts.push(part)
        carried = part.inProgressWithinDeadline!
      }
      return parts
    })
    fc.assert(
      fc.property(chain, (parts) => {
        const year = composeCounts(parts)
        expect(checkCounts(year)).toEqual([])
        expect(year.carriedOver).toBe(parts[0]!.carriedOver)
        expect(year.inProgressWithinDeadline).toBe(parts.at(-1)!.inProgressWithinDeadline)
        expect(year.received).toBe(parts.reduce((sum, part) => sum + part.received!, 0))
      }),
    )
  })
})

describe('GET /api/procedure-results/series, year and half-year', () => {
  let app: TestApp
  let unit: number | string
  const q1 = quarter(10, 100, 40, 45, 5, 60) // 20 in progress
  const q2 = quarter(20, 50, 30, 25, 5, 10) // 10
  const q3 = quarter(10, 30, 20, 10, 5, 30) // 5

  beforeAll(async () => {
    app = await bootApp()
    unit = await unitIdByCode(app, 'ttpvhcc')
    const publish = (periodKind: string, year: number, periodNumber: null | number, counts: Counts) =>
      app.payload.create({ collection: 'procedure-results', data: { unit, periodKind, year, periodNumber, ...counts, _status: 'published' } as never })
    await publish('quarter', 2097, 1, q1)
    await publish('quarter', 2097, 2, q2)
    await publish('quarter', 2097, 3, q3)
    await publish('year', 2098, null, q1)
    // 2099: its half-years entered, and quarters too, which the halves win over.
    await publish('half_year', 2099, 1, quarter(10, 150, 70, 70, 10, 70))
    await publish('half_year', 2099, 2, quarter(10, 30, 20, 10, 5, 30))
    await publish('quarter', 2099, 1, q1)
  })
  afterAll(() => app?.close())

  it('a year without its own figures is made of its quarters (year to date), flagged; an entered year is as entered', async () => {
    const reply = await app.rest('GET', '/procedure-results/series?unit=ttpvhcc&periodKind=year&from=2096&to=2099')
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const [y2096, y2097, y2098, y2099] = reply.body.periods
    expect(y2096).toMatchObject({ key: '2096-Y', figures: null, source: null, composedFrom: null })
    expect(y2097).toMatchObject({ key: '2097-Y', source: 'composed', composedFrom: ['2097-Q1', '2097-Q2', '2097-Q3'], complete: false })
    expect(y2097.figures).toMatchObject({ carriedOver: 10, received: 180, receivedOnline: 100, resolved: 185, inProgressWithinDeadline: 5, inProgressOverdue: 0 })
    expect(y2097.figures.onlineShare).toBeCloseTo(100 / 180, 4)
    expect(y2098).toMatchObject({ source: 'entered', composedFrom: null, complete: true })
    expect(y2098.figures).toMatchObject({ received: 100 })
    expect(y2099).toMatchObject({ source: 'composed', composedFrom: ['2099-H1', '2099-H2'], complete: true })
    expect(y2099.figures).toMatchObject({ carriedOver: 10, received: 180, inProgressWithinDeadline: 5 })
  })

  it('half-years are made of their two quarters', async () => {
    const reply = await app.rest('GET', '/procedure-results/series?unit=ttpvhcc&periodKind=half_year&from=2097&to=2097')
    const [h1, h2] = reply.body.periods
    expect(h1).toMatchObject({ key: '2097-H1', source: 'composed', composedFrom: ['2097-Q1', '2097-Q2'], complete: true })
    expect(h1.figures).toMatchObject({ carriedOver: 10, received: 150, resolved: 150, inProgressWithinDeadline: 10 })
    expect(h2).toMatchObject({ source: 'composed', composedFrom: ['2097-Q3'], complete: false })
  })

  it('quarters are as entered, and the service gives the same (the Local API path)', async () => {
    const reply = await app.rest('GET', '/procedure-results/series?unit=ttpvhcc&periodKind=quarter&from=2097&to=2097')
    expect(reply.body.periods.map((period: { source: null | string }) => period.source)).toEqual(['entered', 'entered', 'entered', null])
    const req = await createLocalReq({}, app.payload)
    const series = await resultsSeries(req, resolveOptions(), { unitCode: 'ttpvhcc', periodKind: 'year', from: 2097, to: 2097 })
    expect(series?.periods[0]).toMatchObject({ source: 'composed', complete: false })
    expect(series?.periods[0]?.figures?.received).toBe(180)
  })
})
