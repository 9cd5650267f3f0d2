/**
 * The assessment as the province's table lays it out: every criterion in the set's order with its
 * maximum, the self-score (a parent's is the sum of its scored children), the unit, the evidence,
 * the appraisal and the difference. One list of rows feeds the CSV and the printable HTML.
 */
import { type Criterion, isWithin, leafCodes } from './parCriteria.ts'

export type ExportScore = {
  code: string
  unitName: string
  score: null | number
  state: string
  explanation: string
  evidence: string[]
  appraisalScore: null | number
}

export type ExportRow = {
  code: string
  name: string
  depth: number
  max: number
  unitName: string
  selfScore: null | number
  state: string
  explanation: string
  evidence: string[]
  appraisalScore: null | number
  difference: null | number
}

const add = (a: number, b: number) => Math.round(a * 100 + b * 100) / 100
const sumOf = (values: (null | number)[]) => {
  const present = values.filter((value): value is number => value !== null)
  return present.length === 0 ? null : present.reduce(add, 0)
}

export const exportRows = (criteria: readonly Criterion[], scores: readonly ExportScore[]): ExportRow[] => {
  const leaves = new Set(leafCodes(criteria))
  const byCode = new Map(scores.map((score) => [score.code, score]))
  return criteria.map((criterion) => {
    const base = { code: criterion.code, name: criterion.name, depth: criterion.code.split('.').length - 1, max: criterion.maxScore }
    const within = [...leaves].filter((code) => isWithin(code, criterion.code)).map((code) => byCode.get(code))
    const selfScore = sumOf(within.map((score) => score?.score ?? null))
    const appraisalScore = sumOf(within.map((score) => score?.appraisalScore ?? null))
    const own = leaves.has(criterion.code) ? byCode.get(criterion.code) : undefined
    const appraisedSelf = sumOf(within.filter((score) => score?.appraisalScore != null).map((score) => score?.score ?? 0))
    return {
      ...base,
      unitName: own?.unitName ?? '',
      selfScore,
      state: own?.state ?? '',
      explanation: own?.explanation ?? '',
      evidence: own?.evidence ?? [],
      appraisalScore,
      difference: appraisalScore === null ? null : add(appraisalScore, -(appraisedSelf ?? 0)),
    }
  })
}

/** Column headers of the export, Vietnamese as the province's form has them. */
export const exportHeader = ['Mã', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Đơn vị thực hiện', 'Điểm tự đánh giá', 'Trạng thái', 'Giải trình', 'Tài liệu kiểm chứng', 'Điểm thẩm định', 'Chênh lệch']

const number = (value: null | number) => (value === null ? '' : String(value).replace('.', ','))

export const exportCells = (row: ExportRow): string[] => [
  row.code,
  row.name,
  number(row.max),
  row.unitName,
  number(row.selfScore),
  row.state,
  row.explanation,
  row.evidence.join('\n'),
  number(row.appraisalScore),
  number(row.difference),
]

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A page that prints as the province's table (A4 landscape), totals last. */
export const exportHtml = (title: string, rows: readonly ExportRow[], total: { max: number; selfScore: number; appraised: null | number }): string => {
  const head = exportHeader.filter((h) => h !== 'Trạng thái' && h !== 'Giải trình')
  const body = rows
    .map((row) => {
      const strong = row.depth === 0 ? ' style="font-weight:bold"' : ''
      const cells = [
        row.code,
        row.name,
        number(row.max),
        row.unitName,
        number(row.selfScore),
        row.evidence.map(escapeHtml).join('<br>'),
        number(row.appraisalScore),
        number(row.difference),
      ]
      return `<tr${strong}>${cells.map((cell, i) => `<td>${i === 5 ? cell : escapeHtml(cell)}</td>`).join('')}</tr>`
    })
    .join('\n')
  const totals = `<tr style="font-weight:bold"><td></td><td>Tổng điểm</td><td>${number(total.max)}</td><td></td><td>${number(total.selfScore)}</td><td></td><td>${number(total.appraised)}</td><td></td></tr>`
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>@page{size:A4 landscape;margin:12mm}body{font-family:"Times New Roman",serif;font-size:12pt}table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:3px 5px;vertical-align:top}th{background:#eee}td:nth-child(3),td:nth-child(5),td:nth-child(7),td:nth-child(8){text-align:right}</style>
</head><body><h1 style="font-size:14pt;text-align:center">${escapeHtml(title)}</h1>
<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${body}
${totals}
</tbody></table></body></html>`
}
