/**
 * The charts' geometry as plain numbers: where names go, how high a row and a chart are,
 * the margins, the value ticks, and where the names at the ends of lines go. Pure (no
 * React, no Recharts), so the page's charts (chart-parts.tsx and the chart components)
 * and the charts drawn without React (src/static-chart) share one formula for each.
 */

/**
 * How a chart is drawn for where it is shown: on a phone the names go above the bars,
 * so the plot keeps the full width; in an export the type is larger, so it stays
 * readable when the picture is shrunk into a feed or projected on a wall.
 */
export interface ChartLayout {
  /** Each bar's name on its own line above it, instead of on a category axis. */
  labelsAbove: boolean
  /** Size of ticks, names and value labels, in px at the drawing's own size. */
  font: number
  /** The drawing's height in px, where it is known (for placing labels that must not touch). */
  height?: number | undefined
}

export const PAGE_LAYOUT: ChartLayout = { labelsAbove: false, font: 13 }

/** A plot narrower than this (a phone, a narrow column) puts the names above the bars. */
export const LABELS_ABOVE_BELOW_PX = 520

/** The layout for a plot of a given width on the page. */
export const pageLayout = (width: number): ChartLayout => ({
  ...PAGE_LAYOUT,
  labelsAbove: width > 0 && width < LABELS_ABOVE_BELOW_PX,
})

/**
 * The geometry of horizontal bar rows: `bars` bars a row (1 stacked, 2 grouped). With
 * names on an axis a row holds a name of two lines; with names above, a row holds the
 * name's line, the bars and a gap. Bars are centred in their row, so the space above a
 * bar is half of what is left, which is where its name goes.
 */
export function barRows(layout: ChartLayout, bars = 1, rows?: number) {
  const f = layout.font
  const gap = 2
  let bar = Math.round(f * (bars === 1 ? 1.5 : 1.05))
  // A drawing of fixed height (a slide) with names above: thinner bars where the rows are
  // too short for the name's line, the bars and a gap.
  if (layout.labelsAbove && layout.height !== undefined && rows) {
    const available =
      (layout.height - valueAxisHeight(layout) - Math.round(f * 0.8) - 4) / rows - 2 * f
    bar = Math.max(4, Math.min(bar, Math.floor((available - (bars - 1) * gap) / bars)))
  }
  const barsHeight = bars * bar + (bars - 1) * gap
  // Names above: between one row's bars and the next row's lie the name's line and a gap.
  const row = layout.labelsAbove
    ? Math.round(barsHeight + 2 * f)
    : Math.round(Math.max(barsHeight, 2.6 * f) + 0.9 * f)
  return { bar, gap, row }
}

/** Where a bar's name stands (its baseline) on the line above a bar whose top is `barTop`. */
export const nameAboveY = (barTop: number, font: number) => barTop - font * 0.45

/** Room under the bars for the value axis and its ticks. */
export const valueAxisHeight = (layout: ChartLayout) => Math.round(layout.font * 2.4)

/** A horizontal bar chart's height for `rows` rows of `bars` bars. */
export const barChartHeight = (layout: ChartLayout, rows: number, bars = 1) =>
  rows * barRows(layout, bars).row +
  valueAxisHeight(layout) +
  (layout.labelsAbove ? Math.round(layout.font * 0.8) : 4) +
  4

/** Width of the category axis: long Norwegian group names wrap inside it, two lines at most. */
export const categoryWidth = (layout: ChartLayout) => Math.round(layout.font * 13.5)

/** Props for a vertical-layout BarChart: margins with room for the value label. */
export function horizontalBars(layout: ChartLayout, valueRoom = 5) {
  return {
    layout: 'vertical',
    // With the names above the bars, the first tick («0 %») sits at the plot's left edge:
    // room for half of it.
    margin: {
      // The first row's name reaches above its half of the row.
      top: layout.labelsAbove ? Math.round(layout.font * 0.8) : 4,
      right: Math.round(layout.font * valueRoom),
      bottom: 4,
      left: layout.labelsAbove ? Math.round(layout.font * 1.4) : 4,
    },
  } as const
}

/**
 * Value-axis ticks that end at the data, not at a round number far beyond it, and never
 * more than can be read: the smallest 1, 2, 2.5 or 5 × 10ⁿ step that gives at most
 * `count` steps from 0 up to `max`. For 63 251 and 4: 0, 20 000, 40 000, 60 000. Evenly
 * spaced always; Recharts is told not to drop any. Empty for max ≤ 0.
 */
export function valueTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return []
  const power = 10 ** Math.floor(Math.log10(max / count))
  const step =
    [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => Math.floor(max / s + 1e-9) <= count) ??
    10 * power
  const ticks: number[] = []
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6)
  return ticks
}

/**
 * Positions for labels that must not touch, such as the names at the ends of lines: each
 * label as near its wanted position `ys[i]` as it can be, at least `gap` from the next,
 * all within [min, max]. Returns the positions in the input's order. Pure; O(n log n).
 */
export function spreadLabels(
  ys: readonly number[],
  gap: number,
  min: number,
  max: number,
): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i)
  const placed = order.map((o) => Math.min(Math.max(o.y, min), max))
  // Down from the top: each at least `gap` below the one before.
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap)
  // Up from the bottom, where that pushed a label past the end.
  const last = placed.length - 1
  if (last >= 0) placed[last] = Math.min(placed[last]!, max)
  for (let k = last - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap)
  const out = new Array<number>(ys.length)
  order.forEach((o, k) => (out[o.i] = placed[k]!))
  return out
}

/**
 * The line chart over years (users per age group): its margins, the value axis' width,
 * the first year's inset from the corner (clear of the value axis' «0») and the year
 * axis' height, all in step with the type size.
 */
export function lineChartFrame(layout: ChartLayout) {
  const f = layout.font
  return {
    margin: { top: Math.round(f), right: Math.round(f * 5.6), bottom: 4, left: 8 },
    valueAxisWidth: Math.round(f * 5.2),
    yearInset: Math.round(f * 1.2),
    axisHeight: valueAxisHeight(layout),
  }
}

/** A value axis from zero to a round number at or above the largest value. */
export function roundedAxisTicks(max: number, count = 4): number[] {
  const ticks = valueTicks(max, count)
  const step = ticks[1] ?? 1
  const last = ticks.at(-1) ?? 0
  return last + 1e-9 >= max ? ticks : [...ticks, last + step]
}

/**
 * Where the names at the ends of lines go in a line chart of `height` px whose value
 * axis ends at `top`: beside each line's last value, moved apart so that none touch.
 */
export function lineEndLabelY(
  lastValues: readonly number[],
  top: number,
  layout: ChartLayout,
  height: number,
): number[] {
  const { margin, axisHeight } = lineChartFrame(layout)
  const plotTop = margin.top
  const plotBottom = height - margin.bottom - axisHeight
  const endY = lastValues.map((value) => plotTop + (1 - value / top) * (plotBottom - plotTop))
  return spreadLabels(endY, layout.font * 1.3, plotTop, plotBottom)
}
