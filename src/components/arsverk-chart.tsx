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
  valueTicks,
} from './chart-parts'
import { formatDecimal, formatInteger, formatShare } from '@/metrics/format'
import { ARSVERK_SERIES as ARSVERK_CHART } from './chart-config'

interface ArsverkChartProps {
  bars: ArsverkBar[]
  measure: ArsverkMeasure
  title: string
  summary: string
}

const formatValue = (measure: ArsverkMeasure, value: number) =>
  measure === 'antall' ? formatInteger(value) : `${formatDecimal(value, 1)}\u00a0%`

function ArsverkTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload?.[0]?.payload as ArsverkBar | undefined
  if (!active || !bar) return null
  const { row } = bar
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.name}</p>
      <p>
        {ARSVERK_CHART.potential.label}: {formatInteger(row.potential)}
      </p>
      <p>Årsverk: {formatInteger(row.arsverk)}</p>
      <p>Sysselsatte: {formatInteger(row.sysselsatte)}</p>
      <p>Gjennomsnittlig stillingsstørrelse: {formatShare(row.averagePositionSize)}</p>
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
  const ticks = valueTicks(max, layout.labelsAbove ? 3 : 4)
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
        tickFormatter={(v: number) =>
          measure === 'antall' ? formatInteger(v) : `${formatDecimal(v, 0)}\u00a0%`
        }
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
          formatter={(v) => (typeof v === 'number' ? formatValue(measure, v) : '')}
        />
      </Bar>
    </BarChart>
  )
}
