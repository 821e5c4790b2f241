import {
  countOrPercent,
  LINE_CHART_HEIGHT,
  lineEndLabel,
  lineStyle,
} from '@/components/charts/chart-config'
import { roundedAxisTicks } from '@/components/charts/chart-layout'
import type { UsersData } from '@/data/schema'
import {
  USERS_EMPTY,
  USERS_TABLE,
  usersSingleYearSummary,
  usersSubtitle,
} from '@/metrics/chart-embeds'
import { resolveSelection } from '@/metrics/selection'
import { shortSourceLabel, sourceAnchor } from '@/metrics/sources'
import {
  resolveYears,
  userSeries,
  usersSummary,
  usersTitle,
  yearsInRange,
} from '@/metrics/users-series'
import type { ViewState } from '@/state/view-state'
import { multiline, type ChartEmbed } from './embed-spec'
import type { LineChartSpec } from './line-chart'

/** Users by age as «Brukere etter alder» draws them (sections/brukere/users-view.tsx). */
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
