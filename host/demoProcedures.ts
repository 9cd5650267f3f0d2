import type { Payload } from 'payload'

/** A few commune-level procedures (real codes and names), announced by one published decision. */
const annex = [
  { code: '1.001193', name: 'Thủ tục đăng ký kết hôn', sector: 'Hộ tịch', onlineLevel: 'mot_phan', partialReason: 'Hai bên nam, nữ phải có mặt khi trao Giấy chứng nhận kết hôn.' },
  { code: '1.001022', name: 'Thủ tục đăng ký khai sinh', sector: 'Hộ tịch', onlineLevel: 'toan_trinh' },
  { code: '1.000894', name: 'Thủ tục đăng ký khai tử', sector: 'Hộ tịch', onlineLevel: 'toan_trinh' },
  { code: '2.000815', name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản', sector: 'Chứng thực', onlineLevel: 'mot_phan', partialReason: 'Người yêu cầu xuất trình bản chính để đối chiếu.' },
  { code: '1.001699', name: 'Thủ tục xác nhận đối tượng hưởng trợ cấp xã hội hằng tháng', sector: 'Bảo trợ xã hội' },
] as const

/**
 * Demo data for the procedures section on an empty database: a published decision whose items
 * create the procedures (so they carry its history), and a draft decision repealing one of them.
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
      summary: 'Công bố thủ tục hành chính bị bãi bỏ (bản nháp để thử)',
      items: [{ kind: 'repealed', code: '1.001699', changes: 'Gộp vào thủ tục trợ cấp xã hội mới' }],
      _status: 'draft',
    } as never,
  })
  payload.logger.info('demo: 5 procedures from decision 1520/QĐ-UBND, and a draft decision 1877/QĐ-UBND')
}
