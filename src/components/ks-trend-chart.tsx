import { CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { KsTrendRow } from '@/metrics/ks-trend'
import { formatPercent } from '@/metrics/format'
import { KS_TREND_LINES } from './chart-config'

interface KsTrendChartProps {
  rows: KsTrendRow[]
  /** Ticks on the time axis, evenly spaced (the dots mark the published years). */
  ticks: number[]
  title: string
  summary: string
}

interface PointLabel {
  x?: number | string | undefined
  y?: number | string | undefined
  value?: unknown
  index?: number | undefined
}

/**
 * KS' series for turnus staff over the years KS has published. A dot is a published
 * figure; the first and last are labelled with their value; a solid line joins two consecutive years; a thin dotted
 * line crosses years with no figure, so a gap never looks like data. Each line is named
 * at its first dot, so the chart needs no legend.
 */
export function KsTrendChart({ rows, ticks, title, summary }: KsTrendChartProps) {
  return (
    <LineChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={rows}
      margin={{ top: 28, right: 28, bottom: 4, left: 4 }}
      title={title}
      desc={summary}
    >
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis
        dataKey="year"
        type="number"
        domain={['dataMin', 'dataMax']}
        ticks={ticks}
        interval={0}
        padding={{ left: 12, right: 12 }}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: 13 }}
      />
      <YAxis
        width={48}
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tickFormatter={(v: number) => formatPercent(v, 0)}
        stroke="var(--muted)"
        tick={{ fill: 'var(--muted)', fontSize: 13 }}
      />
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? formatPercent(value) : '–')}
        contentStyle={{
          background: 'var(--bg)',
          border: '1px solid var(--border)',
          borderRadius: 8,
        }}
        labelStyle={{ fontWeight: 700, color: 'var(--text)' }}
      />
      {KS_TREND_LINES.map((line) => [
        <Line
          key={`${line.id}-gap`}
          dataKey={line.id}
          connectNulls
          stroke={line.color}
          strokeWidth={1.5}
          strokeDasharray="2 4"
          dot={false}
          activeDot={false}
          tooltipType="none"
          legendType="none"
          isAnimationActive={false}
        />,
        <Line
          key={line.id}
          dataKey={line.id}
          name={line.name}
          stroke={line.color}
          strokeWidth={3}
          dot={{ r: 4, fill: line.color, strokeWidth: 0 }}
          isAnimationActive={false}
        >
          <LabelList
            dataKey={line.id}
            content={(props: PointLabel) => (
              <PointText
                {...props}
                color={line.color}
                name={line.name}
                below={line.nameBelow}
                first={firstIndex(rows, line.id)}
                last={lastIndex(rows, line.id)}
              />
            )}
          />
        </Line>,
      ])}
    </LineChart>
  )
}

const firstIndex = (rows: KsTrendRow[], id: string) => rows.findIndex((r) => r[id] !== null)
const lastIndex = (rows: KsTrendRow[], id: string) => rows.findLastIndex((r) => r[id] !== null)

function PointText({
  x,
  y,
  value,
  index,
  color,
  name,
  below,
  first,
  last,
}: PointLabel & { color: string; name: string; below: boolean; first: number; last: number }) {
  if (typeof x !== 'number' || typeof y !== 'number' || typeof value !== 'number') return null
  if (index !== first && index !== last) return null
  return (
    <g>
      <text
        x={x}
        y={y - 10}
        textAnchor={index === first ? 'start' : 'end'}
        fontSize={13}
        fontWeight={700}
        fill="var(--text)"
      >
        {formatPercent(value)}
      </text>
      {index === first && (
        <text
          x={x}
          y={below ? y + 22 : y - 28}
          textAnchor="start"
          fontSize={13}
          fontWeight={700}
          fill={color}
        >
          {name}
        </text>
      )}
    </g>
  )
}
