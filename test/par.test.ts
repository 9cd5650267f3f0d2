/**
 * The PAR index self-assessment: criteria sets (tree sums, CSV import by row, frozen once used),
 * assessments, each unit's self-scores (assigned unit only, bounds, the coordinator's review, the
 * public none until published) through REST, GraphQL and the Local API with overrideAccess: false;
 * the computed summary and the export parsed back.
 */
import { initI18n } from '@payloadcms/translations'
import { parse } from 'csv-parse/sync'
import { renderToStaticMarkup } from 'react-dom/server'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeOwnerAndOthers } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'
import { makeImage, postInState } from './helpers/posts.ts'
import { ParProgress } from '../src/components/ParProgress.tsx'
import { resolveOptions } from '../src/options.ts'

type Who = 'anonymous' | 'owner' | 'otherContributor' | 'coordinator' | 'editor' | 'administrator'

let app: TestApp
let actors: Record<Who, Actor>
let paths: Path[]

const criteria = [
  { code: '1', name: 'Công tác chỉ đạo, điều hành', maxScore: 3 },
  { code: '1.1', name: 'Kế hoạch CCHC năm', maxScore: 1 },
  { code: '1.2', name: 'Báo cáo CCHC', maxScore: 2 },
  { code: '1.2.1', name: 'Đủ số lượng', maxScore: 1 },
  { code: '1.2.2', name: 'Đúng hạn', maxScore: 1 },
  { code: '2', name: 'Cải cách thể chế', maxScore: 2 },
  { code: '2.1', name: 'Rà soát văn bản', maxScore: 2, step: 0.5 },
]

let setId: number
let assessmentId: number
let lastYearId: number

beforeAll(async () => {
  app = await bootApp()
  actors = await makeOwnerAndOthers(app)
  paths = allPaths(app, {
    'par-criteria-sets': 'id year',
    'par-assessments': 'id year assessmentState',
    'par-scores': 'id criterionCode score scoreState unit { id }',
  })
  // A 2025 set and assessment to compare with.
  const last = await app.payload.create({ collection: 'par-criteria-sets', data: { year: 2025, title: 'Bộ tiêu chí 2025', criteria } as never })
  const lastAssessment = await app.payload.create({ collection: 'par-assessments', data: { title: '2025', criteriaSet: last.id } as never })
  await app.payload.create({ collection: 'par-scores', data: { assessment: lastAssessment.id, criterionCode: '1.1', unit: actors.owner.unitId, score: 0.5 } as never })
  lastYearId = lastAssessment.id as number

  const set = await app.payload.create({ collection: 'par-criteria-sets', data: { year: 2026, title: 'Bộ tiêu chí 2026', criteria } as never })
  setId = set.id as number
}, 240_000)
afterAll(() => app?.close())

