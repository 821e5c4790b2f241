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
  barRows,
  categoryAxis,
  GRID,
  HatchPattern,
  horizontalBars,
  NameAbove,
  TOOLTIP_CURSOR,
  useChartLayout,
  valueAxis,
  valueLabel,
} from './chart-parts'
import type { FullTimeRow } from '@/metrics/full-time'
import { formatPercent } from '@/metrics/format'
import {
  FULL_TIME_DOMAIN,
  FULL_TIME_SERIES,
  fullTimeTick,
  fullTimeTicks,
  fullTimeTooltip,
} from './chart-config'
import './chart-tooltip.css'

interface FullTimeChartProps {
  bars: FullTimeRow[]
  title: string
  summary: string
}

function FullTimeTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as FullTimeRow | undefined
  if (!active || !row) return null
  const [name, ...lines] = fullTimeTooltip(row)
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{name}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}

/** The full-time share per education group in 2016 (derived, hatched) and 2023 (solid). */
export function FullTimeChart({ bars, title, summary }: FullTimeChartProps) {
  const layout = useChartLayout()
  const rows = barRows(layout, 2, bars.length)
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={bars}
      {...horizontalBars(layout)}
      barGap={rows.gap}
      title={title}
      desc={summary}
    >
      <defs>
        <HatchPattern id="hatch-2016" color={FULL_TIME_SERIES.percent2016.color} />
      </defs>
      <CartesianGrid {...GRID} />
      <XAxis
        {...valueAxis(layout)}
        domain={[...FULL_TIME_DOMAIN]}
        ticks={[...fullTimeTicks(layout)]}
        tickFormatter={fullTimeTick}
      />
      <YAxis {...categoryAxis(layout, 'label')} />
      <Tooltip content={FullTimeTooltip} cursor={TOOLTIP_CURSOR} />
      <Bar
        dataKey="percent2016"
        name={FULL_TIME_SERIES.percent2016.label}
        fill="url(#hatch-2016)"
        stroke={FULL_TIME_SERIES.percent2016.color}
        barSize={rows.bar}
        isAnimationActive={false}
      >
        {layout.labelsAbove && (
          <LabelList
            dataKey="label"
            content={(p) => <NameAbove x={p.x} y={p.y} value={p.value} font={layout.font} />}
          />
        )}
      </Bar>
      <Bar
        dataKey="percent2023"
        name={FULL_TIME_SERIES.percent2023.label}
        fill={FULL_TIME_SERIES.percent2023.color}
        barSize={rows.bar}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="percent2023"
          {...valueLabel(layout)}
          fill="var(--text)"
          formatter={(v) => (typeof v === 'number' ? formatPercent(v) : '')}
        />
      </Bar>
    </BarChart>
  )
}
