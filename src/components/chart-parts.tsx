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

export { valueTicks } from './chart-config'
