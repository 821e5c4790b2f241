/**
 * Settings the horizontal bar charts share, as plain props and one SVG pattern. Each chart
 * still composes the Recharts parts itself (<XAxis {...VALUE_AXIS} …/>); nothing is wrapped.
 */

export const HORIZONTAL_BARS = {
  layout: 'vertical',
  margin: { top: 4, right: 28, bottom: 4, left: 4 },
  barCategoryGap: 8,
} as const

export const GRID = { horizontal: false, stroke: 'var(--border)' } as const

export const VALUE_AXIS = {
  type: 'number',
  stroke: 'var(--muted)',
  tick: { fill: 'var(--muted)', fontSize: 12 },
} as const

/** Long Norwegian group names wrap inside the tick's width. */
export const CATEGORY_AXIS = {
  type: 'category',
  width: 132,
  interval: 0,
  stroke: 'var(--muted)',
  tick: { fill: 'var(--text)', fontSize: 12, width: 124 },
} as const

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
