import { lazy, memo, useDeferredValue, useMemo } from 'react'
import { LINE_CHART_HEIGHT } from '@/components/charts/chart-config'
import { ChartFrame } from '@/components/charts/chart-frame'
import { EmptyState } from '@/components/page/empty-state'
import { SourceLine } from '@/components/page/source-line'
import type { Datasets } from '@/data/schema'
import { USERS_EMPTY, usersSingleYearSummary, usersSubtitle } from '@/metrics/chart-embeds'
import { growthRows } from '@/metrics/growth'
import { resolveSelection } from '@/metrics/selection'
import { datasetSource, shortSourceLabel, sourceHref, sourceLabel } from '@/metrics/sources'
import {
  resolveYears,
  userSeries,
  usersSummary,
  usersTitle,
  yearsInRange,
} from '@/metrics/users-series'
import { useChartOnly, useViewStore } from '@/state/view-store'
import { GrowthPart } from './growth-part'
import { UsersFilters } from './users-filters'
import { UsersTable } from './users-table'

// Memoized: the chart redraws only when what it shows changes (see `shown` below).
const UsersChart = memo(
  lazy(() => import('@/components/charts/users-chart').then((m) => ({ default: m.UsersChart }))),
)

/**
 * Users by age: the filters, the line chart of users or user frequency, its table, and
 * what the growth comes from. Embedded alone (`chartOnly`), the chart and its table.
 */
export function UsersView({ users, population }: Pick<Datasets, 'users' | 'population'>) {
  const chartOnly = useChartOnly()
  const measure = useViewStore((s) => s.usersMeasure)
  const ageGroupIds = useViewStore((s) => s.ageGroups)
  const fromYear = useViewStore((s) => s.fromYear)
  const toYear = useViewStore((s) => s.toYear)

  const known = useMemo(() => users.ageGroups.map((a) => a.id), [users])
  const selectedIds = useMemo(() => resolveSelection(ageGroupIds, known), [ageGroupIds, known])
  const selected = useMemo(
    () => users.ageGroups.filter((a) => selectedIds.includes(a.id)),
    [users, selectedIds],
  )
  const { from, to } = resolveYears(fromYear, toYear, users.years)
  const years = useMemo(() => yearsInRange(users.years, from, to), [users, from, to])
  const series = useMemo(
    () => userSeries(users.rows, selectedIds, years, measure),
    [users, selectedIds, years, measure],
  )
  const growth = useMemo(
    () => growthRows(users.rows, population.rows, selected, from, to),
    [users, population, selected, from, to],
  )
  const summary = usersSummary(users.rows, selected, from, to, measure)
  const lines = useMemo(
    () => selected.map((a) => ({ ...a, styleIndex: known.indexOf(a.id) })),
    [selected, known],
  )
  const subtitle = usersSubtitle(measure, from, to)
  const title = usersTitle(users.rows, selected, from, to, measure) ?? subtitle
  // A filter change answers at once in the tables; the chart, the slowest part to draw,
  // follows as a background render that yields to the browser.
  const chart = useMemo(
    () => ({ series, lines, measure, title, subtitle, summary }),
    [series, lines, measure, title, subtitle, summary],
  )
  const shown = useDeferredValue(chart)
  const sources = [
    {
      // Embedded as a graphic: the source named short; its link opens the full entry.
      label: chartOnly ? shortSourceLabel(users.provenance) : sourceLabel(users.provenance),
      href: sourceHref('users'),
    },
    datasetSource('population', population.provenance),
  ]
  const sourceText = sources.map((s) => s.label).join('; ')
  return (
    <>
      {!chartOnly && <UsersFilters users={users} selectedIds={selectedIds} from={from} to={to} />}

      <p className="visually-hidden" role="status">
        {selected.length === 0 ? 'Ingen aldersgrupper valgt.' : summary}
      </p>

      {selected.length === 0 ? (
        <EmptyState>{USERS_EMPTY}</EmptyState>
      ) : (
        <>
          <ChartFrame
            title={shown.title}
            summary={shown.summary ?? usersSingleYearSummary(from)}
            height={LINE_CHART_HEIGHT}
            subtitle={shown.subtitle}
            filename={measure === 'brukere' ? 'brukere-etter-alder' : 'brukerfrekvens-etter-alder'}
            source={sourceText}
            compact={chartOnly !== null}
            tableFollows={chartOnly !== 'diagram'}
          >
            <UsersChart
              series={shown.series}
              lines={shown.lines}
              measure={shown.measure}
              title={shown.title}
              summary={shown.summary ?? ''}
            />
          </ChartFrame>
          {chartOnly !== 'diagram' && (
            <UsersTable
              users={users}
              selected={selected}
              years={years}
              measure={measure}
              source={sourceText}
            />
          )}
          {!chartOnly && <GrowthPart rows={growth} from={from} to={to} source={sourceText} />}
        </>
      )}
      <SourceLine
        sources={chartOnly ? sources.slice(0, 1) : sources}
        method={
          chartOnly
            ? undefined
            : 'Heltid i tall har delt veksten i to: brukerfrekvensen regnes mot befolkningen 1. januar året etter.'
        }
      />
    </>
  )
}
