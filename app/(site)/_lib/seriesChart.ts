/**
 * Where the lines and points of a rate chart go: rates from 0 to 1 across periods, drawn in an SVG
 * of the given size. A period without a value breaks its line (no made-up value in between).
 */
export type ChartLine = { key: string; values: (number | null)[] }
export type ChartBox = { width: number; height: number; top: number; right: number; bottom: number; left: number }

export const rateTicks = [0, 0.25, 0.5, 0.75, 1] as const

const round = (value: number) => Math.round(value * 10) / 10

export const chartGeometry = (periodCount: number, lines: ChartLine[], box: ChartBox) => {
  const plotWidth = box.width - box.left - box.right
  const plotHeight = box.height - box.top - box.bottom
  // One period sits in the middle; more spread from edge to edge of the plot.
  const x = (index: number) => round(box.left + (periodCount <= 1 ? plotWidth / 2 : (plotWidth * index) / (periodCount - 1)))
  const y = (rate: number) => round(box.top + plotHeight * (1 - Math.min(1, Math.max(0, rate))))
  return {
    x,
    y,
    yTicks: rateTicks.map((value) => ({ value, y: y(value) })),
    xTicks: Array.from({ length: periodCount }, (_, index) => ({ index, x: x(index) })),
    lines: lines.map((line) => {
      const points = line.values.flatMap((value, index) => (value === null ? [] : [{ index, value, x: x(index), y: y(value) }]))
      let path = ''
      line.values.forEach((value, index) => {
        if (value === null) return
        const joined = index > 0 && line.values[index - 1] !== null
        path += `${path ? ' ' : ''}${joined ? 'L' : 'M'}${x(index)} ${y(value)}`
      })
      return { key: line.key, path, points }
    }),
  }
}
