import {
  FULL_TIME_DOMAIN,
  FULL_TIME_SERIES,
  fullTimeTick,
  fullTimeTicks,
  fullTimeTooltip,
} from '@/components/charts/chart-config'
import type { FullTime2023Data } from '@/data/schema'
import { FULL_TIME_TABLE, fullTimeSubtitles, tablePoints } from '@/metrics/chart-embeds'
import { formatPercent } from '@/metrics/format'
import {
  fullTimeEnds,
  fullTimeRows,
  fullTimeSummary,
  fullTimeTitle,
  type FullTimeRow,
} from '@/metrics/full-time'
import { shortSourceLabel, sourceAnchor } from '@/metrics/sources'
import type { FullTimeColumn, ViewState } from '@/state/view-state'
import { multiline, sortedBy, type ChartEmbed, type TableSpec } from './embed-spec'
import type { BarChartSpec } from './bar-chart'

/** SSB's 2023 full-time shares as «Heltid og deltid» draws them (sections/heltid/ssb-2023.tsx). */
export function fullTimeEmbed(data: FullTime2023Data, view: ViewState): ChartEmbed {
  const rows = fullTimeRows([...data.rows, data.all])
  // Embedded alone, a short chart: both ends of the education groups' range (SSB's row
  // for all groups is the table's, not the chart's).
  const { bars: groupBars, ends: bars } = fullTimeEnds(fullTimeRows(data.rows))
  const summary = fullTimeSummary(rows)
  const subtitle = fullTimeSubtitles(bars.length, groupBars.length).short
  const T = FULL_TIME_TABLE
  const chart: BarChartSpec = {
    id: 'heltid',
    layout: 'grouped',
    series: [
      { id: 'percent2016', ...FULL_TIME_SERIES.percent2016, hatched: true },
      { id: 'percent2023', ...FULL_TIME_SERIES.percent2023, hatched: false },
    ],
    rows: bars.map((r) => ({
      id: r.id,
      label: r.label,
      values: { percent2016: r.percent2016, percent2023: r.percent2023 },
      tooltip: multiline(fullTimeTooltip(r)),
    })),
    domainMax: FULL_TIME_DOMAIN[1],
    ticks: fullTimeTicks,
    formatTick: fullTimeTick,
    valueLabel: { series: 'percent2023', color: 'var(--text)', format: (v) => formatPercent(v) },
  }
  const columns: readonly Exclude<FullTimeColumn, 'group'>[] = [
    'percent2023',
    'changeSince2022',
    'changeSince2016',
    'percent2022',
    'percent2016',
  ]
  const cell = (r: FullTimeRow, c: (typeof columns)[number]) =>
    c.startsWith('change') ? tablePoints(r[c]) : formatPercent(r[c])
  const sort = view.fullTimeSort
  const order: readonly FullTimeColumn[] = ['group', ...columns]
  const table: TableSpec = {
    label: T.label,
    caption: T.caption(data.provenance.referenceDate),
    head: [T.group, ...columns.map((c) => T[c])],
    sorted: { index: order.indexOf(sort.column), desc: sort.desc },
    rows: sortedBy(
      rows,
      (r) => (sort.column === 'group' ? r.group : r[sort.column]),
      sort.desc,
    ).map((r) => ({ header: r.group, cells: columns.map((c) => cell(r, c)) })),
  }
  return {
    section: 'heltid',
    subsection: true,
    title: fullTimeTitle(rows) ?? subtitle,
    subtitle,
    summary: summary ?? '',
    legend: [FULL_TIME_SERIES.percent2016, FULL_TIME_SERIES.percent2023],
    chart: summary ? { kind: 'bars', spec: chart } : null,
    empty: null,
    table,
    sources: [
      {
        label: shortSourceLabel(data.provenance),
        anchor: sourceAnchor('fullTime2023'),
        url: data.provenance.url,
      },
    ],
  }
}
