import type { Payload } from 'payload'

import { actingAt } from '../src/requestContext.ts'

/** Three quarters of the TTHCC's figures that add up: carried over + received = resolved + in progress. */
const quarters = [
  { periodNumber: 1, carriedOver: 12, received: 148, receivedOnline: 97, resolvedBeforeDeadline: 61, resolvedOnTime: 70, resolvedLate: 4, inProgressWithinDeadline: 23, inProgressOverdue: 2, withFee: 40, paidOnline: 22, digitised: 131 },
  { periodNumber: 2, carriedOver: 25, received: 171, receivedOnline: 129, resolvedBeforeDeadline: 80, resolvedOnTime: 86, resolvedLate: 3, inProgressWithinDeadline: 26, inProgressOverdue: 1, withFee: 52, paidOnline: 35, digitised: 160 },
  { periodNumber: 3, carriedOver: 27, received: 190, receivedOnline: 158, resolvedBeforeDeadline: 101, resolvedOnTime: 88, resolvedLate: 1, inProgressWithinDeadline: 27, inProgressOverdue: 0, withFee: 61, paidOnline: 49, digitised: 184 },
]

/**
 * Demo data for the statistics and the reports on an empty database: the TTHCC's published figures
 * for Q1-Q3 2026 (the portal's chart), and the units' Q3 2026 reports: one accepted on time, one
 * sent late, one returned for correction, the others missing.
 */
export const createDemoReporting = async (payload: Payload): Promise<void> => {
  if ((await payload.count({ collection: 'procedure-results' as 'units' })).totalDocs > 0) return
  const units = await payload.find({ collection: 'units', depth: 0, pagination: false, select: { code: true } })
  const unitId = new Map(units.docs.map((unit) => [unit.code, unit.id]))

  for (const figures of quarters) {
    await payload.create({
      collection: 'procedure-results' as 'units',
      data: { unit: unitId.get('ttpvhcc'), periodKind: 'quarter', year: 2026, ...figures, _status: 'published' } as never,
    })
  }

  const report = async (code: string) =>
    payload.create({
      collection: 'cchc-reports' as 'units',
      data: { unit: unitId.get(code), periodKind: 'quarter', year: 2026, periodNumber: 3 } as never,
      context: actingAt(new Date('2026-08-20T02:00:00Z')),
    })
  const move = (id: number | string, data: Record<string, unknown>, at: string) =>
    payload.update({ collection: 'cchc-reports' as 'units', id, data: data as never, context: actingAt(new Date(at)) })

  const onTime = await report('mttq')
  await move(onTime.id, { reportState: 'submitted' }, '2026-09-03T03:00:00Z')
  await move(onTime.id, { reportState: 'accepted' }, '2026-09-04T03:00:00Z')
  const late = await report('kinh-te')
  await move(late.id, { reportState: 'submitted' }, '2026-09-07T03:00:00Z')
  const returned = await report('ttpvhcc')
  await move(returned.id, { reportState: 'submitted' }, '2026-09-04T09:00:00Z')
  await move(returned.id, { reportState: 'returned', returnReason: 'Bổ sung số liệu thanh toán trực tuyến.' }, '2026-09-05T02:00:00Z')
  payload.logger.info('demo: TTHCC figures for Q1-Q3 2026, and Q3 2026 reports (accepted, late, returned, missing)')
}
