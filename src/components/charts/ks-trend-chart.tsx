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
import type { KsShareRow } from '@/metrics/ks-trend'
import { formatPercent } from '@/metrics/format'
import { KS_SHARE_SERIES } from './chart-config'
import {
  barRows,
  categoryAxis,
  GRID,
  HatchPattern,
  horizontalBars,
  TOOLTIP_CURSOR,
  useChartLayout,
  valueAxis,
  valueLabel,
} from './chart-parts'
import './chart-tooltip.css'

interface KsTrendChartProps {
  rows: KsShareRow[]
  title: string
  summary: string
}

function KsTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as KsShareRow | undefined
  if (!active || !row) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">1. desember {row.year}</p>
      <p>
        {KS_SHARE_SERIES.partTime.label}: {formatPercent(row.partTime)}
      </p>
      <p>
        {KS_SHARE_SERIES.fullTime.label}: {formatPercent(row.fullTime)}
      </p>
    </div>
  )
}

/**
 * KS' turnus staff in each year KS has published: part-time from zero (the finding, blue)
 * and full-time making up the rest of 100 % (grey, hatched). One bar a published year and
 * no bar for a year without a figure, so the chart draws nothing KS did not publish.
 */
export function KsTrendChart({ rows, title, summary }: KsTrendChartProps) {
  // Years are short: they stay on the axis at every width.
  const layout = { ...useChartLayout(), labelsAbove: false }
  const bar = barRows(layout, 1, rows.length)
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={rows}
      {...horizontalBars(layout)}
      title={title}
      desc={summary}
    >
      <defs>
        <HatchPattern id="hatch-ks-full" color={KS_SHARE_SERIES.fullTime.color} />
      </defs>
      <CartesianGrid {...GRID} />
      <XAxis
        {...valueAxis(layout)}
        domain={[0, 100]}
        ticks={[0, 50, 100]}
        tickFormatter={(v: number) => formatPercent(v, 0)}
      />
      <YAxis {...categoryAxis(layout, 'label', Math.round(layout.font * 3.6))} />
      <Tooltip content={KsTooltip} cursor={TOOLTIP_CURSOR} />
      <Bar
        dataKey="partTime"
        name={KS_SHARE_SERIES.partTime.label}
        stackId="ks"
        barSize={bar.bar}
        fill={KS_SHARE_SERIES.partTime.color}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="partTime"
          position="insideRight"
          fontSize={layout.font}
          fontWeight={700}
          fill="var(--bg)"
          formatter={(v) => (typeof v === 'number' ? formatPercent(v) : '')}
        />
      </Bar>
      <Bar
        dataKey="fullTime"
        name={KS_SHARE_SERIES.fullTime.label}
        stackId="ks"
        barSize={bar.bar}
        fill="url(#hatch-ks-full)"
        stroke={KS_SHARE_SERIES.fullTime.color}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="fullTime"
          {...valueLabel(layout)}
          fill="var(--text)"
          formatter={(v) => (typeof v === 'number' ? formatPercent(v) : '')}
        />
      </Bar>
    </BarChart>
  )
}
