import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { countOrPercent, LINE_CHART_HEIGHT, lineEndLabel, lineStyle } from './chart-config'
import { lineChartFrame, lineEndLabelY, roundedAxisTicks } from './chart-layout'
import { useChartLayout } from './chart-parts'

interface UsersChartProps {
  series: Array<{ year: number } & Record<string, number>>
  /** The chosen age groups, each with its index among all groups (for a stable style). */
  lines: readonly { id: string; label: string; styleIndex: number }[]
  measure: 'brukere' | 'frekvens'
  title: string
  summary: string
}

/**
 * Users, or user frequency, per age group over the chosen years. Each line is named at
 * its end, so the reader need not look between chart and legend; where two lines end
 * close together, their names are moved apart so they never touch.
 */
export function UsersChart({ series, lines, measure, title, summary }: UsersChartProps) {
  const layout = useChartLayout()
  const format = (v: number) => countOrPercent(measure === 'brukere' ? 'count' : 'percent', v)
  const last = series.length - 1
  const max = Math.max(0, ...series.flatMap((p) => lines.map((l) => p[l.id] ?? 0)))
  const ticks = roundedAxisTicks(max)
  const top = ticks.at(-1) ?? 1
  const { margin, valueAxisWidth, yearInset, axisHeight } = lineChartFrame(layout)
  // Where each line's name goes, beside its last point, so that none touch.
  const labelY = lineEndLabelY(
    lines.map((l) => series[last]?.[l.id] ?? 0),
    top,
    layout,
    layout.height ?? LINE_CHART_HEIGHT,
  )
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
        padding={{ left: yearInset, right: 0 }}
        interval={layout.labelsAbove ? 'preserveStartEnd' : 0}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: layout.font }}
      />
      <YAxis
        width={valueAxisWidth}
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
                  {lineEndLabel(line.label)}
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
