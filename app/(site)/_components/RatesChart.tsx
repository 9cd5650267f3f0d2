import type { FiguresPeriod } from '../_lib/figuresSeries.ts'

import { chartGeometry } from '../_lib/seriesChart.ts'
import { formatRate } from '../_lib/vietnameseNumbers.ts'

// Drawn small, so that its words stay legible when a phone scales it down.
const box = { width: 400, height: 260, top: 14, right: 18, bottom: 48, left: 52 }

/** The two lines; each has its own colour, marker and dash, so neither depends on colour alone. */
const lines = [
  { key: 'onTimeRate', label: 'Tỷ lệ giải quyết đúng hạn', className: 'chart__line--on-time', marker: 'circle' },
  { key: 'onlineShare', label: 'Tỷ lệ hồ sơ trực tuyến', className: 'chart__line--online', marker: 'square' },
] as const

/**
 * The quarterly on-time rate and online share as an SVG line chart that a screen reader announces
 * as one image with its title and a description of the latest values; the table beside it holds
 * every number.
 */
export const RatesChart = ({ periods }: { periods: FiguresPeriod[] }) => {
  const geometry = chartGeometry(
    periods.length,
    lines.map((line) => ({ key: line.key, values: periods.map((period) => period.figures?.[line.key] ?? null) })),
    box,
  )
  const latest = periods.findLast((period) => period.figures)
  const description = latest
    ? `${latest.label}: ${lines.map((line) => `${line.label.toLowerCase()} ${formatRate(latest.figures?.[line.key])}`).join(', ')}. Số liệu từng quý ở bảng bên dưới.`
    : 'Chưa có số liệu.'
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="chart-title">Tỷ lệ giải quyết đúng hạn và tỷ lệ hồ sơ trực tuyến theo quý</title>
        <desc id="chart-desc">{description}</desc>
        <g className="chart__grid" aria-hidden="true">
          {geometry.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={box.left} x2={box.width - box.right} y1={tick.y} y2={tick.y} />
              <text x={box.left - 8} y={tick.y} dy="0.35em" textAnchor="end">
                {Math.round(tick.value * 100)}%
              </text>
            </g>
          ))}
          {geometry.xTicks.map((tick) => {
            const period = periods[tick.index]!
            // The year under the first quarter shown and under each first quarter.
            const showYear = tick.index === 0 || period.periodNumber === 1
            return (
              <text key={tick.index} x={tick.x} y={box.height - box.bottom + 20} textAnchor="middle">
                {period.periodNumber ? `Q${period.periodNumber}` : period.label}
                {showYear ? (
                  <tspan x={tick.x} dy="1.2em">
                    {period.year}
                  </tspan>
                ) : null}
              </text>
            )
          })}
        </g>
        {geometry.lines.map((line, index) => {
          const style = lines[index]!
          return (
            <g key={line.key} className={`chart__line ${style.className}`} aria-hidden="true">
              <path d={line.path} />
              {line.points.map((point) =>
                style.marker === 'circle' ? (
                  <circle key={point.index} cx={point.x} cy={point.y} r={5} />
                ) : (
                  <rect key={point.index} x={point.x - 5} y={point.y - 5} width={10} height={10} />
                ),
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="chart__legend">
          {lines.map((line) => (
            <li key={line.key} className={`chart__legend-item ${line.className} chart__legend-item--${line.marker}`}>
              {line.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
