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
import { growthCaption, type GrowthRow } from '@/metrics/growth'
import { formatSignedInteger as signed } from '@/metrics/format'
import {
  barRows,
  categoryAxis,
  GRID,
  horizontalBars,
  NameAbove,
  TOOLTIP_CURSOR,
  useChartLayout,
  valueAxis,
  valueTicks,
} from './chart-parts'
import { GROWTH_SERIES } from './chart-config'
import './chart-tooltip.css'

interface GrowthChartProps {
  rows: GrowthRow[]
  title: string
  summary: string
}

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

/** Ticks on both sides of zero, evenly spaced, from a round number below the data to one above. */
function divergingTicks(rows: readonly GrowthRow[], count: number): number[] {
  const low = Math.min(0, ...rows.map((r) => Math.min(0, r.frequency) + Math.min(0, r.demographic)))
  const high = Math.max(
    0,
    ...rows.map((r) => Math.max(0, r.frequency) + Math.max(0, r.demographic)),
  )
  const step = valueTicks(Math.max(-low, high), count)[1] ?? 1
  const ticks: number[] = []
  for (let t = Math.floor(low / step) * step; t <= Math.ceil(high / step) * step + 1e-9; t += step)
    ticks.push(t)
  return ticks
}

/**
 * The change in users per age group, split in two stacked parts: what a larger (or
 * smaller) share receiving services explains (the finding, blue) and what the size of the
 * age group explains (grey). Parts below zero stack leftwards from the zero line. Each
 * row's name and total stand above it, so a total never sits at the wrong end of a bar.
 */
export function GrowthChart({ rows, title, summary }: GrowthChartProps) {
  const measured = useChartLayout()
  const layout = { ...measured, labelsAbove: true }
  const bar = barRows(layout, 1, rows.length)
  const data = rows.map((r) => ({ ...r, caption: growthCaption(r) }))
  const margin = horizontalBars(layout, 2.6).margin
  const all = divergingTicks(rows, 3)
  // On a phone, the two ends and zero: seven signed ticks do not fit.
  const ticks = measured.labelsAbove ? [...new Set([all[0] ?? 0, 0, all.at(-1) ?? 0])] : all
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={data}
      layout="vertical"
      margin={margin}
      stackOffset="sign"
      title={title}
      desc={summary}
    >
      <CartesianGrid {...GRID} />
      <XAxis
        {...valueAxis(layout)}
        ticks={ticks}
        domain={[all[0] ?? 0, all.at(-1) ?? 0]}
        tickFormatter={(v: number) => signed(v)}
      />
      <YAxis {...categoryAxis(layout, 'label')} />
      <ReferenceLine x={0} stroke="var(--muted)" />
      <Tooltip content={GrowthTooltip} cursor={TOOLTIP_CURSOR} />
      <Bar
        dataKey="frequency"
        name={GROWTH_SERIES.frequency.label}
        stackId="g"
        barSize={bar.bar}
        fill={GROWTH_SERIES.frequency.color}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="caption"
          content={(p) => <NameAbove x={margin.left} y={p.y} value={p.value} font={layout.font} />}
        />
      </Bar>
      <Bar
        dataKey="demographic"
        name={GROWTH_SERIES.demographic.label}
        stackId="g"
        barSize={bar.bar}
        fill={GROWTH_SERIES.demographic.color}
        isAnimationActive={false}
      />
    </BarChart>
  )
}
