import { lazy, memo, useDeferredValue, useMemo } from 'react'
import { GROWTH_SERIES, LINE_CHART_HEIGHT } from '@/components/charts/chart-config'
import { barChartHeight } from '@/components/charts/chart-parts'
import { ChartFrame } from '@/components/charts/chart-frame'
import { CheckboxGroup } from '@/components/inputs/checkbox-group'
import { ChoiceGroup } from '@/components/inputs/choice-group'
import { EmptyState } from '@/components/page/empty-state'
import { SourceLine } from '@/components/page/source-line'
import { TABLE_FOLD, TableScroll } from '@/components/tables/table-scroll'
import { YearRange } from '@/components/inputs/year-range'
import type { Datasets } from '@/data/schema'
import {
  USERS_EMPTY,
  USERS_TABLE,
  usersSingleYearSummary,
  usersSubtitle,
} from '@/metrics/chart-embeds'
import { formatDecimal, formatInteger } from '@/metrics/format'
import { resolveSelection, storedSelection, toggleId } from '@/metrics/selection'
import { datasetSource, shortSourceLabel, sourceHref, sourceLabel } from '@/metrics/sources'
import {
  growthRows,
  growthSummary,
  growthTitle,
  growthTotal,
  resolveYears,
  userSeries,
  usersSummary,
  yearsInRange,
  type UsersMeasure,
  usersTitle,
} from '@/metrics/users-series'
import { useChartOnly, useViewStore } from '@/state/view-store'
import { WithData, type SectionProps } from '../with-data'

// Memoized: the chart redraws only when what it shows changes (see `shown` below).
const GrowthChart = memo(
  lazy(() => import('@/components/charts/growth-chart').then((m) => ({ default: m.GrowthChart }))),
)
const GROWTH_LEGEND = [GROWTH_SERIES.frequency, GROWTH_SERIES.demographic]

const UsersChart = memo(
  lazy(() => import('@/components/charts/users-chart').then((m) => ({ default: m.UsersChart }))),
)

/** What Heltid i tall computed in the growth split, said once wherever it is shown. */
const GROWTH_METHOD =
  'Oppdelingen i befolkning og andel som får tjenester er beregnet av Heltid i tall.'

const MEASURES = [
  { value: 'brukere', label: 'Antall brukere' },
  { value: 'frekvens', label: 'Brukerfrekvens' },
] as const

export function UsersSection({ states, retry }: SectionProps) {
  const chartOnly = useChartOnly()
  return (
    <section className="section" aria-labelledby="brukere-tittel" id="brukere">
      <h2 id="brukere-tittel" className={chartOnly ? 'visually-hidden' : undefined}>
        {/* Word joiners: the span of years never breaks at the dash. */}
        {'Brukere etter alder (2009\u2060–\u20602021)'}
      </h2>
      {!chartOnly && (
        <p className="section__intro">
          Hvor mange som mottar omsorgstjenester i hver aldersgruppe, og hvor stor andel av
          aldersgruppen det er (brukerfrekvens). Veksten deles i det som skyldes flere personer i
          aldersgruppen, og det som skyldes at en større andel får tjenester.
        </p>
      )}
      <WithData states={states} needs={['users', 'population']} retry={retry} inBrowserOnly>
        {(data) => <UsersView {...data} />}
      </WithData>
    </section>
  )
}

