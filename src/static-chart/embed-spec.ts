import type { LegendItem } from '@/components/charts/legend'
import type { BarChartSpec } from './bar-chart'
import type { LineChartSpec } from './line-chart'

/** What a chart-only embed is made of, before it becomes HTML (html.ts) or a picture. */

export const CHART_EMBEDS = ['arsverk', 'heltid', 'brukere'] as const
export type ChartSection = (typeof CHART_EMBEDS)[number]

export interface TableSpec {
  /** The scroll box's accessible name. */
  label: string
  caption: string
  head: readonly string[]
  /** The column sorted by, and how (aria-sort), if any. */
  sorted?: { index: number; desc: boolean } | undefined
  rows: readonly { header: string; cells: readonly string[] }[]
  foot?: { header: string; cells: readonly string[] } | undefined
}

export interface SourceSpec {
  label: string
  /** The dataset's entry under «Kilder og definisjoner» on the full page. */
  anchor: string
  /** The published document. */
  url?: string | undefined
}

export interface ChartEmbed {
  section: ChartSection
  title: string
  subtitle: string
  summary: string
  legend: readonly LegendItem[] | null
  chart: { kind: 'bars'; spec: BarChartSpec } | { kind: 'lines'; spec: LineChartSpec } | null
  /** What shows instead of the chart when the view leaves nothing to draw. */
  empty: string | null
  table: TableSpec | null
  sources: readonly SourceSpec[]
  /** The page sets this chart, its table and source in a subsection of its section. */
  subsection?: boolean | undefined
}

/** Rows sorted as the page's table sorts them: by the column's value, ties kept in order. */
export function sortedBy<T>(
  rows: readonly T[],
  value: (row: T) => number | string,
  desc: boolean,
): T[] {
  const dir = desc ? -1 : 1
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = value(a.row)
      const y = value(b.row)
      const order =
        typeof x === 'string' && typeof y === 'string'
          ? x.localeCompare(y, 'nb')
          : Number(x) - Number(y)
      return order * dir || a.i - b.i
    })
    .map((r) => r.row)
}

export const multiline = (lines: readonly string[]) => lines.join('\n')
