/**
 * Results of procedure handling: figures that do not add up are refused with a reason naming the
 * numbers; rates come from the server; one record per unit, period and field; the unit enters,
 * editors publish, the public reads published figures and charts them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/index.ts'

import { type Actor, makeActor, makeActors, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'

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
