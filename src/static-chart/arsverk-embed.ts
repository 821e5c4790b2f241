import {
  ARSVERK_SERIES,
  arsverkLegend,
  arsverkTick,
  arsverkTicks,
  arsverkTooltip,
  arsverkValue,
} from '@/components/charts/chart-config'
import type { ArsverkData } from '@/data/schema'
import {
  ARSVERK_EMBED_EMPTY,
  ARSVERK_TABLE,
  arsverkSubtitles,
  arsverkTotalsLabel,
} from '@/metrics/chart-embeds'
import {
  arsverkBars,
  arsverkSummary,
  arsverkTitle,
  asShares,
  totalsRow,
  type ArsverkRow,
} from '@/metrics/arsverk-table'
import { formatInteger, formatShare } from '@/metrics/format'
import { shortSourceLabel, sourceAnchor } from '@/metrics/sources'
import type { ArsverkColumn, Sort, ViewState } from '@/state/view-state'
import { arsverkSelection, shortArsverkBars } from '@/metrics/arsverk-view'
import { multiline, sortedBy, type ChartEmbed, type TableSpec } from './embed-spec'
import type { BarChartSpec } from './bar-chart'

/** The årsverk chart as the section «Årsverk» draws it (sections/arsverk/arsverk-view.tsx). */
export function arsverkEmbed(data: ArsverkData, view: ViewState): ChartEmbed {
  const { rows, filtered } = arsverkSelection(data, view)
  const measure = view.measure
  const all = arsverkBars(rows, measure)
  // Embedded alone, a short chart: the groups where most årsverk are missing.
  const { bars } = shortArsverkBars(rows, measure)
  const summary = arsverkSummary(rows, filtered)
  const subtitle = arsverkSubtitles(
    measure,
    view.byLevel,
    data.provenance.referenceDate,
    bars.length,
    all.length,
  ).short
  const format = (v: number) => arsverkValue(measure, v)
  const max = Math.max(0, ...bars.map((b) => b.arsverk + b.potential))
  // In shares the chart draws one series: each row's part of what is missing.
  const series = [
    ...(measure === 'antall' ? [{ id: 'arsverk', ...ARSVERK_SERIES.arsverk, hatched: false }] : []),
    { id: 'potential', ...ARSVERK_SERIES.potential, hatched: true },
  ]
  const chart: BarChartSpec = {
    id: 'arsverk',
    layout: 'stacked',
    series,
    rows: bars.map((b) => ({
      id: b.id,
      label: b.label,
      values: Object.fromEntries(series.map((s) => [s.id, b[s.id as 'arsverk' | 'potential']])),
      tooltip: multiline(arsverkTooltip(b.row)),
    })),
    domainMax: max,
    ticks: (layout) => arsverkTicks(max, layout),
    formatTick: (v) => arsverkTick(measure, v),
    valueLabel: { series: 'potential', color: ARSVERK_SERIES.potential.color, format },
  }
  const shown = rows.length > 0 && summary !== null
  return {
    section: 'arsverk',
    title: arsverkTitle(rows) ?? subtitle,
    subtitle,
    summary: summary ?? '',
    legend: arsverkLegend(measure),
    chart: shown ? { kind: 'bars', spec: chart } : null,
    empty: shown ? null : ARSVERK_EMBED_EMPTY,
    table: shown ? arsverkTable(data, rows, measure, view.arsverkSort) : null,
    sources: [
      {
        label: shortSourceLabel(data.provenance),
        anchor: sourceAnchor('arsverk'),
        url: data.provenance.url,
      },
    ],
  }
}

function arsverkTable(
  data: ArsverkData,
  rows: readonly ArsverkRow[],
  measure: 'antall' | 'andel',
  sort: Sort<ArsverkColumn>,
): TableSpec {
  const columns = [
    'potential',
    'averagePositionSize',
    'arsverk',
    'sysselsatte',
    'fullTime',
  ] as const
  const words = ARSVERK_TABLE[measure]
  const value = (row: ArsverkRow, id: (typeof columns)[number]): number => {
    if (id === 'averagePositionSize') return row.averagePositionSize ?? -1
    return measure === 'antall' ? row[id] : (asShares(row, data.total)[id] ?? -1)
  }
  const cell = (row: ArsverkRow, id: (typeof columns)[number]): string => {
    if (id === 'averagePositionSize') return formatShare(row.averagePositionSize)
    return measure === 'antall'
      ? formatInteger(row[id])
      : formatShare(asShares(row, data.total)[id])
  }
  const sorted = sortedBy(
    rows,
    (r) => (sort.column === 'name' ? r.name : value(r, sort.column)),
    sort.desc,
  )
  const total = totalsRow(rows)
  const order = ['name', ...columns] as const
  return {
    label: ARSVERK_TABLE.label,
    caption: ARSVERK_TABLE.caption[measure],
    head: [
      ARSVERK_TABLE.name,
      words.potential,
      ARSVERK_TABLE.averagePositionSize,
      words.arsverk,
      words.sysselsatte,
      words.fullTime,
    ],
    sorted: { index: order.indexOf(sort.column), desc: sort.desc },
    rows: sorted.map((r) => ({ header: r.name, cells: columns.map((c) => cell(r, c)) })),
    foot: { header: arsverkTotalsLabel(rows.length), cells: columns.map((c) => cell(total, c)) },
  }
}
