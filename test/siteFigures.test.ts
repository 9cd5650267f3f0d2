/** The figures page's choice of periods, its chart's geometry, and the changes grouped by decision. */
import { describe, expect, it } from 'vitest'

import type { PeriodFigures, ProcedureChanges, ResultsSeries } from '../app/(site)/_lib/apiTypes.ts'

import { changesByDecision } from '../app/(site)/_lib/changesByDecision.ts'
import { figuresOverview } from '../app/(site)/_lib/figuresSeries.ts'
import { chartGeometry } from '../app/(site)/_lib/seriesChart.ts'

const figures = (onTimeRate: number): PeriodFigures =>
  ({ received: 100, receivedOnline: 50, resolved: 90, inProgress: 10, onTimeRate, onlineShare: 0.5 }) as PeriodFigures
const quarter = (year: number, number: number, value: number | null) => ({
  key: `${year}-Q${number}`,
  label: `Quý ${number}/${year}`,
  year,
  periodNumber: number,
  start: '',
  end: '',
  figures: value === null ? null : figures(value),
})
const series = (periods: ResultsSeries['periods']): ResultsSeries => ({
  unit: { code: 'ttpvhcc', name: 'TTPVHCC' },
  periodKind: 'quarter',
  sector: null,
  periods,
})

describe('figures overview', () => {
  it('shows the periods from the first with figures to the last, keeping a gap between', () => {
    const overview = figuresOverview(
      series([quarter(2025, 1, null), quarter(2025, 2, 0.9), quarter(2025, 3, null), quarter(2025, 4, 0.95), quarter(2026, 1, null)]),
    )
    expect(overview.periods.map((period) => period.key)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4'])
    expect(overview.latest?.key).toBe('2025-Q4')
    expect(overview.previous?.key).toBe('2025-Q2')
  })

  it('has nothing to show when nothing is published', () => {
    expect(figuresOverview(series([quarter(2026, 1, null)]))).toEqual({ periods: [], latest: null, previous: null })
  })
})

describe('rate chart geometry', () => {
  const box = { width: 400, height: 260, top: 10, right: 10, bottom: 50, left: 50 }

  it('spreads periods over the plot and maps 0..1 from the bottom to the top', () => {
    const geometry = chartGeometry(3, [{ key: 'a', values: [0, 0.5, 1] }], box)
    expect(geometry.xTicks.map((tick) => tick.x)).toEqual([50, 220, 390])
    expect(geometry.lines[0]!.points.map((point) => point.y)).toEqual([210, 110, 10])
    expect(geometry.lines[0]!.path).toBe('M50 210 L220 110 L390 10')
    expect(geometry.yTicks.map((tick) => tick.y)).toEqual([210, 160, 110, 60, 10])
  })

  it('breaks a line where a period has no value, and makes nothing up', () => {
    const geometry = chartGeometry(4, [{ key: 'a', values: [0.5, null, 0.75, 1] }], box)
    expect(geometry.lines[0]!.path).toBe('M50 110 M276.7 60 L390 10')
    expect(geometry.lines[0]!.points).toHaveLength(3)
  })

  it('puts a lone period in the middle and keeps values inside the plot', () => {
    const geometry = chartGeometry(1, [{ key: 'a', values: [1.2] }], box)
    expect(geometry.lines[0]!.points[0]).toMatchObject({ x: 220, y: 10 })
  })
})

describe('changes by decision', () => {
  const change = (code: string, decision: number | null): ProcedureChanges['changes'][number] => ({
    procedure: code,
    code,
    name: code,
    sector: null,
    status: 'active',
    kind: 'new',
    effectiveDate: '2026-07-01',
    changes: null,
    relatedCode: null,
    announcement: decision === null ? null : { id: decision, number: `${decision}/QĐ-UBND` },
  })

  it('groups changes under their decision in the order they come, the unknown decision last', () => {
    const groups = changesByDecision([change('a', 2), change('b', null), change('c', 1), change('d', 2)])
    expect(groups.map((group) => [group.decision?.number ?? null, group.changes.map((item) => item.code)])).toEqual([
      ['2/QĐ-UBND', ['a', 'd']],
      ['1/QĐ-UBND', ['c']],
      [null, ['b']],
    ])
  })
})
