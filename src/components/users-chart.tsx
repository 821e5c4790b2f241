import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { countOrPercent, lineEndLabel, lineStyle } from './chart-config'

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
 * its end, so the reader need not look between chart and legend.
 */
export function UsersChart({ series, lines, measure, title, summary }: UsersChartProps) {
  const format = (v: number) => countOrPercent(measure === 'brukere' ? 'count' : 'percent', v)
  const last = series.length - 1
  return (
    <LineChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={series}
      margin={{ top: 12, right: 72, bottom: 4, left: 8 }}
      title={title}
      desc={summary}
    >
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis dataKey="year" stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 13 }} />
      <YAxis
        width={68}
        tickFormatter={format}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: 13 }}
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
      {lines.map((line) => {
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
                  y={Number(props.y)}
                  dy="0.35em"
                  fontSize={13}
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
