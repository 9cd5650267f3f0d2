/**
 * The host's demo PAR self-assessment: the 2026 set of the seven usual domains holds together, every
 * scored criterion is assigned across the six units, and the summary adds up what was entered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDemoPar } from '../host/demoPar.ts'
import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
let admin: Actor

beforeAll(async () => {
  app = await bootApp()
  admin = await makeActor(app, 'administrator', { isSystemAdmin: true })
  await createDemoPar(app.payload)
  // Idempotent: a second start adds nothing.
  await createDemoPar(app.payload)
}, 240_000)
afterAll(() => app?.close())

describe('the demo self-assessment', () => {
  it('is a 2026 set of seven domains, assigned across the six units, partly scored', async () => {
    const assessments = await app.payload.find({ collection: 'par-assessments', depth: 0 })
    expect(assessments.docs.map((a: any) => [a.year, a.assessmentState])).toEqual([[2026, 'open']])
    const reply = await app.rest('GET', `/par-assessments/${assessments.docs[0]!.id}/summary`, { token: admin.token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const summary = reply.body
    expect(summary.domains.map((d: any) => d.code)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(summary.overall).toMatchObject({ max: 80, selfScore: 26.25, accepted: 8, appraised: null })
    expect(summary.units).toHaveLength(6)
    expect(summary.unassigned).toEqual([])
    expect(summary.missingEvidence.sort()).toEqual(['1.1.2', '3.2', '6.1'])
  })
})
