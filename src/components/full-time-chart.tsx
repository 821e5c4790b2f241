import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import {
  CATEGORY_AXIS,
  GRID,
  HatchPattern,
  HORIZONTAL_BARS,
  TOOLTIP_CURSOR,
  VALUE_AXIS,
  VALUE_LABEL,
} from './chart-parts'
import type { FullTimeRow } from '@/metrics/full-time'
import { formatPercent, formatPoints } from '@/metrics/format'
import { FULL_TIME_AXIS, FULL_TIME_SERIES } from './chart-config'

interface FullTimeChartProps {
  bars: FullTimeRow[]
  title: string
  summary: string
}

function FullTimeTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as FullTimeRow | undefined
  if (!active || !row) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.group}</p>
      <p>2023: {formatPercent(row.percent2023)}</p>
      <p>2016 (utledet): {formatPercent(row.percent2016)}</p>
      <p>Endring: {formatPoints(row.changeSince2016)}</p>
    </div>
  )
}

/** The full-time share per education group in 2016 (derived, hatched) and 2023 (solid). */
export function FullTimeChart({ bars, title, summary }: FullTimeChartProps) {
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={bars}
      {...HORIZONTAL_BARS}
      barGap={2}
      title={title}
      desc={summary}
    >
      <defs>
        <HatchPattern id="hatch-2016" color={FULL_TIME_SERIES.percent2016.color} />
      </defs>
      <CartesianGrid {...GRID} />
      <XAxis
        {...VALUE_AXIS}
        domain={[...FULL_TIME_AXIS.domain]}
        ticks={[...FULL_TIME_AXIS.ticks]}
        tickFormatter={FULL_TIME_AXIS.tick}
      />
      <YAxis {...CATEGORY_AXIS} dataKey="group" />
      <Tooltip content={FullTimeTooltip} cursor={TOOLTIP_CURSOR} />
      <Bar
        dataKey="percent2016"
        name={FULL_TIME_SERIES.percent2016.label}
        fill="url(#hatch-2016)"
        stroke={FULL_TIME_SERIES.percent2016.color}
        isAnimationActive={false}
      />
      <Bar
        dataKey="percent2023"
        name={FULL_TIME_SERIES.percent2023.label}
        fill={FULL_TIME_SERIES.percent2023.color}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="percent2023"
          {...VALUE_LABEL}
          fill="var(--text)"
          formatter={(v) => (typeof v === 'number' ? formatPercent(v) : '')}
        />
      </Bar>
    </BarChart>
  )
}
