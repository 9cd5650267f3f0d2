/**
 * PAR index notifications: a criterion assigned to a unit, and a self-score the coordinator
 * returns, reach the unit's members (a line in the bell and a mail through a real SMTP server)
 * and no one else: not another unit's contributor, not the one who acted. Each is told on the
 * actual transition, once; an assignment rolled back tells no one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { type Mail, startSmtp } from './helpers/smtp.ts'

let app: TestApp
let smtp: { mails: Mail[]; close: () => Promise<void> }
let coordinator: Actor
let coordinatorColleague: Actor
let member: Actor
let colleague: Actor
let otherUnit: Actor
let editor: Actor
let assessmentId: number | string

const criteria = [
  { code: '1', name: 'Công tác chỉ đạo, điều hành', maxScore: 3 },
  { code: '1.1', name: 'Kế hoạch CCHC năm', maxScore: 1 },
  { code: '1.2', name: 'Báo cáo CCHC', maxScore: 2 },
  { code: '1.2.1', name: 'Đủ số lượng', maxScore: 1 },
  { code: '1.2.2', name: 'Đúng hạn', maxScore: 1 },
  { code: '2', name: 'Cải cách thể chế', maxScore: 3 },
  { code: '2.1', name: 'Rà soát văn bản', maxScore: 2, step: 0.5 },
  { code: '2.2', name: 'Kiểm tra văn bản', maxScore: 1 },
]

beforeAll(async () => {
  smtp = await startSmtp()
  app = await bootApp()
  await makeActor(app, 'administrator', { isSystemAdmin: true, email: 'quan-tri@thanhmien.example' })
  coordinator = await makeActor(app, 'coordinator', { unit: 'vhxh', email: 'vhxh@thanhmien.example' })
  coordinatorColleague = await makeActor(app, 'coordinator', { unit: 'vhxh', email: 'vhxh-2@thanhmien.example' })
  member = await makeActor(app, 'contributor', { unit: 'mttq', email: 'mttq-1@thanhmien.example' })
  colleague = await makeActor(app, 'contributor', { unit: 'mttq', email: 'mttq-2@thanhmien.example' })
  otherUnit = await makeActor(app, 'contributor', { unit: 'kinh-te', email: 'kinh-te@thanhmien.example' })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc', email: 'bien-tap@thanhmien.example' })
  const set = await app.payload.create({ collection: 'par-criteria-sets', data: { year: 2026, title: 'Bộ tiêu chí 2026', criteria } as never })
  const assessment = await app.payload.create({ collection: 'par-assessments', data: { title: 'Tự đánh giá 2026', criteriaSet: set.id } as never })
  assessmentId = assessment.id
}, 240_000)
afterAll(async () => {
  await app?.close()
  await smtp?.close()
})

const ids = (...actors: Actor[]) => actors.map((actor) => String(actor.user!.id)).sort()

/** Who was told of `event` about the score (as the system sees it). */
const told = async (event: string, scoreId: number | string) => {
  const found = await app.payload.find({
    collection: 'cchc-notifications',
    where: { and: [{ event: { equals: event } }, { itemCollection: { equals: 'par-scores' } }, { itemId: { equals: String(scoreId) } }] },
    pagination: false,
    depth: 0,
  })
  return found.docs.map((doc) => String((doc as Record<string, unknown>).recipient)).sort()
}

const runJobs = async () => {
  for (let round = 0; round < 5; round++) await app.payload.jobs.run({ limit: 100 })
}

const assign = (body: Record<string, unknown>, actor = coordinator) =>
  app.rest('POST', `/par-assessments/${assessmentId}/assign`, { token: actor.token, body })

const scoreOf = async (code: string) =>
  (await app.payload.find({ collection: 'par-scores', where: { and: [{ assessment: { equals: assessmentId } }, { criterionCode: { equals: code } }] }, depth: 0 }))
    .docs[0] as Record<string, any>

const mailsTo = (address: string, scoreId: number | string) =>
  smtp.mails.filter((mail) => mail.to.includes(address) && mail.text.includes(`/admin/collections/par-scores/${scoreId}`))

