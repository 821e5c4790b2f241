import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import type { FullTimeRow } from '@/metrics/full-time'
import { formatPercent, formatPoints } from '@/metrics/format'
import { FULL_TIME_SERIES, groupedBarChartHeight } from './chart-config'

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
      style={{ width: '100%', height: groupedBarChartHeight(bars.length) }}
      data={bars}
      layout="vertical"
      margin={{ top: 4, right: 28, bottom: 4, left: 4 }}
      barCategoryGap={8}
      barGap={2}
      title={title}
      desc={summary}
    >
      <defs>
        <pattern
          id="hatch-2016"
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill={FULL_TIME_SERIES.percent2016.color} />
          <line x1="0" y1="0" x2="0" y2="8" stroke="var(--bg)" strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tickFormatter={(v: number) => formatPercent(v, 0)}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="group"
        width={132}
        interval={0}
        stroke="var(--muted)"
        tick={{ fill: 'var(--text)', fontSize: 12, width: 124 }}
      />
      <Tooltip content={FullTimeTooltip} cursor={{ fill: 'var(--surface)' }} />
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
      />
    </BarChart>
  )
}
