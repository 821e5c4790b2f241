import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import type { ArsverkBar } from '@/metrics/arsverk-table'
import { formatDecimal, formatInteger, formatShare } from '@/metrics/format'
import { ARSVERK_SERIES as ARSVERK_CHART, barChartHeight } from './chart-config'

interface ArsverkChartProps {
  bars: ArsverkBar[]
  measure: 'antall' | 'andel'
  title: string
  summary: string
}

const formatValue = (measure: 'antall' | 'andel', value: number) =>
  measure === 'antall' ? formatInteger(value) : `${formatDecimal(value, 1)}\u00a0%`

function ArsverkTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload?.[0]?.payload as ArsverkBar | undefined
  if (!active || !bar) return null
  const { row } = bar
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.name}</p>
      <p>Årsverk: {formatInteger(row.arsverk)}</p>
      <p>I deltidsstillingene: {formatInteger(row.potential)}</p>
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
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: barChartHeight(bars.length) }}
      data={bars}
      layout="vertical"
      margin={{ top: 4, right: 28, bottom: 4, left: 4 }}
      barCategoryGap={8}
      title={title}
      desc={summary}
    >
      <defs>
        <pattern
          id="hatch-potential"
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill={ARSVERK_CHART.potential.color} />
          <line x1="0" y1="0" x2="0" y2="8" stroke="var(--bg)" strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        type="number"
        tickFormatter={(v: number) => formatValue(measure, v)}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={132}
        interval={0}
        stroke="var(--muted)"
        tick={{ fill: 'var(--text)', fontSize: 12, width: 124 }}
      />
      <Tooltip content={ArsverkTooltip} cursor={{ fill: 'var(--surface)' }} />
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
      />
    </BarChart>
  )
}
