import { createContext, useContext } from 'react'
import {
  categoryWidth,
  nameAboveY,
  PAGE_LAYOUT,
  valueAxisHeight,
  type ChartLayout,
} from './chart-layout'

// The geometry is pure and lives beside this file, shared with the charts drawn without
// React (src/static-chart); the charts import it from here with the Recharts props.
export {
  barChartHeight,
  barRows,
  horizontalBars,
  LABELS_ABOVE_BELOW_PX,
  PAGE_LAYOUT,
  pageLayout,
  spreadLabels,
  valueAxisHeight,
  valueTicks,
  type ChartLayout,
} from './chart-layout'

/**
 * Settings the charts share, as plain props, one SVG pattern and one label. Each chart
 * still composes the Recharts parts itself (<XAxis {...valueAxis(layout)} …/>); nothing
 * is wrapped.
 */

export const ChartLayoutContext = createContext<ChartLayout>(PAGE_LAYOUT)
export const useChartLayout = () => useContext(ChartLayoutContext)

export const GRID = { horizontal: false, stroke: 'var(--border)' } as const

export const valueAxis = (layout: ChartLayout) =>
  ({
    type: 'number',
    stroke: 'var(--muted)',
    height: valueAxisHeight(layout),
    interval: 0,
    tick: { fill: 'var(--muted)', fontSize: layout.font },
  }) as const

/**
 * The category axis: names on the axis, or (names above the bars) an axis that only
 * places the rows and takes no room.
 */
export function categoryAxis(layout: ChartLayout, dataKey: string, width = categoryWidth(layout)) {
  return layout.labelsAbove
    ? ({ type: 'category', dataKey, hide: true, width: 0 } as const)
    : ({
        type: 'category',
        dataKey,
        width,
        interval: 0,
        stroke: 'var(--muted)',
        tick: { fill: 'var(--text)', fontSize: layout.font, width: width - 8 },
      } as const)
}

/** Value labels at the end of a bar: the figure itself, so no one reads it off the axis. */
export const valueLabel = (layout: ChartLayout) =>
  ({ position: 'right', fontSize: layout.font, fontWeight: 700 }) as const

export const TOOLTIP_CURSOR = { fill: 'var(--surface)' } as const

interface LabelProps {
  x?: number | string | undefined
  y?: number | string | undefined
  value?: unknown
}

/**
 * A bar's name on the line above it (phones, tall exports). Drawn from the first bar of
 * a row, so it starts where the bars start.
 */
export function NameAbove({ x, y, value, font }: LabelProps & { font: number }) {
  if (typeof x !== 'number' || typeof y !== 'number' || typeof value !== 'string') return null
  return (
    <text
      className="chart-name-above"
      x={x}
      y={nameAboveY(y, font)}
      fontSize={font}
      fontWeight={600}
      fill="var(--text)"
    >
      {value}
    </text>
  )
}

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
