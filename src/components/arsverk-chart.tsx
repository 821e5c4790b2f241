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
import type { ArsverkBar } from '@/metrics/arsverk-table'
import {
  CATEGORY_AXIS,
  GRID,
  HatchPattern,
  HORIZONTAL_BARS,
  TOOLTIP_CURSOR,
  VALUE_AXIS,
  VALUE_LABEL,
} from './chart-parts'
import { formatInteger, formatShare } from '@/metrics/format'
import { ARSVERK_SERIES as ARSVERK_CHART, countOrPercent, valueTicks } from './chart-config'

interface ArsverkChartProps {
  bars: ArsverkBar[]
  measure: 'antall' | 'andel'
  title: string
  summary: string
}

const formatValue = (measure: 'antall' | 'andel', value: number) =>
  countOrPercent(measure === 'antall' ? 'count' : 'percent', value)

function ArsverkTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload?.[0]?.payload as ArsverkBar | undefined
  if (!active || !bar) return null
  const { row } = bar
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.name}</p>
      <p>Årsverk: {formatInteger(row.arsverk)}</p>
      <p>Mangler til heltid: {formatInteger(row.potential)}</p>
      <p>Sysselsatte: {formatInteger(row.sysselsatte)}</p>
      <p>Gj.sn. stillingsstørrelse: {formatShare(row.averagePositionSize)}</p>
    </div>
  )
}

/**
 * Horizontal stacked bars: årsverk today, and on top the årsverk that part-time positions
 * leave out, so each bar reaches the number employed. Receives the series ready-made.
 */
export function ArsverkChart({ bars, measure, title, summary }: ArsverkChartProps) {
  const max = Math.max(0, ...bars.map((b) => b.arsverk + b.potential))
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={bars}
      {...HORIZONTAL_BARS}
      title={title}
      desc={summary}
    >
      <defs>
        <HatchPattern id="hatch-potential" color={ARSVERK_CHART.potential.color} />
      </defs>
      <CartesianGrid {...GRID} />
      <XAxis
        {...VALUE_AXIS}
        domain={[0, max]}
        ticks={valueTicks(max)}
        tickFormatter={(v: number) => formatValue(measure, v)}
      />
      <YAxis {...CATEGORY_AXIS} dataKey="name" />
      <Tooltip content={ArsverkTooltip} cursor={TOOLTIP_CURSOR} />
      <Bar
        dataKey="arsverk"
        name={ARSVERK_CHART.arsverk.label}
        stackId="a"
        fill={ARSVERK_CHART.arsverk.color}
        isAnimationActive={false}
      />
      <Bar
        dataKey="potential"
        name={ARSVERK_CHART.potential.label}
        stackId="a"
        fill="url(#hatch-potential)"
        stroke={ARSVERK_CHART.potential.color}
        isAnimationActive={false}
      >
        {/* The finding at the end of each bar: how many årsverk are missing there. */}
        <LabelList
          dataKey="potential"
          {...VALUE_LABEL}
          fill={ARSVERK_CHART.potential.color}
          formatter={(v) => (typeof v === 'number' ? formatValue(measure, v) : '')}
        />
      </Bar>
    </BarChart>
  )
}
