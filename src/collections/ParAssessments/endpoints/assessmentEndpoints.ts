import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, NotFound, UnauthorizedError } from 'payload'
import { z } from 'zod'

import type { ResolvedOptions } from '../../../options.ts'

import { exportCells, exportHeader, exportHtml, exportRows, type ExportScore } from '../../../lib/parExport.ts'
import { spreadsheetCsv } from '../../../lib/spreadsheetCsv.ts'
import { nowOf } from '../../../requestContext.ts'
import { readParameters } from '../../../requestParameters.ts'
import { inTransaction } from '../../../services/inTransaction.ts'
import { assignCriteria } from '../../../services/parAssignment.ts'
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
    if (assessment.assessmentState !== 'open') throw new APIError(t(req, 'parAssessmentClosed'), 400, null, true)
    // One transaction for the whole assignment: a refused code leaves every row as it was.
    const assigned = await inTransaction(req, () => assignCriteria(req, options, assessment, body.unit, { domain: body.domain, codes: body.codes }))
    return Response.json({ message: t(req, 'parAssigned', { count: assigned }), assigned })
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
    const { criteria, scores, summary } = await assessmentSummary(req, options, assessment, nowOf(req.context))
    // Each criterion's self-score beside the province's, with the difference (no evidence: the export has it).
    const table = exportRows(criteria, scores.map(exportScoreOf)).map(({ evidence: _evidence, explanation: _explanation, unitName: _unitName, ...row }) => row)
    return Response.json({ id: assessment.id, year: assessment.year, assessmentState: assessment.assessmentState, ...summary, table })
  },
})

const exportQuery = z.object({ format: z.enum(['csv', 'html']).default('csv') })

const nameOf = (value: unknown, key: 'filename' | 'name' | 'number' | 'title'): string => {
  // A document of a relationship to several collections comes as { relationTo, value }.
  const doc = typeof value === 'object' && value !== null && 'relationTo' in value && 'value' in value ? value.value : value
  const name = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>)[key] : undefined
  return typeof name === 'string' ? name : ''
}

const exportScoreOf = (score: StoredScore): ExportScore => ({
  code: score.criterionCode,
  unitName: nameOf(score.unit, 'name'),
  score: score.score ?? null,
  state: score.scoreState ?? 'draft',
  explanation: score.explanation ?? '',
  evidence: [
    ...(score.evidenceFiles ?? []).map((file) => nameOf(file, 'filename')),
    // A post by its title, a decision by its number.
    ...(score.evidencePosts ?? []).map((post) => nameOf(post, 'title') || nameOf(post, 'number')),
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
    const { criteria, summary } = await assessmentSummary(req, options, assessment, nowOf(req.context))
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