function UsersView({ users, population }: Pick<Datasets, 'users' | 'population'>) {
  const chartOnly = useChartOnly()
  const measure = useViewStore((s) => s.usersMeasure)
  const ageGroupIds = useViewStore((s) => s.ageGroups)
  const fromYear = useViewStore((s) => s.fromYear)
  const toYear = useViewStore((s) => s.toYear)
  const setMeasure = useViewStore((s) => s.setUsersMeasure)
  const setAgeGroups = useViewStore((s) => s.setAgeGroups)
  const setYears = useViewStore((s) => s.setYears)

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
  const onYears = (f: number, t: number) => {
    const first = users.years[0]
    const last = users.years.at(-1)
    setYears(f === first ? null : f, t === last ? null : t)
  }

  return (
    <>
      {!chartOnly && (
        <div className="filters" role="group" aria-label="Filtre for brukere etter alder">
          <CheckboxGroup
            legend="Aldersgrupper"
            options={users.ageGroups}
            selected={selectedIds}
            onToggle={(id) =>
              setAgeGroups(storedSelection(toggleId(selectedIds, id, known), known))
            }
            onAll={() => setAgeGroups(null)}
            onNone={() => setAgeGroups([])}
          />
          <div className="filters__column">
            <ChoiceGroup<UsersMeasure>
              legend="Vis"
              options={MEASURES}
              value={measure}
              onChange={setMeasure}
            />
            <YearRange years={users.years} from={from} to={to} onChange={onYears} />
          </div>
        </div>
      )}

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
          {!chartOnly && <GrowthTable rows={growth} from={from} to={to} source={sourceText} />}
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

function UsersTable({
  users,
  selected,
  years,
  measure,
  source,
}: {
  source: string
  users: Datasets['users']
  selected: readonly { id: string; label: string }[]
  years: readonly number[]
  measure: UsersMeasure
}) {
  const cell = (ageGroup: string, year: number) => {
    const row = users.rows.find((r) => r.ageGroup === ageGroup && r.year === year)
    if (!row) return '–'
    return measure === 'brukere'
      ? formatInteger(row.users)
      : `${formatDecimal(row.frequencyPercent, 1)}\u00a0%`
  }
  return (
    <TableScroll
      label={USERS_TABLE.label}
      fold={TABLE_FOLD}
      download={{
        filename: measure === 'brukere' ? 'brukere-etter-alder' : 'brukerfrekvens-etter-alder',
        source,
      }}
    >
      <table className="data-table">
        <caption>{USERS_TABLE.caption[measure]}</caption>
        <thead>
          <tr>
            <th scope="col">{USERS_TABLE.ageGroup}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="numeric">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {selected.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.label}</th>
              {years.map((y) => (
                <td key={y} className="numeric">
                  {cell(a.id, y)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

function GrowthTable({
  rows,
  from,
  to,
  source,
}: {
  source: string
  rows: ReturnType<typeof growthRows>
  from: number
  to: number
}) {
  if (from === to) {
    return <EmptyState>Velg to forskjellige år for å se hva veksten skyldes.</EmptyState>
  }
  const total = growthTotal(rows)
  const signed = (v: number) => `${v > 0.5 ? '+' : ''}${formatInteger(v)}`
  const summary = growthSummary(rows, from, to)
  const title = growthTitle(rows, from, to)
  return (
    <div className="subsection">
      {summary && title ? (
        // The chart's heading says what the change comes from; its summary (for screen
        // readers) and the folded table below carry the exact figures.
        <ChartFrame
          title={title}
          subtitle={`Endring i antall brukere ${from}–${to}, og hva den skyldes`}
          summary={summary}
          compactSummary
          height={(layout) => barChartHeight({ ...layout, labelsAbove: true }, rows.length)}
          legend={GROWTH_LEGEND}
          filename={`endring-i-brukere-${from}-${to}`}
          source={`${source}. ${GROWTH_METHOD}`}
        >
          <GrowthChart rows={rows} title={title} summary={summary} />
        </ChartFrame>
      ) : (
        <>
          <h3>
            Hva endringen fra {from} til {to} skyldes
          </h3>
          {summary && <p>{summary}</p>}
        </>
      )}
      <TableScroll
        label="Endring i brukere, tabell"
        fold="Vis hele regnestykket som tabell"
        download={{
          filename: `endring-i-brukere-${from}-${to}`,
          source: `${source}. ${GROWTH_METHOD}`,
        }}
      >
        <table className="data-table">
          <caption>
            Endring i brukere {from}–{to}: hva som skyldes at aldersgruppen ble større eller mindre
            (befolkningen), og hva som skyldes at en større eller mindre andel av den får tjenester
          </caption>
          <thead>
            <tr>
              <th scope="col">Aldersgruppe</th>
              <th scope="col" className="numeric">
                Brukere {from}
              </th>
              <th scope="col" className="numeric">
                Brukere {to}
              </th>
              <th scope="col" className="numeric">
                Endring
              </th>
              <th scope="col" className="numeric">
                Brukere {to} med andelen i {from}
              </th>
              <th scope="col" className="numeric">
                Skyldes befolkningen
              </th>
              <th scope="col" className="numeric">
                Skyldes endret andel
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                <td className="numeric">{formatInteger(r.baseUsers)}</td>
                <td className="numeric">{formatInteger(r.targetUsers)}</td>
                <td className="numeric">{signed(r.total)}</td>
                <td className="numeric">{formatInteger(r.atBaseFrequency)}</td>
                <td className="numeric">{signed(r.demographic)}</td>
                <td className="numeric">{signed(r.frequency)}</td>
              </tr>
            ))}
          </tbody>
          {rows.length > 1 && (
            <tfoot>
              <tr>
                <th scope="row">Sum</th>
                <td className="numeric">{formatInteger(total.baseUsers)}</td>
                <td className="numeric">{formatInteger(total.targetUsers)}</td>
                <td className="numeric">{signed(total.total)}</td>
                <td className="numeric">{formatInteger(total.atBaseFrequency)}</td>
                <td className="numeric">{signed(total.demographic)}</td>
                <td className="numeric">{signed(total.frequency)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </TableScroll>
    </div>
  )
}
