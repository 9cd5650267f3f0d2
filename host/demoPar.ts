import type { Payload } from 'payload'

import { actingAt } from '../src/requestContext.ts'

type Row = [code: string, name: string, maxScore: number, unit?: string, evidence?: string]

/**
 * A 2026 criteria set in the shape of a province's (seven domains, a few criteria each; the real
 * set is imported from the province's table, never hard-coded in the plugin), 80 points in all.
 * The fourth cell is the unit the demo assigns a scored criterion to.
 */
const rows: Row[] = [
  ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 10],
  ['1.1', 'Kế hoạch CCHC năm', 2],
  ['1.1.1', 'Ban hành kế hoạch CCHC năm kịp thời', 1, 'vhxh', 'Kế hoạch CCHC năm 2026 của UBND xã'],
  ['1.1.2', 'Mức độ hoàn thành kế hoạch CCHC', 1, 'vhxh', 'Báo cáo kết quả thực hiện kế hoạch'],
  ['1.2', 'Báo cáo CCHC định kỳ đầy đủ, đúng hạn', 2, 'vhxh', 'Các báo cáo quý, 6 tháng, năm'],
  ['1.3', 'Tuyên truyền cải cách hành chính', 3, 'ttdvsnc', 'Tin, bài trên Cổng thông tin; lịch phát thanh'],
  ['1.4', 'Kiểm tra công tác CCHC', 3, 'vhxh', 'Kế hoạch và báo cáo kiểm tra'],
  ['2', 'Cải cách thể chế', 8],
  ['2.1', 'Ban hành văn bản quy phạm pháp luật theo thẩm quyền', 3, 'vp-hdnd-ubnd', 'Danh mục văn bản ban hành'],
  ['2.2', 'Rà soát, hệ thống hóa văn bản', 2, 'vp-hdnd-ubnd', 'Báo cáo rà soát'],
  ['2.3', 'Theo dõi thi hành pháp luật', 3, 'vp-hdnd-ubnd', 'Kế hoạch, báo cáo theo dõi thi hành pháp luật'],
  ['3', 'Cải cách thủ tục hành chính', 20],
  ['3.1', 'Công khai thủ tục hành chính đầy đủ, đúng quy định', 5, 'ttpvhcc', 'Ảnh chụp nơi niêm yết; đường dẫn trên Cổng thông tin'],
  ['3.2', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 8, 'ttpvhcc', 'Số liệu từ Hệ thống thông tin giải quyết TTHC'],
  ['3.3', 'Tiếp nhận, xử lý phản ánh, kiến nghị của người dân', 3, 'mttq', 'Sổ theo dõi phản ánh, kiến nghị'],
  ['3.4', 'Thực hiện cơ chế một cửa, một cửa liên thông', 4, 'ttpvhcc', 'Quyết định ban hành quy chế hoạt động'],
  ['4', 'Cải cách tổ chức bộ máy hành chính nhà nước', 8],
  ['4.1', 'Thực hiện quy định về tổ chức bộ máy', 4, 'vp-hdnd-ubnd', 'Quyết định quy định chức năng, nhiệm vụ'],
  ['4.2', 'Thực hiện phân cấp, ủy quyền', 4, 'vp-hdnd-ubnd', 'Văn bản phân cấp, ủy quyền'],
  ['5', 'Cải cách chế độ công vụ', 12],
  ['5.1', 'Bố trí cán bộ, công chức theo vị trí việc làm', 4, 'vp-hdnd-ubnd', 'Đề án vị trí việc làm'],
  ['5.2', 'Đánh giá, xếp loại cán bộ, công chức', 4, 'vp-hdnd-ubnd', 'Kết quả đánh giá, xếp loại'],
  ['5.3', 'Kỷ luật, kỷ cương hành chính', 4, 'vp-hdnd-ubnd', 'Báo cáo kiểm tra công vụ'],
  ['6', 'Cải cách tài chính công', 8],
  ['6.1', 'Công khai dự toán, quyết toán ngân sách', 4, 'kinh-te', 'Quyết định công bố công khai ngân sách'],
  ['6.2', 'Thực hành tiết kiệm, chống lãng phí', 4, 'kinh-te', 'Báo cáo thực hành tiết kiệm'],
  ['7', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 14],
  ['7.1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 5, 'ttpvhcc', 'Số liệu trên Cổng Dịch vụ công'],
  ['7.2', 'Số hóa hồ sơ, kết quả giải quyết TTHC', 5, 'ttpvhcc', 'Số liệu số hóa'],
  ['7.3', 'Gửi, nhận văn bản điện tử', 4, 'ttdvsnc', 'Báo cáo từ hệ thống quản lý văn bản'],
]

