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
import type { ArsverkBar, ArsverkMeasure } from '@/metrics/arsverk-table'
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
import {
  ARSVERK_SERIES as ARSVERK_CHART,
  arsverkTick,
  arsverkTicks,
  arsverkTooltip,
  arsverkValue,
} from './chart-config'
import './chart-tooltip.css'

interface ArsverkChartProps {
  bars: ArsverkBar[]
  measure: ArsverkMeasure
  title: string
  summary: string
}

function ArsverkTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload?.[0]?.payload as ArsverkBar | undefined
  if (!active || !bar) return null
  const [name, ...lines] = arsverkTooltip(bar.row)
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{name}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}

/**
 * Horizontal bars. In numbers, stacked: årsverk, and on top the årsverk that part-time
 * positions leave out, so each bar reaches the number employed. In shares, the årsverk
 * missing to full-time alone, as each row's part of the whole. Receives the series ready-made.
 */
export function ArsverkChart({ bars, measure, title, summary }: ArsverkChartProps) {
  const layout = useChartLayout()
  const rows = barRows(layout, 1, bars.length)
  const max = Math.max(0, ...bars.map((b) => b.arsverk + b.potential))
  const ticks = arsverkTicks(max, layout)
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={bars}
      {...horizontalBars(layout)}
      title={title}
      desc={summary}
    >
      <defs>
        <HatchPattern id="hatch-potential" color={ARSVERK_CHART.potential.color} />
      </defs>
      <CartesianGrid {...GRID} />
      <XAxis
        {...valueAxis(layout)}
        domain={[0, max]}
        ticks={ticks}
        tickFormatter={(v: number) => arsverkTick(measure, v)}
      />
      <YAxis {...categoryAxis(layout, 'label')} />
      <Tooltip content={ArsverkTooltip} cursor={TOOLTIP_CURSOR} />
      {measure === 'antall' && (
        <Bar
          dataKey="arsverk"
          name={ARSVERK_CHART.arsverk.label}
          stackId="a"
          barSize={rows.bar}
          fill={ARSVERK_CHART.arsverk.color}
          isAnimationActive={false}
        >
          {layout.labelsAbove && (
            <LabelList
              dataKey="label"
              content={(p) => <NameAbove x={p.x} y={p.y} value={p.value} font={layout.font} />}
            />
          )}
        </Bar>
      )}
      <Bar
        dataKey="potential"
        name={ARSVERK_CHART.potential.label}
        stackId="a"
        barSize={rows.bar}
        fill="url(#hatch-potential)"
        stroke={ARSVERK_CHART.potential.color}
        isAnimationActive={false}
      >
        {layout.labelsAbove && measure === 'andel' && (
          <LabelList
            dataKey="label"
            content={(p) => <NameAbove x={p.x} y={p.y} value={p.value} font={layout.font} />}
          />
        )}
        {/* The finding at the end of each bar: how many årsverk are missing there. */}
        <LabelList
          dataKey="potential"
          {...valueLabel(layout)}
          fill={ARSVERK_CHART.potential.color}
          formatter={(v) => (typeof v === 'number' ? arsverkValue(measure, v) : '')}
        />
      </Bar>
    </BarChart>
  )
}
