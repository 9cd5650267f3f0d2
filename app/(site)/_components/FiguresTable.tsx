import type { FiguresPeriod } from '../_lib/figuresSeries.ts'

import { formatCount, formatRate } from '../_lib/vietnameseNumbers.ts'

/** Every quarter's figures as a table (the chart's numbers, and more), scrolling sideways on a phone. */
export const FiguresTable = ({ periods, id }: { periods: FiguresPeriod[]; id: string }) => (
  <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
    <table id={id} className="figures-table">
      <caption id={`${id}-caption`}>Số liệu giải quyết hồ sơ theo quý</caption>
      <thead>
        <tr>
          <th scope="col">Kỳ</th>
          <th scope="col">Tiếp nhận</th>
          <th scope="col">Trực tuyến</th>
          <th scope="col">Đã giải quyết</th>
          <th scope="col">Đúng hạn</th>
          <th scope="col">Tỷ lệ trực tuyến</th>
        </tr>
      </thead>
      <tbody>
        {periods.map((period) => (
          <tr key={period.key}>
            <th scope="row">{period.label}</th>
            {period.figures ? (
              <>
                <td>{formatCount(period.figures.received)}</td>
                <td>{formatCount(period.figures.receivedOnline)}</td>
                <td>{formatCount(period.figures.resolved)}</td>
                <td>{formatRate(period.figures.onTimeRate)}</td>
                <td>{formatRate(period.figures.onlineShare)}</td>
              </>
            ) : (
              <td colSpan={5}>Chưa công bố số liệu</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