/** Scores the units have entered so far: code → score, and how far each has gone. */
const entered: Record<string, { score: number; state: 'draft' | 'submitted' | 'accepted'; link?: string }> = {
  '1.1.1': { score: 1, state: 'accepted', link: 'https://thanhmien.haiphong.gov.vn/cai-cach-hanh-chinh' },
  '1.1.2': { score: 0.75, state: 'submitted' },
  '1.2': { score: 2, state: 'accepted', link: 'https://thanhmien.haiphong.gov.vn/cai-cach-hanh-chinh' },
  '1.3': { score: 2.5, state: 'submitted', link: 'https://thanhmien.haiphong.gov.vn/cai-cach-hanh-chinh' },
  '3.1': { score: 5, state: 'accepted', link: 'https://thanhmien.haiphong.gov.vn/cai-cach-hanh-chinh/thu-tuc-hanh-chinh' },
  '3.2': { score: 7.5, state: 'submitted' },
  '6.1': { score: 4, state: 'draft' },
  '7.1': { score: 3.5, state: 'draft', link: 'https://dichvucong.gov.vn' },
}

/**
 * Demo data for the PAR index self-assessment on an empty database: the 2026 criteria set, the
 * commune's 2026 assessment with every scored criterion assigned across the six units, partly
 * scored (some accepted, some submitted, some drafts, some without evidence).
 */
export const createDemoPar = async (payload: Payload): Promise<void> => {
  if ((await payload.count({ collection: 'par-criteria-sets' as 'units' })).totalDocs > 0) return
  const units = await payload.find({ collection: 'units', depth: 0, pagination: false, select: { code: true } })
  const unitId = new Map(units.docs.map((unit) => [unit.code, unit.id]))
  const at = actingAt(new Date('2026-10-15T02:00:00Z'))

  const set = await payload.create({
    collection: 'par-criteria-sets' as 'units',
    data: {
      year: 2026,
      title: 'Bộ tiêu chí xác định Chỉ số CCHC cấp xã năm 2026',
      issuedBy: 'Theo bộ tiêu chí của UBND thành phố (bản mẫu)',
      criteria: rows.map(([code, name, maxScore, , evidence]) => ({ code, name, maxScore, evidenceRequired: evidence ?? null })),
    } as never,
  })
  const assessment = await payload.create({
    collection: 'par-assessments' as 'units',
    data: {
      title: 'Tự đánh giá Chỉ số CCHC năm 2026 của xã',
      criteriaSet: set.id,
      unitDeadlines: [...new Set(rows.flatMap(([, , , unit]) => (unit ? [unit] : [])))].map((code) => ({ unit: unitId.get(code), deadline: '2026-11-20T00:00:00.000Z' })),
    } as never,
    context: at,
  })
  for (const [code, , , unit] of rows) {
    if (!unit) continue
    const score = entered[code]
    let doc = await payload.create({
      collection: 'par-scores' as 'units',
      data: {
        assessment: assessment.id,
        criterionCode: code,
        unit: unitId.get(unit),
        ...(score ? { score: score.score, evidenceLinks: score.link ? [{ url: score.link }] : [] } : {}),
      } as never,
      context: at,
    })
    if (score && score.state !== 'draft') doc = await payload.update({ collection: 'par-scores' as 'units', id: doc.id, data: { scoreState: 'submitted' } as never, context: at })
    if (score?.state === 'accepted') await payload.update({ collection: 'par-scores' as 'units', id: doc.id, data: { scoreState: 'accepted' } as never, context: at })
  }
  payload.logger.info('demo: the 2026 PAR index criteria set (7 domains) and the commune’s self-assessment, partly scored')
}
