import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import type { GrowthRow } from '@/metrics/users-series'
import { formatInteger } from '@/metrics/format'
import { CATEGORY_AXIS, GRID, HORIZONTAL_BARS, TOOLTIP_CURSOR, VALUE_AXIS } from './chart-parts'
import { GROWTH_SERIES } from './chart-config'

interface GrowthChartProps {
  rows: GrowthRow[]
  title: string
  summary: string
}

const signed = (v: number) => `${v > 0.5 ? '+' : v < -0.5 ? '−' : ''}${formatInteger(Math.abs(v))}`

function GrowthTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as GrowthRow | undefined
  if (!active || !row) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      <p>Endring i alt: {signed(row.total)}</p>
      <p>Endret andel som får tjenester: {signed(row.frequency)}</p>
      <p>Endret antall i aldersgruppen: {signed(row.demographic)}</p>
    </div>
  )
}

/**
 * The change in users per age group, split in two stacked parts: what a larger (or
 * smaller) share receiving services explains (the finding, blue) and what the size of the
 * age group explains (grey). Parts below zero stack leftwards from the zero line.
 */
export function GrowthChart({ rows, title, summary }: GrowthChartProps) {
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={rows}
      {...HORIZONTAL_BARS}
      // Room for «i alt +19 357» at the end of a bar.
      margin={{ ...HORIZONTAL_BARS.margin, right: 108 }}
      stackOffset="sign"
      title={title}
      desc={summary}
    >
      <CartesianGrid {...GRID} />
      <XAxis {...VALUE_AXIS} tickFormatter={(v: number) => signed(v)} />
      <YAxis
        {...CATEGORY_AXIS}
        dataKey="label"
        width={84}
        tick={{ ...CATEGORY_AXIS.tick, width: 76 }}
      />
      <ReferenceLine x={0} stroke="var(--muted)" />
      <Tooltip content={GrowthTooltip} cursor={TOOLTIP_CURSOR} />
      <Bar
        dataKey="frequency"
        name={GROWTH_SERIES.frequency.label}
        stackId="g"
        fill={GROWTH_SERIES.frequency.color}
        isAnimationActive={false}
      />
      <Bar
        dataKey="demographic"
        name={GROWTH_SERIES.demographic.label}
        stackId="g"
        fill={GROWTH_SERIES.demographic.color}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="total"
          position="right"
          fontSize={13}
          fontWeight={700}
          fill="var(--text)"
          formatter={(v) => (typeof v === 'number' ? `i alt ${signed(v)}` : '')}
        />
      </Bar>
    </BarChart>
  )
}