describe('criteria sets', () => {
  it('are managed by the coordinator, editors and administrators, read by staff, not by the public', async () => {
    let year = 2040
    for (const path of paths) {
      for (const who of ['owner', 'anonymous'] as const) {
        const refused = await path.create('par-criteria-sets', actors[who], { year: year++, title: 'x', criteria: [] })
        expect(refused.ok, `${path.name} ${who} create`).toBe(false)
      }
      for (const who of ['coordinator', 'editor', 'administrator'] as const) {
        const made = await path.create('par-criteria-sets', actors[who], { year: year++, title: 'x', criteria: [] })
        expect(made.ok, `${path.name} ${who} create: ${made.error}`).toBe(true)
      }
      const seen = await path.find('par-criteria-sets', actors.owner, { year: { equals: 2026 } })
      expect(seen.docs?.length, `${path.name} owner reads`).toBe(1)
      const hidden = await path.find('par-criteria-sets', actors.anonymous)
      expect(hidden.docs?.length ?? 0, `${path.name} anonymous reads`).toBe(0)
    }
  })

  it('refuse children that do not add up to their parent with a 400 naming the field', async () => {
    const wrong = criteria.map((c) => (c.code === '1.2.2' ? { ...c, maxScore: 0.5 } : c))
    const reply = await app.rest('POST', '/par-criteria-sets', { token: actors.coordinator.token, body: { year: 2031, title: 'Sai', criteria: wrong } })
    expect(reply.status).toBe(400)
    const error = reply.body.errors[0].data.errors[0]
    expect(error.path).toBe('criteria.2.maxScore')
    expect(error.message).toContain('1,5'.replace(',', '.'))
    const count = await app.payload.count({ collection: 'par-criteria-sets', where: { year: { equals: 2031 } } })
    expect(count.totalDocs).toBe(0)
  })

  it('import from CSV all or nothing, with errors by row and column', async () => {
    const made = await app.payload.create({ collection: 'par-criteria-sets', data: { year: 2032, title: 'Nhập', criteria: [] } as never })
    const bad = 'Mã;Tiêu chí;Điểm tối đa\n1;Chỉ đạo;2\n1.1;Kế hoạch;abc\n1.2;;1\n'
    const refused = await app.rest('POST', `/par-criteria-sets/${made.id}/import`, {
      token: actors.coordinator.token,
      body: undefined,
      headers: { 'Content-Type': 'text/csv' },
    })
    expect(refused.status).toBe(400)
    const badReply = await importCsv(made.id, bad, actors.coordinator)
    expect(badReply.status).toBe(400)
    expect(badReply.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'file', row: 3, column: 'Điểm tối đa' }),
      expect.objectContaining({ path: 'file', row: 4, column: 'Tiêu chí' }),
    ])
    expect(((await app.payload.findByID({ collection: 'par-criteria-sets', id: made.id })) as any).criteria).toEqual([])

    const forbidden = await importCsv(made.id, 'Mã;Tiêu chí;Điểm tối đa\n1;Chỉ đạo;2\n', actors.owner)
    expect(forbidden.status).toBe(403)

    const good = await importCsv(made.id, '\uFEFFMã;Tiêu chí;Điểm tối đa;Tài liệu kiểm chứng\n1;Chỉ đạo;2\n1.1;Kế hoạch;1,5;Kế hoạch CCHC\n1.2;Báo cáo;0,5;\n', actors.coordinator)
    expect(good.status, JSON.stringify(good.body)).toBe(200)
    expect(good.body.imported).toBe(3)
    const stored = (await app.payload.findByID({ collection: 'par-criteria-sets', id: made.id })) as any
    expect(stored.criteria.map((c: any) => [c.code, c.maxScore, c.evidenceRequired ?? null])).toEqual([
      ['1', 2, null],
      ['1.1', 1.5, 'Kế hoạch CCHC'],
      ['1.2', 0.5, null],
    ])
  })
})

const importCsv = (id: number | string, csv: string, actor: Actor) => {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'tieu-chi.csv')
  return app.rest('POST', `/par-criteria-sets/${id}/import`, { token: actor.token, body: form })
}

