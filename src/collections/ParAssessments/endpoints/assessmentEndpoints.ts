import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, NotFound, UnauthorizedError } from 'payload'
import { z } from 'zod'

import type { ResolvedOptions } from '../../../options.ts'

import { type Criterion, isWithin, leafCodes } from '../../../lib/parCriteria.ts'
import { exportCells, exportHeader, exportHtml, exportRows, type ExportScore } from '../../../lib/parExport.ts'
import { idOf } from '../../../lib/relationId.ts'
import { spreadsheetCsv } from '../../../lib/spreadsheetCsv.ts'
import { readParameters } from '../../../requestParameters.ts'
import { type AssessmentDoc, assessmentSummary, loadScores, managesPar, type StoredScore } from '../../../services/parSummary.ts'
import { t } from '../../../translations/translate.ts'

/** The assessment as the caller may read it: a 404 for one it may not. */
const readAssessment = async (req: PayloadRequest, options: ResolvedOptions): Promise<AssessmentDoc> => {
  const id = req.routeParams?.id as string
  return (await req.payload.findByID({ collection: options.slugs.parAssessments, id, depth: 0, overrideAccess: false, req })) as unknown as AssessmentDoc
}

const requireManager = async (req: PayloadRequest, options: ResolvedOptions) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  if (!(await managesPar(req, options))) throw new APIError(t(req, 'parForbidden'), 403, null, true)
}

const assignBody = z
  .object({
    unit: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]),
    domain: z.string().regex(/^[1-9]\d*$/).optional(),
    codes: z.array(z.string().min(1).max(30)).max(1000).optional(),
  })
  .strict()

/**
 * POST /api/par-assessments/:id/assign `{ unit, domain? | codes? }`: assigns every scored
 * criterion of a domain (or the codes given, or the whole set) to a unit, creating the score rows
 * that do not exist and moving those that do. Coordinator, editors and administrators.
 */
export const assignCriteriaEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/assign',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    await requireManager(req, options)
    const assessment = await readAssessment(req, options)
    const body = readParameters(req, assignBody, req.json ? await req.json().catch(() => null) : null, 'parAssignHint')
    const set = (await req.payload.findByID({ collection: options.slugs.parCriteriaSets, id: idOf(assessment.criteriaSet)!, depth: 0, overrideAccess: true, req })) as {
      criteria?: Criterion[]
    }
    const leaves = leafCodes(set.criteria ?? [])
    const targets = body.codes ?? leaves.filter((code) => body.domain === undefined || isWithin(code, body.domain))
    const scores = await loadScores(req, options, assessment.id)
    const existing = new Map(scores.map((score) => [score.criterionCode, score.id]))
    // One by one through the collection, in this request's transaction: a code that is not a leaf is refused by the hook and nothing is written.
    for (const code of targets) {
      const id = existing.get(code)
      if (id !== undefined) {
        await req.payload.update({ collection: options.slugs.parScores, id, data: { unit: body.unit }, depth: 0, overrideAccess: false, req })
      } else {
        await req.payload.create({
          collection: options.slugs.parScores,
          data: { assessment: assessment.id, criterionCode: code, unit: body.unit },
          depth: 0,
          overrideAccess: false,
          req,
        })
      }
    }
    return Response.json({ message: t(req, 'parAssigned', { count: targets.length }), assigned: targets.length })
  },
})

/**
 * GET /api/par-assessments/:id/summary: totals by domain and overall, progress per unit, missing
 * evidence, the previous year. The coordinator, editors and administrators any time; other
 * readers once the result is published.
 */
export const summaryEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/summary',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const assessment = await readAssessment(req, options)
    if (!assessment.resultPublished && !(await managesPar(req, options))) throw new NotFound(req.t)
    const { summary } = await assessmentSummary(req, options, assessment)
    return Response.json({ id: assessment.id, year: assessment.year, assessmentState: assessment.assessmentState, ...summary })
  },
})

const exportQuery = z.object({ format: z.enum(['csv', 'html']).default('csv') })

const nameOf = (value: unknown, key: 'filename' | 'name' | 'title'): string =>
  typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[key] === 'string' ? ((value as Record<string, string>)[key] ?? '') : ''

const exportScoreOf = (score: StoredScore): ExportScore => ({
  code: score.criterionCode,
  unitName: nameOf(score.unit, 'name'),
  score: score.score ?? null,
  state: score.scoreState ?? 'draft',
  explanation: score.explanation ?? '',
  evidence: [
    ...(score.evidenceFiles ?? []).map((file) => nameOf(file, 'filename')),
    ...(score.evidencePosts ?? []).map((post) => nameOf(post, 'title')),
    ...(score.evidenceLinks ?? []).map((link) => link.url ?? ''),
  ].filter(Boolean),
  appraisalScore: score.appraisalScore ?? null,
})

/**
 * GET /api/par-assessments/:id/export?format=csv|html: the whole assessment in the province's
 * table layout, as a spreadsheet (UTF-8 with BOM) or a printable page. Coordinator, editors and administrators.
 */
export const exportEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/export',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    await requireManager(req, options)
    const { format } = readParameters(req, exportQuery, req.query, 'parExportHint')
    const assessment = await readAssessment(req, options)
    const { criteria, summary } = await assessmentSummary(req, options, assessment)
    const rows = exportRows(criteria, (await loadScores(req, options, assessment.id, 1)).map(exportScoreOf))
    const name = `chi-so-cchc-${assessment.year}`
    if (format === 'html') {
      const title = assessment.title || `Kết quả tự đánh giá Chỉ số CCHC năm ${assessment.year}`
      return new Response(exportHtml(title, rows, summary.overall), { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    }
    return new Response(spreadsheetCsv(exportHeader, rows.map(exportCells)), {
      status: 200,
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
    })
  },
})
