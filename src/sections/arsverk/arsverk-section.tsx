import { createColumnHelper } from '@tanstack/react-table'
import { lazy, memo, useDeferredValue, useMemo } from 'react'
import { arsverkLegend } from '@/components/charts/chart-config'
import { barChartHeight } from '@/components/charts/chart-parts'
import { ChartFrame } from '@/components/charts/chart-frame'
import { CheckboxGroup } from '@/components/inputs/checkbox-group'
import { ChoiceGroup } from '@/components/inputs/choice-group'
import { EmptyState } from '@/components/page/empty-state'
import {
  SortableTable,
  type SortableFeatures,
  type TableSort,
} from '@/components/tables/sortable-table'
import { TABLE_FOLD } from '@/components/tables/table-scroll'
import { SourceLine } from '@/components/page/source-line'
import type { ArsverkData } from '@/data/schema'
import {
  arsverkBars,
  arsverkRows,
  arsverkSummary,
  asShares,
  totalsRow,
  type ArsverkRow,
  type ShareRow,
  arsverkTitle,
} from '@/metrics/arsverk-table'
import {
  ARSVERK_EMBED_EMPTY,
  ARSVERK_TABLE,
  arsverkSubtitles,
  arsverkTotalsLabel,
} from '@/metrics/chart-embeds'
import { formatInteger, formatShare } from '@/metrics/format'
import { topRows } from '@/metrics/short-chart'
import { resolveSelection, storedSelection, toggleId } from '@/metrics/selection'
import { shortSourceLabel, sourceHref, sourceLabel, sourceWithAttribution } from '@/metrics/sources'
import { ARSVERK_COLUMNS } from '@/state/view-state'
import { useChartOnly, useViewStore } from '@/state/view-store'
import { WithData, type SectionProps } from '../with-data'

// Memoized: the chart redraws only when what it shows changes (see `shown` below).
const ArsverkChart = memo(
  lazy(() =>
    import('@/components/charts/arsverk-chart').then((m) => ({ default: m.ArsverkChart })),
  ),
)

interface TableRow {
  row: ArsverkRow
  shares: ShareRow
}

const column = createColumnHelper<SortableFeatures, TableRow>()
const byName = (a: { original: TableRow }, b: { original: TableRow }) =>
  a.original.row.name.localeCompare(b.original.row.name, 'nb')
const nameColumn = column.accessor((r) => r.row.name, {
  id: 'name',
  header: ARSVERK_TABLE.name,
  sortFn: byName,
  meta: { rowHeader: true },
})
const sizeColumn = column.accessor((r) => r.row.averagePositionSize ?? -1, {
  id: 'averagePositionSize',
  header: ARSVERK_TABLE.averagePositionSize,
  cell: (c) => formatShare(c.row.original.row.averagePositionSize),
  sortFn: 'basic',
  meta: { numeric: true },
})

const count = (id: 'arsverk' | 'sysselsatte' | 'fullTime' | 'potential', header: string) =>
  column.accessor((r) => r.row[id], {
    id,
    header,
    cell: (c) => formatInteger(c.getValue()),
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
  })
const share = (id: 'arsverk' | 'sysselsatte' | 'fullTime' | 'potential', header: string) =>
  column.accessor((r) => r.shares[id] ?? -1, {
    id,
    header,
    cell: (c) => formatShare(c.row.original.shares[id]),
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
  })

// The columns that carry the argument come first, so a phone shows them beside the
// group before any scrolling: what is missing to full-time, and the position size.
const COUNT_COLUMNS = [
  nameColumn,
  count('potential', ARSVERK_TABLE.antall.potential),
  sizeColumn,
  count('arsverk', ARSVERK_TABLE.antall.arsverk),
  count('sysselsatte', ARSVERK_TABLE.antall.sysselsatte),
  count('fullTime', ARSVERK_TABLE.antall.fullTime),
]
const SHARE_COLUMNS = [
  nameColumn,
  share('potential', ARSVERK_TABLE.andel.potential),
  sizeColumn,
  share('arsverk', ARSVERK_TABLE.andel.arsverk),
  share('sysselsatte', ARSVERK_TABLE.andel.sysselsatte),
  share('fullTime', ARSVERK_TABLE.andel.fullTime),
]