describe('an assessment', () => {
  it('is opened by the coordinator and freezes its criteria set on every path', async () => {
    const refused = await app.rest('POST', '/par-assessments', { token: actors.owner.token, body: { title: 'x', criteriaSet: setId } })
    expect(refused.status).toBe(403)
    const made = await app.rest('POST', '/par-assessments', { token: actors.coordinator.token, body: { title: 'Tự đánh giá 2026', criteriaSet: setId } })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.doc).toMatchObject({ year: 2026, assessmentState: 'open' })
    assessmentId = made.body.doc.id
    for (const path of paths) {
      const frozen = await path.update('par-criteria-sets', actors.coordinator, setId, { title: 'Đổi tên' })
      expect(frozen.ok, `${path.name} update a set in use`).toBe(false)
      expect(frozen.error, path.name).toContain('kỳ tự đánh giá')
    }
    expect(((await app.payload.findByID({ collection: 'par-criteria-sets', id: setId })) as any).title).toBe('Bộ tiêu chí 2026')
  })

  it('is not opened, changed or deleted by a unit on any path', async () => {
    for (const path of paths) {
      expect((await path.create('par-assessments', actors.owner, { title: 'x', criteriaSet: setId })).ok, path.name).toBe(false)
      expect((await path.update('par-assessments', actors.owner, assessmentId, { title: 'y' })).ok, path.name).toBe(false)
      expect((await path.remove('par-assessments', actors.owner, assessmentId)).ok, path.name).toBe(false)
      expect((await path.find('par-assessments', actors.owner)).docs?.length, `${path.name} staff read`).toBe(2)
    }
  })

  it('assigns criteria by domain to units', async () => {
    const byOwner = await app.rest('POST', `/par-assessments/${assessmentId}/assign`, { token: actors.owner.token, body: { unit: actors.owner.unitId, domain: '1' } })
    expect(byOwner.status).toBe(403)
    const one = await app.rest('POST', `/par-assessments/${assessmentId}/assign`, { token: actors.coordinator.token, body: { unit: actors.owner.unitId, domain: '1' } })
    expect(one.status, JSON.stringify(one.body)).toBe(200)
    expect(one.body.assigned).toBe(3)
    const two = await app.rest('POST', `/par-assessments/${assessmentId}/assign`, { token: actors.coordinator.token, body: { unit: actors.otherContributor.unitId, domain: '2' } })
    expect(two.body.assigned).toBe(1)
    const notALeaf = await app.rest('POST', `/par-assessments/${assessmentId}/assign`, { token: actors.coordinator.token, body: { unit: actors.owner.unitId, codes: ['2.1', '1.2'] } })
    expect(notALeaf.status).toBe(400)
    expect(notALeaf.body.errors[0].data.errors[0].path).toBe('criterionCode')
    // One transaction: 2.1, moved before 1.2 was refused, stays with its unit (below).
    const scores = await app.payload.find({ collection: 'par-scores', where: { assessment: { equals: assessmentId } }, sort: 'criterionCode', depth: 0 })
    expect(scores.docs.map((s: any) => [s.criterionCode, s.unit, s.maxScore])).toEqual([
      ['1.1', actors.owner.unitId, 1],
      ['1.2.1', actors.owner.unitId, 1],
      ['1.2.2', actors.owner.unitId, 1],
      ['2.1', actors.otherContributor.unitId, 2],
    ])
  })
})

describe('two assignments at once', () => {
  it('run one after the other and leave one row per criterion', async () => {
    const assign = (unit: unknown) =>
      app.rest('POST', `/par-assessments/${lastYearId}/assign`, { token: actors.coordinator.token, body: { unit, domain: '2' } })
    const replies = await Promise.all([assign(actors.owner.unitId), assign(actors.otherContributor.unitId)])
    // Both succeed, one after the other: the second moves the row the first made.
    for (const reply of replies) expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const rows = await app.payload.find({ collection: 'par-scores', where: { and: [{ assessment: { equals: lastYearId } }, { criterionCode: { equals: '2.1' } }] } })
    expect(rows.totalDocs).toBe(1)
  })
})

const scoreOf = async (code: string) =>
  (await app.payload.find({ collection: 'par-scores', where: { and: [{ assessment: { equals: assessmentId } }, { criterionCode: { equals: code } }] }, depth: 0 })).docs[0] as any

