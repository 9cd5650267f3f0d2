/** One bar of a chart, in the SVG's own units. */
export type Bar = { x: number; y: number; width: number; height: number; label: string; value: number }

/** A "nice" top for an axis: 1, 2 or 5 times a power of ten, at least the largest value. */
export const niceMax = (value: number): number => {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 5, 10].find((n) => n * power >= value)!
  return step * power
}

/**
 * The bars of a simple column chart (days left to right) in a `width` × `height` box with room
 * below for the labels: what the admin panel draws as SVG on the server, with no chart library.
 */
export const barChart = (
  points: readonly { label: string; value: number }[],
  { width, height, gap = 2, bottom = 16 }: { width: number; height: number; gap?: number; bottom?: number },
): { bars: Bar[]; max: number; plotHeight: number } => {
  const max = niceMax(Math.max(0, ...points.map((point) => point.value)))
  const plotHeight = height - bottom
  const slot = points.length === 0 ? 0 : width / points.length
  const bars = points.map((point, i) => {
    const barHeight = Math.round((Math.max(0, point.value) / max) * plotHeight * 10) / 10
    return {
      x: Math.round((i * slot + gap / 2) * 10) / 10,
      y: Math.round((plotHeight - barHeight) * 10) / 10,
      width: Math.max(1, Math.round((slot - gap) * 10) / 10),
      height: barHeight,
      label: point.label,
      value: point.value,
    }
  })
  return { bars, max, plotHeight }
}
