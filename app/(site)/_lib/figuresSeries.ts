import type { PeriodFigures, ResultsSeries } from './apiTypes.ts'

export type FiguresPeriod = ResultsSeries['periods'][number]
export type PeriodWithFigures = FiguresPeriod & { figures: PeriodFigures }

/**
 * The periods worth showing: from the first with published figures to the last (a period without
 * figures in between stays, as a gap); the latest with figures for the headline, and the one
 * before it for comparison.
 */
export const figuresOverview = (series: ResultsSeries) => {
  const hasFigures = (period: FiguresPeriod): period is PeriodWithFigures => period.figures !== null
  const first = series.periods.findIndex(hasFigures)
  const last = series.periods.findLastIndex(hasFigures)
  const shown = first === -1 ? [] : series.periods.slice(first, last + 1)
  const withFigures = shown.filter(hasFigures)
  return {
    periods: shown,
    latest: withFigures.at(-1) ?? null,
    previous: withFigures.at(-2) ?? null,
  }
}