describe('self-scores', () => {
  it('are seen by the assigned unit, the coordinator, editors and administrators, and not the public', async () => {
    const where = { assessment: { equals: assessmentId } }
    for (const path of paths) {
      const codes = async (who: Who) => ((await path.find('par-scores', actors[who], where)).docs ?? []).map((d: any) => d.criterionCode).sort()
      expect(await codes('owner'), path.name).toEqual(['1.1', '1.2.1', '1.2.2'])
      expect(await codes('otherContributor'), path.name).toEqual(['2.1'])
      for (const who of ['coordinator', 'editor', 'administrator'] as const) expect((await codes(who)).length, `${path.name} ${who}`).toBe(4)
      expect(await codes('anonymous'), path.name).toEqual([])
    }
  })

  it('are scored by the assigned unit only, within 0 and the maximum in whole steps', async () => {
    const own = await scoreOf('1.1')
    const other = await scoreOf('2.1')
    for (const path of paths) {
      expect((await path.update('par-scores', actors.otherContributor, own.id, { score: 0.5 })).ok, `${path.name} other unit`).toBe(false)
      const over = await path.update('par-scores', actors.owner, own.id, { score: 1.25 })
      expect(over.ok, `${path.name} over max`).toBe(false)
      expect(over.error, path.name).toContain('score')
      const offStep = await path.update('par-scores', actors.otherContributor, other.id, { score: 0.75 })
      expect(offStep.ok, `${path.name} off step`).toBe(false)
      const fine = await path.update('par-scores', actors.owner, own.id, { score: 0.75 })
      expect(fine.ok, `${path.name} own: ${fine.error}`).toBe(true)
    }
    const rest = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { score: 5 } })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].data.errors[0]).toMatchObject({ path: 'score', message: 'Điểm phải từ 0 đến 1.' })
    const english = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { score: 5 }, headers: { 'Accept-Language': 'en' } })
    expect(english.body.errors[0].data.errors[0]).toMatchObject({ path: 'score', message: 'The score must be from 0 to 1.' })
    // A unit cannot score against another criterion's maximum by naming it.
    const spoofed = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { criterionCode: '2.1', score: 2 } })
    expect(spoofed.status).toBe(400)
    expect(spoofed.body.errors[0].data.errors[0].path).toBe('score')
    // A unit cannot move its criterion to another unit.
    await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { unit: actors.otherContributor.unitId } })
    expect((await scoreOf('1.1')).unit).toBe(actors.owner.unitId)
    expect((await scoreOf('1.1')).score).toBe(0.75)
  })

  it('take internal files as evidence, never public ones', async () => {
    const own = await scoreOf('1.2.1')
    const publicImage = await makeImage(app, 'Ảnh công khai', actors.owner.unitId)
    const refused = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { evidenceFiles: [publicImage.id] } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('evidenceFiles')
    const internal = await app.payload.update({ collection: 'cchc-media', id: publicImage.id, data: { internal: true } as never })
    const taken = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { evidenceFiles: [internal.id] } })
    expect(taken.status, JSON.stringify(taken.body)).toBe(200)
    // Back to none: the summary below counts 1.2.1 as scored without evidence.
    await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { evidenceFiles: [] } })
  })

  it('are submitted by the unit, accepted or returned with a reason by the coordinator', async () => {
    const own = await scoreOf('1.1')
    const post = await postInState(app, actors.owner.unitId!, 'published', { title: 'Tuyên truyền kế hoạch CCHC 2026' })
    const evidence = await app.rest('PATCH', `/par-scores/${own.id}`, {
      token: actors.owner.token,
      body: { evidenceLinks: [{ url: 'https://thanhmien.example/kh-cchc-2026.pdf' }], evidencePosts: [{ relationTo: 'cchc-posts', value: post.id }] },
    })
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(200)
    const acceptEarly = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.coordinator.token, body: { scoreState: 'accepted' } })
    expect(acceptEarly.status).toBe(400)
    const byCoordinator = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.coordinator.token, body: { scoreState: 'submitted' } })
    expect(byCoordinator.status).toBe(403)
    const submitted = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { scoreState: 'submitted' } })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    // Submitted: the unit no longer changes it.
    expect((await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { score: 1 } })).status).toBe(403)
    const selfAccept = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { scoreState: 'accepted' } })
    expect(selfAccept.status).toBe(403)
    const noReason = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.coordinator.token, body: { scoreState: 'returned' } })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].data.errors[0].path).toBe('returnReason')
    const returned = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.coordinator.token, body: { scoreState: 'returned', returnReason: 'Thiếu kế hoạch đã ký.' } })
    expect(returned.status).toBe(200)
    expect((await app.rest('GET', `/par-scores/${own.id}`, { token: actors.owner.token })).body.returnReason).toBe('Thiếu kế hoạch đã ký.')
    const resubmitted = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { score: 1, scoreState: 'submitted' } })
    expect(resubmitted.status).toBe(200)
    // The reason belongs to the return: submitted again, it is gone from the record, kept in the audit log.
    expect(resubmitted.body.doc.returnReason).toBeNull()
    const audit = await app.payload.find({
      collection: 'cchc-audit-log' as 'units',
      where: { and: [{ collection: { equals: 'par-scores' } }, { documentId: { equals: String(own.id) } }] },
      sort: '-createdAt',
      depth: 0,
    })
    expect((audit.docs[0] as any).details.returnReason).toEqual({ from: 'Thiếu kế hoạch đã ký.', to: null })
    // Returned again, sent again and accepted: the reason is gone once accepted too.
    const again = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.coordinator.token, body: { scoreState: 'returned', returnReason: 'Ghi rõ số văn bản.' } })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect((await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { scoreState: 'submitted' } })).status).toBe(200)
    const accepted = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.coordinator.token, body: { scoreState: 'accepted', score: 0 } })
    expect(accepted.status).toBe(200)
    expect(accepted.body.doc.returnReason).toBeNull()
    // The coordinator's score change is not the unit's score: the unit's stays.
    expect(await scoreOf('1.1')).toMatchObject({ scoreState: 'accepted', score: 1 })

    const two = await scoreOf('1.2.1')
    await app.payload.update({ collection: 'par-scores', id: two.id, data: { score: 0.5 } as never, user: actors.owner.user, overrideAccess: false })
    const other = await scoreOf('2.1')
    await app.payload.update({ collection: 'par-scores', id: other.id, data: { score: 1.5 } as never, user: actors.otherContributor.user, overrideAccess: false })
  })
})

