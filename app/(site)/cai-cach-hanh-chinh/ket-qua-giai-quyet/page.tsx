import type { Metadata } from 'next'

import { Breadcrumbs } from '../../_components/Breadcrumbs.tsx'
import { FiguresTable } from '../../_components/FiguresTable.tsx'
import { HeadlineFigures } from '../../_components/HeadlineFigures.tsx'
import { RatesChart } from '../../_components/RatesChart.tsx'
import { RatingWidget } from '../../_components/RatingWidget.tsx'
import { figuresOverview } from '../../_lib/figuresSeries.ts'
import { readQuarterlyFigures } from '../../_lib/readFigures.ts'
import { routes } from '../../_lib/routes.ts'
import { dayInVietnam, formatDay } from '../../_lib/vietnameseDates.ts'
import { formatRate } from '../../_lib/vietnameseNumbers.ts'

export const metadata: Metadata = {
  title: 'Kết quả giải quyết thủ tục hành chính',
  description: 'Số hồ sơ tiếp nhận, giải quyết, tỷ lệ đúng hạn và tỷ lệ trực tuyến theo quý tại Trung tâm Phục vụ hành chính công xã.',
  alternates: { canonical: routes.figures },
}

/** How many years of quarters the chart covers, this one included. */
const years = 3

/** The one-stop centre's latest quarter in figures, and every quarter of the last years as a chart and a table. */
const FiguresPage = async () => {
  const year = Number(dayInVietnam(new Date()).slice(0, 4))
  const series = await readQuarterlyFigures(year - years + 1, year)
  const { periods, latest, previous } = figuresOverview(series)
  return (
    <div className="page">
      <Breadcrumbs trail={[{ label: 'Cải cách hành chính', href: routes.home }]} />
      <h1>Kết quả giải quyết thủ tục hành chính</h1>
      <p className="lead">Số liệu do {series.unit.name} công bố.</p>
      {latest ? (
        <>
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading">{latest.label}</h2>
            <p className="period-range">
              Từ {formatDay(latest.start)} đến {formatDay(latest.end)}
              {previous && previous.figures.onTimeRate !== null && latest.figures.onTimeRate !== null
                ? ` · ${previous.label}: đúng hạn ${formatRate(previous.figures.onTimeRate)}, trực tuyến ${formatRate(previous.figures.onlineShare)}`
                : ''}
            </p>
            <HeadlineFigures period={latest} />
          </section>
          <section aria-labelledby="series-heading">
            <h2 id="series-heading">Theo quý</h2>
            <div className="chart-and-table">
              <RatesChart periods={periods} />
              <FiguresTable periods={periods} id="bang-so-lieu" />
            </div>
          </section>
        </>
      ) : (
        <p>Chưa có số liệu được công bố.</p>
      )}
      {/* The one-stop service as a whole is rated here, beside its figures (Nghị định 224/2026/NĐ-CP Điều 10.3). */}
      <RatingWidget target={{ kind: 'service' }} title="Bộ phận một cửa" />
    </div>
  )
}

export default FiguresPage
