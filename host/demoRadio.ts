import type { Payload } from 'payload'

import { actingAt } from '../src/requestContext.ts'

/** What the commune's units give the radio to read, by unit code. */
const scripts: [code: string, text: string][] = [
  ['ttdvsnc', 'Kính thưa bà con, từ tháng này bà con có thể nộp hồ sơ đăng ký khai sinh, đăng ký thường trú trực tuyến trên Cổng dịch vụ công quốc gia mà không cần đến Ủy ban nhân dân xã.'],
  ['ttpvhcc', 'Trung tâm Phục vụ hành chính công xã tiếp nhận hồ sơ từ thứ Hai đến sáng thứ Bảy; bà con mang theo căn cước để được hướng dẫn thanh toán phí, lệ phí trực tuyến.'],
  ['mttq', 'Ủy ban Mặt trận Tổ quốc xã mời bà con tham gia cuộc thi tìm hiểu về cải cách hành chính và chuyển đổi số; bài dự thi gửi về các chi hội ở thôn trước ngày 30.'],
  ['vp-hdnd-ubnd', 'Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã: sáng thứ Năm hằng tuần tại trụ sở; bà con có phản ánh, kiến nghị về thủ tục hành chính xin đăng ký trước tại bộ phận một cửa.'],
  ['kinh-te', 'Phòng Kinh tế hướng dẫn hộ kinh doanh đăng ký và kê khai thuế qua mạng, giảm thời gian đi lại; chi tiết xem trên chuyên mục cải cách hành chính của Cổng thông tin xã.'],
  ['vhxh', 'Phòng Văn hóa - Xã hội nhắc các đơn vị gửi báo cáo kết quả tuyên truyền cải cách hành chính quý này trước ngày mùng 5 tháng cuối quý.'],
]

/** Monday 17 to Sunday 23 August 2026; the programmes up to Thursday morning have aired. */
const week = ['2026-08-17', '2026-08-18', '2026-08-19', '2026-08-20', '2026-08-21', '2026-08-22', '2026-08-23']
const now = new Date('2026-08-20T02:00:00Z')

/**
 * Demo data for the commune radio on an empty database: a morning and an evening slot (no evening
 * broadcast on National Day), and a week of programmes from the units' scripts: those before
 * Thursday 09:00 aired, Wednesday evening's cancelled, the rest planned, with one unit's proposal
 * waiting for the editors.
 */
export const createDemoRadio = async (payload: Payload): Promise<void> => {
  if ((await payload.count({ collection: 'broadcast-slots' as 'units' })).totalDocs > 0) return
  const units = await payload.find({ collection: 'units', depth: 0, pagination: false, select: { code: true } })
  const unitId = new Map(units.docs.map((unit) => [unit.code, unit.id]))

  const slot = (data: Record<string, unknown>) => payload.create({ collection: 'broadcast-slots' as 'units', data: data as never })
  const morning = await slot({ name: 'Bản tin sáng', startTime: '05:30', endTime: '06:00' })
  const evening = await slot({ name: 'Bản tin chiều', startTime: '17:00', endTime: '17:30', exceptions: [{ day: '2026-09-02', reason: 'Nghỉ lễ Quốc khánh' }] })

  let turn = 0
  for (const day of week) {
    for (const { id: slotId, startsAt } of [
      { id: morning.id, startsAt: new Date(`${day}T05:30:00+07:00`) },
      { id: evening.id, startsAt: new Date(`${day}T17:00:00+07:00`) },
    ]) {
      const items = [0, 1, 2].map((offset) => {
        const [code, script] = scripts[(turn + offset) % scripts.length]!
        return { kind: 'script', script, unit: unitId.get(code) }
      })
      turn++
      const programme = await payload.create({ collection: 'broadcast-schedules' as 'units', data: { slot: slotId, date: day, items } as never })
      const move = (data: Record<string, unknown>) =>
        payload.update({ collection: 'broadcast-schedules' as 'units', id: programme.id, data: data as never, context: actingAt(now) })
      if (day === '2026-08-19' && slotId === evening.id) await move({ programmeState: 'cancelled', cancelReason: 'Mất điện toàn xã, không phát được.' })
      else if (startsAt < now) await move({ programmeState: 'aired' })
      else if (day === '2026-08-21' && slotId === morning.id) {
        await move({ items: [...items, { kind: 'script', script: scripts[2]![1], unit: unitId.get('mttq'), itemState: 'proposed' }] })
      }
    }
  }
  payload.logger.info('demo: radio slots 05:30 and 17:00, and a week of programmes (17-23 August 2026: aired, one cancelled, planned)')
}
