import type { Payload } from 'payload'

/**
 * A few commune-level procedures with their codes and names as the national database
 * (csdl.dichvucong.gov.vn) publishes them. A partly online service states why (Nghị định 224/2026).
 */
const annex = [
  { code: '1.001193', name: 'Đăng ký khai sinh', sector: 'Hộ tịch', onlineLevel: 'toan_trinh' },
  { code: '1.001022', name: 'Đăng ký nhận cha, mẹ, con', sector: 'Hộ tịch', onlineLevel: 'mot_phan', partialReason: 'Người nhận và người được nhận là cha, mẹ, con phải có mặt khi đăng ký.' },
  { code: '1.000894', name: 'Đăng ký kết hôn', sector: 'Hộ tịch', onlineLevel: 'mot_phan', partialReason: 'Hai bên nam, nữ phải có mặt khi trao Giấy chứng nhận kết hôn.' },
  { code: '1.000656', name: 'Đăng ký khai tử', sector: 'Hộ tịch', onlineLevel: 'toan_trinh' },
  {
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    sector: 'Bảo trợ xã hội',
    onlineLevel: 'mot_phan',
    partialReason: 'Hội đồng xác định mức độ khuyết tật phải quan sát, phỏng vấn trực tiếp người khuyết tật.',
  },
  {
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    sector: 'Bảo trợ xã hội',
    onlineLevel: 'mot_phan',
    partialReason: 'Hồ sơ được xét duyệt, niêm yết công khai tại thôn, tổ dân phố trước khi quyết định.',
  },
] as const

/**
 * Demo data for the procedures section on an empty database: a published decision whose items
 * create the procedures (so they carry its history), and a draft decision amending one of them.
 */
export const createDemoProcedures = async (payload: Payload): Promise<void> => {
  if ((await payload.count({ collection: 'procedure-announcements' as 'units' })).totalDocs > 0) return
  const decision = {
    issuer: 'UBND thành phố Hải Phòng',
    signer: 'Chủ tịch UBND thành phố',
    signedAt: '2026-06-20T12:00:00.000Z',
    effectiveDate: '2026-07-01T12:00:00.000Z',
  }
  await payload.create({
    collection: 'procedure-announcements' as 'units',
    data: {
      ...decision,
      number: '1520/QĐ-UBND',
      summary: 'Công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của UBND cấp xã',
      items: annex.map(({ code, ...data }) => ({
        kind: 'new',
        code,
        data: { ...data, level: 'commune', agency: 'UBND xã Thanh Miện', channels: ['in_person', 'online', 'postal'] },
      })),
      _status: 'published',
    } as never,
  })
  await payload.create({
    collection: 'procedure-announcements' as 'units',
    data: {
      ...decision,
      number: '1877/QĐ-UBND',
      signedAt: '2026-08-10T12:00:00.000Z',
      effectiveDate: '2026-09-01T12:00:00.000Z',
      summary: 'Công bố thủ tục hành chính được sửa đổi, bổ sung (bản nháp để thử)',
      // An amendment that gives one field: the procedure keeps everything else.
      items: [{ kind: 'amended', code: '1.000656', changes: 'Sửa đổi thời hạn giải quyết (thử)', data: { processingTime: 'Trong ngày làm việc' } }],
      _status: 'draft',
    } as never,
  })
  payload.logger.info(`demo: ${annex.length} procedures from decision 1520/QĐ-UBND, and a draft decision 1877/QĐ-UBND`)
}
