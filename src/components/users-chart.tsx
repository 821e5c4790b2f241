import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { formatDecimal, formatInteger } from '@/metrics/format'
import { LINE_CHART_HEIGHT, lineStyle } from './chart-config'

interface UsersChartProps {
  series: Array<{ year: number } & Record<string, number>>
  /** The chosen age groups, each with its index among all groups (for a stable style). */
  lines: readonly { id: string; label: string; styleIndex: number }[]
  measure: 'brukere' | 'frekvens'
  title: string
  summary: string
}

/** Users, or user frequency, per age group over the chosen years. */
export function UsersChart({ series, lines, measure, title, summary }: UsersChartProps) {
  const format = (v: number) =>
    measure === 'brukere' ? formatInteger(v) : `${formatDecimal(v, 1)}\u00a0%`
  return (
    <LineChart
      responsive
      style={{ width: '100%', height: LINE_CHART_HEIGHT }}
      data={series}
      margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
      title={title}
      desc={summary}
    >
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis dataKey="year" stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
      <YAxis
        width={64}
        tickFormatter={format}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
      />
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? format(value) : String(value))}
        contentStyle={{
          background: 'var(--bg)',
          border: '1px solid var(--border)',
          borderRadius: 8,
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
            strokeWidth={2.5}
            strokeDasharray={style.dash}
            dot={{ r: 3, fill: style.color }}
            isAnimationActive={false}
          />
        )
      })}
    </LineChart>
  )
}
