import {
  ARSVERK_SERIES,
  arsverkLegend,
  arsverkTick,
  arsverkTicks,
  arsverkTooltip,
  arsverkValue,
  countOrPercent,
  FULL_TIME_DOMAIN,
  FULL_TIME_SERIES,
  fullTimeTick,
  fullTimeTicks,
  fullTimeTooltip,
  LINE_CHART_HEIGHT,
  lineEndLabel,
  lineStyle,
} from '@/components/charts/chart-config'
import { roundedAxisTicks } from '@/components/charts/chart-layout'
import type { LegendItem } from '@/components/charts/legend'
import type { ArsverkData, FullTime2023Data, UsersData } from '@/data/schema'
import {
  ARSVERK_EMBED_EMPTY,
  ARSVERK_TABLE,
  arsverkSubtitles,
  arsverkTotalsLabel,
  FULL_TIME_TABLE,
  fullTimeSubtitles,
  tablePoints,
  USERS_EMPTY,
  USERS_TABLE,
  usersSingleYearSummary,
  usersSubtitle,
} from '@/metrics/chart-embeds'
import {
  arsverkBars,
  arsverkSummary,
  arsverkTitle,
  asShares,
  totalsRow,
  type ArsverkRow,
} from '@/metrics/arsverk-table'
import { formatInteger, formatPercent, formatShare } from '@/metrics/format'
import {
  fullTimeEnds,
  fullTimeRows,
  fullTimeSummary,
  fullTimeTitle,
  type FullTimeRow,
} from '@/metrics/full-time'
import { resolveSelection } from '@/metrics/selection'
import { shortSourceLabel, sourceAnchor } from '@/metrics/sources'
import {
  resolveYears,
  userSeries,
  usersSummary,
  usersTitle,
  yearsInRange,
} from '@/metrics/users-series'
import type { ArsverkColumn, FullTimeColumn, Sort, ViewState } from '@/state/view-state'
import type { BarChartSpec } from './bar-chart'
import type { LineChartSpec } from './line-chart'
import { arsverkSelection, shortArsverkBars } from '@/metrics/arsverk-view'

/**
 * The three charts that can be embedded alone, as the page's chart-only embeds show them
 * (sections/arsverk-section.tsx, full-time-section.tsx, users-section.tsx), built from the
 * data and a view with the page's own metric functions: rows, order, finding, summary and
 * words all come from src/metrics (the short chart's rows from short-chart.ts, subtitles
 * and table words from chart-embeds.ts), colours, axes, formats and tooltips from
 * components/charts/chart-config.ts, so the static chart follows any change there.
 */

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
function sortedBy<T>(rows: readonly T[], value: (row: T) => number | string, desc: boolean): T[] {
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

const multiline = (lines: readonly string[]) => lines.join('\n')

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

export function usersEmbed(users: UsersData, view: ViewState): ChartEmbed {
  const known = users.ageGroups.map((a) => a.id)
  const selectedIds = resolveSelection(view.ageGroups, known)
  const selected = users.ageGroups.filter((a) => selectedIds.includes(a.id))
  const { from, to } = resolveYears(view.fromYear, view.toYear, users.years)
  const years = yearsInRange(users.years, from, to)
  const measure = view.usersMeasure
  const series = userSeries(users.rows, selectedIds, years, measure)
  const summary = usersSummary(users.rows, selected, from, to, measure)
  const subtitle = usersSubtitle(measure, from, to)
  const format = (v: number) => countOrPercent(measure === 'brukere' ? 'count' : 'percent', v)
  const max = Math.max(0, ...series.flatMap((p) => selectedIds.map((id) => p[id] ?? 0)))
  const chart: LineChartSpec = {
    id: 'brukere',
    years,
    lines: selected.map((a) => {
      const style = lineStyle(known.indexOf(a.id))
      return {
        id: a.id,
        endLabel: lineEndLabel(a.label),
        color: style.color,
        width: style.width,
        dash: style.dash,
        bold: style.width > 3,
        values: series.map((p) => p[a.id] ?? null),
      }
    }),
    ticks: roundedAxisTicks(max),
    formatTick: format,
    tooltips: series.map((p) =>
      multiline([
        String(p.year),
        ...selected.flatMap((a) =>
          p[a.id] === undefined ? [] : [`${a.label}: ${format(p[a.id]!)}`],
        ),
      ]),
    ),
    height: LINE_CHART_HEIGHT,
  }
  const cell = (ageGroup: string, year: number) => {
    const row = users.rows.find((r) => r.ageGroup === ageGroup && r.year === year)
    if (!row) return '–'
    return format(measure === 'brukere' ? row.users : row.frequencyPercent)
  }
  const empty = selected.length === 0
  return {
    section: 'brukere',
    title: usersTitle(users.rows, selected, from, to, measure) ?? subtitle,
    subtitle,
    summary: summary ?? usersSingleYearSummary(from),
    legend: null,
    chart: empty ? null : { kind: 'lines', spec: chart },
    empty: empty ? USERS_EMPTY : null,
    table: empty
      ? null
      : {
          label: USERS_TABLE.label,
          caption: USERS_TABLE.caption[measure],
          head: [USERS_TABLE.ageGroup, ...years.map(String)],
          rows: selected.map((a) => ({ header: a.label, cells: years.map((y) => cell(a.id, y)) })),
        },
    sources: [
      {
        label: shortSourceLabel(users.provenance),
        anchor: sourceAnchor('users'),
        url: users.provenance.url,
      },
    ],
  }
}