describe('the summary, publication and export', () => {
  it('adds up by domain and overall, shows progress per unit, missing evidence and the previous year', async () => {
    // Far from today either way: the owner's day has passed with a criterion not sent, the other's has not come.
    const deadlines = await app.rest('PATCH', `/par-assessments/${assessmentId}`, {
      token: actors.coordinator.token,
      body: { unitDeadlines: [{ unit: actors.owner.unitId, deadline: '2001-01-10T05:00:00.000Z' }, { unit: actors.otherContributor.unitId, deadline: '2099-12-31T05:00:00.000Z' }] },
    })
    expect(deadlines.status, JSON.stringify(deadlines.body)).toBe(200)
    const forbidden = await app.rest('GET', `/par-assessments/${assessmentId}/summary`, { token: actors.owner.token })
    expect(forbidden.status).toBe(404)
    const reply = await app.rest('GET', `/par-assessments/${assessmentId}/summary`, { token: actors.coordinator.token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const summary = reply.body
    expect(summary.overall).toMatchObject({ max: 5, selfScore: 3, accepted: 1, appraised: null })
    expect(summary.domains.map((d: any) => [d.code, d.max, d.selfScore])).toEqual([['1', 3, 1.5], ['2', 2, 1.5]])
    expect(summary.units).toEqual(
      expect.arrayContaining([
        { unit: actors.owner.unitId, assigned: 3, scored: 2, withEvidence: 1, submitted: 1, accepted: 1, deadline: '2001-01-10', overdue: true },
        { unit: actors.otherContributor.unitId, assigned: 1, scored: 1, withEvidence: 0, submitted: 0, accepted: 0, deadline: '2099-12-31', overdue: false },
      ]),
    )
    expect(summary.missingEvidence.sort()).toEqual(['1.2.1', '2.1'])
    expect(summary.previous).toMatchObject({ year: 2025, change: 2.5 })
  })

  it('is on the coordinator’s dashboard, by unit, and not on a unit’s', async () => {
    const i18n = await initI18n({ config: app.payload.config.i18n, context: 'client', language: 'vi' })
    const options = resolveOptions()
    const render = async (actor: Actor) => {
      const element = await ParProgress({ i18n, options, payload: app.payload, user: actor.user } as never)
      return element ? renderToStaticMarkup(element) : null
    }
    expect(await render(actors.owner)).toBeNull()
    const html = (await render(actors.coordinator))!
    expect(html).toContain('Tự đánh giá 2026')
    expect(html).toContain('tự chấm 3/5 điểm')
    expect(html).toContain('quá hạn')
    expect(html).toContain(`/par-assessments/${assessmentId}/export?format=csv`)
    expect(html).toContain('2 tiêu chí đã chấm chưa có tài liệu kiểm chứng')
  })

  it('keeps the result from the public until the coordinator publishes it after sending it', async () => {
    const firstOwn = await scoreOf('1.1')
    const appraisedEarly = await app.rest('PATCH', `/par-scores/${firstOwn.id}`, { token: actors.coordinator.token, body: { appraisalScore: 0.75 } })
    expect(appraisedEarly.status).toBe(400)
    expect(appraisedEarly.body.errors[0].data.errors[0].path).toBe('appraisalScore')
    const early = await app.rest('PATCH', `/par-assessments/${assessmentId}`, { token: actors.coordinator.token, body: { resultPublished: true } })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].data.errors[0].path).toBe('resultPublished')
    const sent = await app.rest('PATCH', `/par-assessments/${assessmentId}`, { token: actors.coordinator.token, body: { assessmentState: 'submitted' } })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    // Sent: the unit's scores are closed.
    const two = await scoreOf('1.2.2')
    const closed = await app.rest('PATCH', `/par-scores/${two.id}`, { token: actors.owner.token, body: { score: 1 } })
    expect(closed.status).toBe(400)
    // The province's appraisal beside the self-score.
    const own = await scoreOf('1.1')
    const appraised = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.coordinator.token, body: { appraisalScore: 0.75 } })
    expect(appraised.status).toBe(200)
    const byUnit = await app.rest('PATCH', `/par-scores/${own.id}`, { token: actors.owner.token, body: { appraisalScore: 1 } })
    expect(byUnit.status).not.toBe(200)
    for (const path of paths) {
      expect((await path.find('par-assessments', actors.anonymous)).docs?.length ?? 0, path.name).toBe(0)
    }
    const published = await app.rest('PATCH', `/par-assessments/${assessmentId}`, { token: actors.coordinator.token, body: { resultPublished: true } })
    expect(published.status).toBe(200)
    for (const path of paths) {
      expect((await path.find('par-assessments', actors.anonymous)).docs?.map((d: any) => d.year), path.name).toEqual([2026])
      expect((await path.find('par-scores', actors.anonymous)).docs?.length, path.name).toBe(4)
    }
    // The public sees the result, not the coordinator's review notes.
    const publicScores = await app.rest('GET', `/par-scores?where[criterionCode][equals]=1.1`)
    expect(publicScores.body.docs[0]).toMatchObject({ score: 1, appraisalScore: 0.75 })
    expect(publicScores.body.docs[0].returnReason).toBeUndefined()
    const staffScores = await app.rest('GET', `/par-scores?where[criterionCode][equals]=1.1&where[assessment][equals]=${assessmentId}`, { token: actors.owner.token })
    // Staff read the field (cleared once the score was accepted; the audit log keeps the reasons).
    expect(staffScores.body.docs[0].returnReason).toBeNull()
    const summary = await app.rest('GET', `/par-assessments/${assessmentId}/summary`)
    expect(summary.status).toBe(200)
    expect(summary.body.overall).toMatchObject({ selfScore: 3, appraised: 0.75, difference: -0.25 })
    // Each criterion's appraisal beside its self-score.
    expect(summary.body.table.find((row: any) => row.code === '1.1')).toMatchObject({ max: 1, selfScore: 1, appraisalScore: 0.75, difference: -0.25 })
    expect(summary.body.table.find((row: any) => row.code === '1.1').evidence).toBeUndefined()
  })

  it('exports the table as CSV that parses back, and as a printable page', async () => {
    expect((await app.rest('GET', `/par-assessments/${assessmentId}/export`, { token: actors.owner.token })).status).toBe(403)
    // The raw bytes: a text() reading drops the byte-order mark Excel needs.
    const csv = await handleEndpoints({
      config: app.config,
      request: new Request(`http://localhost:3000/api/par-assessments/${assessmentId}/export?format=csv`, { headers: { Authorization: `JWT ${actors.coordinator.token}` } }),
    })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = parse(new TextDecoder().decode(bytes)) as string[][]
    expect(header![0]).toBe('Mã')
    expect(rows.map((r) => [r[0], r[2], r[4], r[8], r[9]])).toEqual([
      ['1', '3', '1,5', '0,75', '-0,25'],
      ['1.1', '1', '1', '0,75', '-0,25'],
      ['1.2', '2', '0,5', '', ''],
      ['1.2.1', '1', '0,5', '', ''],
      ['1.2.2', '1', '', '', ''],
      ['2', '2', '1,5', '', ''],
      ['2.1', '2', '1,5', '', ''],
    ])
    expect(rows[1]![7]).toBe('Tuyên truyền kế hoạch CCHC 2026\nhttps://thanhmien.example/kh-cchc-2026.pdf')
    const html = await app.rest('GET', `/par-assessments/${assessmentId}/export?format=html`, { token: actors.coordinator.token })
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(html.body).toContain('Kế hoạch CCHC năm')
    expect(html.body).toContain('<td>Tổng điểm</td><td>5</td>')
    const bad = await app.rest('GET', `/par-assessments/${assessmentId}/export?format=xlsx`, { token: actors.coordinator.token })
    expect(bad.status).toBe(400)
  })
})
