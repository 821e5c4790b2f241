import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { formatDecimal, formatInteger } from '@/metrics/format'
import { lineStyle } from './chart-config'
import { spreadLabels, useChartLayout, valueAxisHeight, valueTicks } from './chart-parts'

interface UsersChartProps {
  series: Array<{ year: number } & Record<string, number>>
  /** The chosen age groups, each with its index among all groups (for a stable style). */
  lines: readonly { id: string; label: string; styleIndex: number }[]
  measure: 'brukere' | 'frekvens'
  title: string
  summary: string
}

/** "0–49 år" for the line's end; "90 år eller eldre" becomes "90+ år" to fit. */
const endLabel = (label: string) => label.replace(' år eller eldre', '+ år')

/** The value axis from zero to a round number at or above the largest value. */
function axisTicks(max: number): number[] {
  const ticks = valueTicks(max, 4)
  const step = ticks[1] ?? 1
  const last = ticks.at(-1) ?? 0
  return last + 1e-9 >= max ? ticks : [...ticks, last + step]
}

const DEFAULT_HEIGHT = 320

/**
 * Users, or user frequency, per age group over the chosen years. Each line is named at
 * its end, so the reader need not look between chart and legend; where two lines end
 * close together, their names are moved apart so they never touch.
 */
export function UsersChart({ series, lines, measure, title, summary }: UsersChartProps) {
  const layout = useChartLayout()
  const format = (v: number) =>
    measure === 'brukere' ? formatInteger(v) : `${formatDecimal(v, 1)}\u00a0%`
  const last = series.length - 1
  const max = Math.max(0, ...series.flatMap((p) => lines.map((l) => p[l.id] ?? 0)))
  const ticks = axisTicks(max)
  const top = ticks.at(-1) ?? 1
  const margin = {
    top: Math.round(layout.font),
    right: Math.round(layout.font * 5.6),
    bottom: 4,
    left: 8,
  }
  const axisHeight = valueAxisHeight(layout)
  // Where each line's last point is drawn, and where its name goes so that none touch.
  const plotTop = margin.top
  const plotBottom = (layout.height ?? DEFAULT_HEIGHT) - margin.bottom - axisHeight
  const endY = lines.map((l) => {
    const value = series[last]?.[l.id] ?? 0
    return plotTop + (1 - value / top) * (plotBottom - plotTop)
  })
  const labelY = spreadLabels(endY, layout.font * 1.3, plotTop, plotBottom)
  return (
    <LineChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={series}
      margin={margin}
      title={title}
      desc={summary}
    >
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis
        dataKey="year"
        height={axisHeight}
        // The first year a little in from the corner, clear of the value axis' «0».
        padding={{ left: Math.round(layout.font * 1.2), right: 0 }}
        interval={layout.labelsAbove ? 'preserveStartEnd' : 0}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: layout.font }}
      />
      <YAxis
        width={Math.round(layout.font * 5.2)}
        domain={[0, top]}
        ticks={ticks}
        interval={0}
        tickFormatter={format}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: layout.font }}
      />
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? format(value) : String(value))}
        wrapperStyle={{ zIndex: 2 }}
        contentStyle={{
          background: 'var(--bg)',
          border: '1px solid var(--border)',
          borderRadius: 8,
          maxWidth: '16rem',
          whiteSpace: 'normal',
        }}
        labelStyle={{ fontWeight: 700, color: 'var(--text)' }}
      />
      {lines.map((line, i) => {
        const style = lineStyle(line.styleIndex)
        return (
          <Line
            key={line.id}
            dataKey={line.id}
            name={line.label}
            stroke={style.color}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            dot={{ r: 3, fill: style.color }}
            isAnimationActive={false}
            label={(props: { x?: number | string; y?: number | string; index?: number }) =>
              props.index === last ? (
                <text
                  key={`${line.id}-end`}
                  x={Number(props.x) + 8}
                  y={labelY[i] ?? Number(props.y)}
                  dy="0.35em"
                  fontSize={layout.font}
                  fontWeight={style.width > 3 ? 700 : 400}
                  fill={style.color}
                >
                  {endLabel(line.label)}
                </text>
              ) : (
                <g key={`${line.id}-${String(props.index)}`} />
              )
            }
          />
        )
      })}
    </LineChart>
  )
}
