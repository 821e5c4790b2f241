/**
 * Settings the horizontal bar charts share, as plain props and one SVG pattern. Each chart
 * still composes the Recharts parts itself (<XAxis {...VALUE_AXIS} …/>); nothing is wrapped.
 */

export const HORIZONTAL_BARS = {
  layout: 'vertical',
  // Room on the right for the value label at the end of the longest bar.
  margin: { top: 4, right: 64, bottom: 4, left: 4 },
  barCategoryGap: 8,
} as const

export const GRID = { horizontal: false, stroke: 'var(--border)' } as const

export const VALUE_AXIS = {
  type: 'number',
  stroke: 'var(--muted)',
  tick: { fill: 'var(--muted)', fontSize: 13 },
} as const

/** Long Norwegian group names wrap inside the tick's width. */
export const CATEGORY_AXIS = {
  type: 'category',
  width: 150,
  interval: 0,
  stroke: 'var(--muted)',
  tick: { fill: 'var(--text)', fontSize: 13, width: 142 },
} as const

/** Value labels at the end of a bar: the figure itself, so no one reads it off the axis. */
export const VALUE_LABEL = { position: 'right', fontSize: 13, fontWeight: 700 } as const

export const TOOLTIP_CURSOR = { fill: 'var(--surface)' } as const

/** Diagonal stripes over a colour: the second signal, besides colour, for a series. */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width="8"
      height="8"
      patternTransform="rotate(45)"
    >
      <rect width="8" height="8" fill={color} />
      <line x1="0" y1="0" x2="0" y2="8" stroke="var(--bg)" strokeWidth="3" />
    </pattern>
  )
}

/**
 * Value-axis ticks that end at the data, not a round number far beyond it: the largest
 * 1, 2, 2.5 or 5 × 10ⁿ step that gives at least `count` ticks from 0 up to `max`.
 * For 63 251 and 4 ticks: 0, 20 000, 40 000, 60 000. Empty for max ≤ 0.
 */
export function valueTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return []
  const raw = max / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step =
    [5, 2.5, 2, 1].map((f) => f * power).find((s) => Math.floor(max / s) >= count) ?? power
  const ticks: number[] = []
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6)
  return ticks
}
