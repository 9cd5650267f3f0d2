import type { PeriodWithFigures } from '../_lib/figuresSeries.ts'

import { formatCount, formatRate } from '../_lib/vietnameseNumbers.ts'

/** The latest quarter's headline numbers, as a list of label and value pairs. */
export const HeadlineFigures = ({ period, compact = false }: { period: PeriodWithFigures; compact?: boolean }) => {
  const { figures } = period
  const items: [string, string][] = compact
    ? [
        ['Giải quyết đúng hạn', formatRate(figures.onTimeRate)],
        ['Hồ sơ trực tuyến', formatRate(figures.onlineShare)],
      ]
    : [
        ['Hồ sơ tiếp nhận', formatCount(figures.received)],
        ['Tiếp nhận trực tuyến', formatCount(figures.receivedOnline)],
        ['Đã giải quyết', formatCount(figures.resolved)],
        ['Giải quyết đúng hạn', formatRate(figures.onTimeRate)],
        ['Tỷ lệ hồ sơ trực tuyến', formatRate(figures.onlineShare)],
        ['Đang giải quyết', formatCount(figures.inProgress)],
        ['Thanh toán trực tuyến', formatRate(figures.onlinePaymentShare)],
        ['Số hóa hồ sơ', formatRate(figures.digitisedShare)],
      ]
  return (
    <dl className={compact ? 'headline headline--compact' : 'headline'}>
      {items.map(([label, value]) => (
        <div key={label} className="headline__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