const MEASURES = [
  { value: 'antall', label: 'Antall' },
  { value: 'andel', label: 'Andel av totalen' },
] as const

export function ArsverkSection({ states, retry }: SectionProps) {
  const chartOnly = useChartOnly()
  return (
    <section className="section" aria-labelledby="arsverk-tittel" id="arsverk">
      <h2 id="arsverk-tittel" className={chartOnly ? 'visually-hidden' : undefined}>
        Årsverk og sysselsatte per utdanningsgruppe (2021)
      </h2>
      {!chartOnly && (
        <p className="section__intro">
          Hvor mange årsverk hver utdanningsgruppe hadde i 2021, hvor mange personer som delte dem,
          og hvor mange årsverk som manglet til heltid: så mange årsverk til ville det vært om alle
          hadde hatt hel stilling.
        </p>
      )}
      <WithData states={states} needs={['arsverk']} retry={retry} inBrowserOnly>
        {({ arsverk }) => <ArsverkView data={arsverk} />}
      </WithData>
    </section>
  )
}

function ArsverkView({ data }: { data: ArsverkData }) {
  const groups = useViewStore((s) => s.groups)
  const byLevel = useViewStore((s) => s.byLevel)
  const measure = useViewStore((s) => s.measure)
  const sortColumn = useViewStore((s) => s.arsverkSort.column)
  const sortDesc = useViewStore((s) => s.arsverkSort.desc)
  const setGroups = useViewStore((s) => s.setGroups)
  const setByLevel = useViewStore((s) => s.setByLevel)
  const setMeasure = useViewStore((s) => s.setMeasure)
  const setSort = useViewStore((s) => s.setArsverkSort)

  const known = useMemo(() => data.groups.map((g) => g.id), [data])
  const options = useMemo(() => data.groups.map((g) => ({ id: g.id, label: g.name })), [data])
  const selected = useMemo(() => resolveSelection(groups, known), [groups, known])
  const rows = useMemo(
    () => arsverkRows(data.groups, data.levels, selected, byLevel),
    [data, selected, byLevel],
  )
  const tableRows = useMemo(
    () => rows.map((row) => ({ row, shares: asShares(row, data.total) })),
    [rows, data],
  )
  const total = useMemo(() => totalsRow(rows), [rows])
  const chartOnly = useChartOnly()
  const allBars = useMemo(() => arsverkBars(rows, measure), [rows, measure])
  // A chart embedded alone, and the 4:5 image, stay short: the groups where most is missing.
  const shortBars = useMemo(() => topRows(allBars), [allBars])
  const bars = chartOnly ? shortBars : allBars
  const filtered = rows.length > 0 && !byLevel && selected.length < known.length
  const summary = arsverkSummary(rows, filtered)
  const { full: fullSubtitle, short: shortSubtitle } = arsverkSubtitles(
    measure,
    byLevel,
    data.provenance.referenceDate,
    shortBars.length,
    allBars.length,
  )
  const subtitle = chartOnly ? shortSubtitle : fullSubtitle
  const title = arsverkTitle(rows) ?? subtitle

  // A filter change answers at once in the table and the figures; the chart, the slowest
  // part to draw, follows as a background render that yields to the browser.
  const chart = useMemo(
    () => ({ bars, shortBars, measure, title, subtitle, shortSubtitle, summary: summary ?? '' }),
    [bars, shortBars, measure, title, subtitle, shortSubtitle, summary],
  )
  const shown = useDeferredValue(chart)

  const sourceText = `${sourceWithAttribution(data.provenance)}. Beregnet av Heltid i tall.`
  const setSelection = (next: string[]) => setGroups(storedSelection(next, known))
  const onSortChange = (sort: TableSort) => {
    const column = ARSVERK_COLUMNS.find((c) => c === sort.column)
    if (column) setSort({ column, desc: sort.desc })
  }

  const sources = (
    <SourceLine
      sources={[
        {
          label: chartOnly ? shortSourceLabel(data.provenance) : sourceLabel(data.provenance),
          href: sourceHref('arsverk'),
        },
      ]}
      method={
        chartOnly
          ? undefined
          : 'Gjennomsnittlig stillingsstørrelse, årsverk ved heltid og årsverk som mangler til heltid er beregnet av Heltid i tall.'
      }
    />
  )
  const table = (
    <SortableTable
      // The two measures are different column sets under the same column ids; a new
      // table for each keeps TanStack's per-row value cache from mixing them.
      key={measure}
      caption={ARSVERK_TABLE.caption[measure]}
      scrollLabel={ARSVERK_TABLE.label}
      fold={TABLE_FOLD}
      columns={measure === 'antall' ? COUNT_COLUMNS : SHARE_COLUMNS}
      data={tableRows}
      getRowId={(r) => r.row.id}
      sort={{ column: sortColumn, desc: sortDesc }}
      onSortChange={onSortChange}
      download={{ filename: 'arsverk-per-utdanningsgruppe-2021', source: sourceText }}
      footer={<TotalsRow total={total} measure={measure} data={data} count={rows.length} />}
    />
  )
  const frame =
    rows.length === 0 || !summary ? null : (
      <ChartFrame
        title={shown.title}
        subtitle={shown.subtitle}
        summary={shown.summary}
        height={(layout) => barChartHeight(layout, shown.bars.length)}
        legend={arsverkLegend(measure)}
        filename="arsverk-per-utdanningsgruppe-2021"
        source={sourceText}
        compact={chartOnly !== null}
        tableFollows={chartOnly !== 'diagram'}
        social={{
          chart: (
            <ArsverkChart
              bars={shown.shortBars}
              measure={shown.measure}
              title={shown.title}
              summary={shown.summary}
            />
          ),
          subtitle: shown.shortSubtitle,
          height: (layout) => barChartHeight(layout, shown.shortBars.length),
        }}
      >
        <ArsverkChart
          bars={shown.bars}
          measure={shown.measure}
          title={shown.title}
          summary={shown.summary}
        />
      </ChartFrame>
    )

  if (chartOnly) {
    return (
      <>
        {frame ?? <EmptyState>{ARSVERK_EMBED_EMPTY}</EmptyState>}
        {chartOnly === 'diagram-tabell' && frame && table}
        {sources}
      </>
    )
  }

  return (
    <>
      <div className="filters" role="group" aria-label="Filtre for årsverk og sysselsatte">
        <CheckboxGroup
          legend="Utdanningsgrupper"
          options={options}
          selected={selected}
          onToggle={(id) => setSelection(toggleId(selected, id, known))}
          onAll={() => setGroups(null)}
          onNone={() => setGroups([])}
          collapsible
        />
        <div className="filters__column">
          <ChoiceGroup legend="Vis" options={MEASURES} value={measure} onChange={setMeasure} />
          <div className="switch">
            <input
              type="checkbox"
              id="slaa-sammen-niva"
              checked={byLevel}
              onChange={(e) => setByLevel(e.target.checked)}
            />
            <label htmlFor="slaa-sammen-niva">Slå sammen etter utdanningsnivå</label>
          </div>
        </div>
      </div>

      <p className="visually-hidden" role="status">
        {rows.length === 0 ? 'Ingen grupper valgt.' : summary}
      </p>

      {frame === null ? (
        <EmptyState>
          Ingen utdanningsgrupper er valgt. Velg minst én gruppe for å se diagram og tabell.
        </EmptyState>
      ) : (
        <>
          {frame}
          {table}
        </>
      )}
      {sources}
    </>
  )
}

function TotalsRow({
  total,
  measure,
  data,
  count: shown,
}: {
  total: ArsverkRow
  measure: 'antall' | 'andel'
  data: ArsverkData
  count: number
}) {
  const shares = asShares(total, data.total)
  const value = (id: 'arsverk' | 'sysselsatte' | 'fullTime' | 'potential') =>
    measure === 'antall' ? formatInteger(total[id]) : formatShare(shares[id])
  return (
    <tr>
      <th scope="row">{arsverkTotalsLabel(shown)}</th>
      <td className="numeric">{value('potential')}</td>
      <td className="numeric">{formatShare(total.averagePositionSize)}</td>
      <td className="numeric">{value('arsverk')}</td>
      <td className="numeric">{value('sysselsatte')}</td>
      <td className="numeric">{value('fullTime')}</td>
    </tr>
  )
}