describe('a PAR criterion assigned', () => {
  it('tells the assigned unit’s members, in the bell and by mail; not another unit, not the coordinator who assigned it', async () => {
    const reply = await assign({ unit: member.unitId, codes: ['1.1'] })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const score = await scoreOf('1.1')
    expect(await told('parCriterionAssigned', score.id)).toEqual(ids(member, colleague))

    // The bell: the member reads its line, with the criterion and the link to it.
    const bell = await app.rest('GET', '/cchc-notifications?where[isRead][equals]=false&depth=0', { token: member.token })
    expect(bell.status).toBe(200)
    const line = bell.body.docs.find((doc: any) => doc.event === 'parCriterionAssigned')
    expect(line).toMatchObject({ title: 'Đơn vị được giao chấm điểm tiêu chí Chỉ số CCHC: 1.1 Kế hoạch CCHC năm', link: `/admin/collections/par-scores/${score.id}` })
    const theirs = await app.rest('GET', '/cchc-notifications?depth=0', { token: otherUnit.token })
    expect(theirs.body.docs.filter((doc: any) => doc.event === 'parCriterionAssigned')).toEqual([])

    await runJobs()
    expect(mailsTo('mttq-1@thanhmien.example', score.id)).toHaveLength(1)
    expect(mailsTo('mttq-2@thanhmien.example', score.id)).toHaveLength(1)
    expect(mailsTo('mttq-1@thanhmien.example', score.id)[0]!.text).toContain('Đơn vị được giao chấm điểm tiêu chí Chỉ số CCHC: 1.1 Kế hoạch CCHC năm')
    for (const address of ['kinh-te@thanhmien.example', 'vhxh@thanhmien.example', 'vhxh-2@thanhmien.example', 'bien-tap@thanhmien.example', 'quan-tri@thanhmien.example']) {
      expect(mailsTo(address, score.id), address).toEqual([])
    }
  })

  it('assigned again to the same unit, or saved by the unit, tells no one again', async () => {
    const again = await assign({ unit: member.unitId, codes: ['1.1'] })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    const score = await scoreOf('1.1')
    const saved = await app.rest('PATCH', `/par-scores/${score.id}`, { token: member.token, body: { score: 0.5, explanation: 'Đã ban hành kế hoạch.' } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(await told('parCriterionAssigned', score.id)).toEqual(ids(member, colleague))
  })

  it('moved to another unit: that unit is told, once; the first unit is not told again', async () => {
    await assign({ unit: member.unitId, codes: ['1.2.1'] })
    const score = await scoreOf('1.2.1')
    expect(await told('parCriterionAssigned', score.id)).toEqual(ids(member, colleague))
    const moved = await assign({ unit: otherUnit.unitId, codes: ['1.2.1'] })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(await told('parCriterionAssigned', score.id)).toEqual(ids(member, colleague, otherUnit))
  })

  it('to the coordinator’s own unit: its other members are told, the coordinator who acted is not', async () => {
    await assign({ unit: coordinator.unitId, codes: ['1.2.2'] })
    const score = await scoreOf('1.2.2')
    expect(await told('parCriterionAssigned', score.id)).toEqual(ids(coordinatorColleague))
  })

  it('an assignment refused (one code is not a scored criterion) is rolled back and tells no one', async () => {
    const before = (await app.payload.count({ collection: 'cchc-notifications', where: { event: { equals: 'parCriterionAssigned' } } })).totalDocs
    const refused = await assign({ unit: otherUnit.unitId, codes: ['2.1', '1.2'] })
    expect(refused.status).toBe(400)
    expect(await scoreOf('2.1')).toBeUndefined()
    expect((await app.payload.count({ collection: 'cchc-notifications', where: { event: { equals: 'parCriterionAssigned' } } })).totalDocs).toBe(before)
  })
})

describe('a PAR self-score returned', () => {
  it('tells the unit’s members (bell and mail), once per return; submitting and accepting tell no one of a return', async () => {
    const score = await scoreOf('1.1')
    const submitted = await app.rest('PATCH', `/par-scores/${score.id}`, { token: member.token, body: { scoreState: 'submitted' } })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    expect(await told('parCriterionReturned', score.id)).toEqual([])
    await runJobs()
    smtp.mails.length = 0

    const returned = await app.rest('PATCH', `/par-scores/${score.id}`, { token: coordinator.token, body: { scoreState: 'returned', returnReason: 'Thiếu kế hoạch đã ký.' } })
    expect(returned.status, JSON.stringify(returned.body)).toBe(200)
    expect(await told('parCriterionReturned', score.id)).toEqual(ids(member, colleague))
    // Saved again in the same state (the reason reworded): no second line.
    const reworded = await app.rest('PATCH', `/par-scores/${score.id}`, { token: coordinator.token, body: { returnReason: 'Thiếu kế hoạch đã ký và đóng dấu.' } })
    expect(reworded.status, JSON.stringify(reworded.body)).toBe(200)
    expect(await told('parCriterionReturned', score.id)).toEqual(ids(member, colleague))

    await runJobs()
    expect(smtp.mails.map((mail) => mail.to[0]).sort()).toEqual(['mttq-1@thanhmien.example', 'mttq-2@thanhmien.example'])
    // The mail names the criterion, never the reason (the unit reads it in the admin).
    expect(smtp.mails[0]!.text).not.toContain('Thiếu kế hoạch')

    // Corrected, sent and accepted: nothing more of a return; returned again after acceptance: told again.
    expect((await app.rest('PATCH', `/par-scores/${score.id}`, { token: colleague.token, body: { score: 1, scoreState: 'submitted' } })).status).toBe(200)
    expect((await app.rest('PATCH', `/par-scores/${score.id}`, { token: coordinator.token, body: { scoreState: 'accepted' } })).status).toBe(200)
    expect(await told('parCriterionReturned', score.id)).toEqual(ids(member, colleague))
    const reopened = await app.payload.update({
      collection: 'par-scores',
      id: score.id,
      data: { scoreState: 'returned', returnReason: 'Cần bổ sung.' } as never,
      user: coordinator.user,
      overrideAccess: false,
    })
    expect(reopened.scoreState).toBe('returned')
    expect(await told('parCriterionReturned', score.id)).toEqual([...ids(member, colleague), ...ids(member, colleague)].sort())
    const others = await app.payload.count({
      collection: 'cchc-notifications',
      where: { and: [{ itemCollection: { equals: 'par-scores' } }, { recipient: { in: [otherUnit.user!.id, coordinator.user!.id, editor.user!.id] } }, { itemId: { equals: String(score.id) } }] },
    })
    expect(others.totalDocs).toBe(0)
  })

  it('a unit that muted the event is not told of it', async () => {
    await app.payload.update({ collection: 'users', id: colleague.user!.id, data: { notificationPreferences: { muted: ['parCriterionReturned'] } } as never, user: colleague.user, overrideAccess: false })
    await assign({ unit: member.unitId, codes: ['2.1'] })
    const score = await scoreOf('2.1')
    expect((await app.rest('PATCH', `/par-scores/${score.id}`, { token: member.token, body: { score: 1, scoreState: 'submitted' } })).status).toBe(200)
    expect((await app.rest('PATCH', `/par-scores/${score.id}`, { token: coordinator.token, body: { scoreState: 'returned', returnReason: 'Sai bước điểm.' } })).status).toBe(200)
    expect(await told('parCriterionReturned', score.id)).toEqual(ids(member))
  })

  it('a returned score duplicated for another criterion is a new assignment, not a return: the unit is told it is assigned, once', async () => {
    const source = await scoreOf('2.1')
    expect(source.scoreState).toBe('returned')
    const copy = await app.rest('POST', `/par-scores/${source.id}/duplicate`, { token: coordinator.token, body: { criterionCode: '2.2' } })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    expect(copy.body.doc).toMatchObject({ criterionCode: '2.2', scoreState: 'draft' })
    expect(await told('parCriterionReturned', copy.body.doc.id)).toEqual([])
    expect(await told('parCriterionAssigned', copy.body.doc.id)).toEqual(ids(member, colleague))
  })
})
