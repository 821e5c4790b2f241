import { createColumnHelper } from '@tanstack/react-table'
import { lazy, memo, useMemo } from 'react'
import { FULL_TIME_SERIES, groupedBarChartHeight } from '@/components/chart-config'
import { ChartFrame } from '@/components/chart-frame'
import { Legend } from '@/components/legend'
import { SortableTable, type SortableFeatures, type TableSort } from '@/components/sortable-table'
import { SourceLine } from '@/components/source-line'
import { TableScroll } from '@/components/table-scroll'
import type { Datasets } from '@/data/schema'
import { formatPercent, formatPoints } from '@/metrics/format'
import { fullTimeBars, fullTimeRows, fullTimeSummary, type FullTimeRow } from '@/metrics/full-time'
import { formatKeyFigure } from '@/metrics/key-figures'
import { planSectionLabel, sourceLabel } from '@/metrics/sources'
import { FULL_TIME_COLUMNS } from '@/state/view-state'
import { useViewStore } from '@/state/view-store'
import { WithData, type SectionProps } from './with-data'

// Memoized: sorting the table does not redraw the chart.
const FullTimeChart = memo(
  lazy(() => import('@/components/full-time-chart').then((m) => ({ default: m.FullTimeChart }))),
)

const column = createColumnHelper<SortableFeatures, FullTimeRow>()
const percent = (id: 'percent2023' | 'percent2022' | 'percent2016', header: string) =>
  column.accessor(id, {
    header,
    cell: (c) => formatPercent(c.getValue()),
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
  })
const points = (id: 'changeSince2022' | 'changeSince2016', header: string) =>
  column.accessor(id, {
    header,
    cell: (c) => formatPoints(c.getValue()).replace(' prosentpoeng', ''),
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
  })
const COLUMNS = [
  column.accessor('group', {
    header: 'Fagutdanning',
    sortFn: (a, b) => a.original.group.localeCompare(b.original.group, 'nb'),
    meta: { rowHeader: true },
  }),
  percent('percent2023', '2023'),
  points('changeSince2022', 'Endring fra 2022'),
  points('changeSince2016', 'Endring fra 2016'),
  percent('percent2022', '2022 (utledet)'),
  percent('percent2016', '2016 (utledet)'),
]
const LEGEND = [FULL_TIME_SERIES.percent2016, FULL_TIME_SERIES.percent2023]

export function FullTimeSection({ states, retry }: SectionProps) {
  return (
    <section className="section" aria-labelledby="heltid-tittel" id="heltid">
      <h2 id="heltid-tittel">Heltid og deltid</h2>
      <p className="section__intro">
        Hvor mange som har heltid, etter utdanning, og sykefraværet der planen oppgir det. Ved hvert
        tall står det hvordan heltid er definert og hvem tallet gjelder.
      </p>
      <WithData states={states} needs={['fullTime2021']} retry={retry} inBrowserOnly>
        {(data) => <Plan2021 {...data} />}
      </WithData>
      <WithData states={states} needs={['fullTime2023']} retry={retry} inBrowserOnly>
        {(data) => <Ssb2023 {...data} />}
      </WithData>
      <WithData states={states} needs={['keyFigures']} retry={retry} inBrowserOnly>
        {(data) => <SickLeave {...data} />}
      </WithData>
    </section>
  )
}

function Plan2021({ fullTime2021: d }: Pick<Datasets, 'fullTime2021'>) {
  return (
    <div className="subsection">
      <h3>Heltidsandel i omsorgstjenesten {d.provenance.referenceDate} (planen)</h3>
      <dl className="definition-note">
        <dt>Heltid</dt>
        <dd>{d.definition}</dd>
        <dt>Gjelder</dt>
        <dd>{d.coverage}</dd>
      </dl>
      <ul className="stat-list">
        {d.rows.map((r) => (
          <li key={r.id}>
            <span className="stat-list__value">{formatPercent(r.percent, 0)}</span>{' '}
            <span className="stat-list__label">{r.group}</span>
          </li>
        ))}
      </ul>
      <blockquote className="figure-card__quote">
        <p>
          <span className="visually-hidden">Planen skriver: </span>«{d.quote}»
        </p>
      </blockquote>
      <SourceLine sources={[{ label: sourceLabel(d.provenance), href: '#kilde-fullTime2021' }]} />
    </div>
  )
}

function Ssb2023({ fullTime2023: d }: Pick<Datasets, 'fullTime2023'>) {
  const sortColumn = useViewStore((s) => s.fullTimeSort.column)
  const sortDesc = useViewStore((s) => s.fullTimeSort.desc)
  const setSort = useViewStore((s) => s.setFullTimeSort)
  const rows = useMemo(() => fullTimeRows([...d.rows, d.all]), [d])
  const bars = useMemo(() => fullTimeBars(rows), [rows])
  const summary = fullTimeSummary(rows)
  const title = 'Andel ansatte med heltid, 2016 og 2023'
  const sourceText = `${sourceLabel(d.provenance)}. ${d.provenance.attribution}. Nivåene for 2022 og 2016 er utledet.`
  const onSortChange = (sort: TableSort) => {
    const column = FULL_TIME_COLUMNS.find((c) => c === sort.column)
    if (column) setSort({ column, desc: sort.desc })
  }
  return (
    <div className="subsection">
      <h3>Heltidsandel etter fagutdanning 2016–2023 (SSB)</h3>
      <dl className="definition-note">
        <dt>Heltid</dt>
        <dd>{d.definition}</dd>
        <dt>Gjelder</dt>
        <dd>{d.coverage}, ikke bare omsorgstjenesten</dd>
        <dt>Utledet</dt>
        <dd>Nivåene for 2022 og 2016 er andelen i 2023 minus endringen SSB oppgir.</dd>
      </dl>
      {summary && (
        <ChartFrame
          title={title}
          summary={summary}
          height={groupedBarChartHeight(bars.length)}
          legend={<Legend items={LEGEND} />}
          filename="heltidsandel-etter-fagutdanning-2016-2023"
          source={sourceText}
        >
          <FullTimeChart bars={bars} title={title} summary={summary} />
        </ChartFrame>
      )}
      <SortableTable
        caption={`Andel ansatte med heltid etter fagutdanning (prosent; endring i prosentpoeng), ${d.provenance.referenceDate}`}
        scrollLabel="Heltidsandel etter fagutdanning, tabell"
        download={{ filename: 'heltidsandel-etter-fagutdanning-2023', source: sourceText }}
        columns={COLUMNS}
        data={rows}
        getRowId={(r) => r.id}
        sort={{ column: sortColumn, desc: sortDesc }}
        onSortChange={onSortChange}
      />
      <SourceLine
        sources={[{ label: sourceLabel(d.provenance), href: '#kilde-fullTime2023' }]}
        method="Nivåene for 2022 og 2016 er utledet av Heltid i tall."
      />
    </div>
  )
}

const SICK_LEAVE = [
  { id: 'sykefravaer-2021', who: 'Hele omsorgstjenesten' },
  {
    id: 'sykefravaer-hoyest-2021',
    who: 'Helsefagarbeidere, aktivitører og barne- og ungdomsarbeidere',
  },
  {
    id: 'sykefravaer-sykepleier-uten-videreutdanning-2021',
    who: 'Sykepleiere uten videreutdanning',
  },
  { id: 'sykefravaer-sykepleier-med-videreutdanning-2021', who: 'Sykepleiere med videreutdanning' },
]

function SickLeave({ keyFigures }: Pick<Datasets, 'keyFigures'>) {
  const rows = SICK_LEAVE.flatMap(({ id, who }) => {
    const figure = keyFigures.figures.find((f) => f.id === id)
    return figure ? [{ who, figure }] : []
  })
  if (rows.length === 0) return null
  const heading = rows[0]!.figure.heading
  return (
    <div className="subsection">
      <h3>Sykefravær i omsorgstjenesten 2021 (planen)</h3>
      <TableScroll
        label="Sykefravær, tabell"
        download={{ filename: 'sykefravaer-2021', source: planSectionLabel(heading) }}
      >
        <table className="data-table">
          <caption>Sykefravær etter gruppe, slik planen oppgir det</caption>
          <thead>
            <tr>
              <th scope="col">Gruppe</th>
              <th scope="col" className="numeric">
                Sykefravær
              </th>
              <th scope="col">Planens ordlyd</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ who, figure }) => (
              <tr key={figure.id}>
                <th scope="row">{who}</th>
                <td className="numeric">{formatKeyFigure(figure)}</td>
                <td className="quote-cell">«{figure.quote}»</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <SourceLine sources={[{ label: planSectionLabel(heading), href: '#kilde-keyFigures' }]} />
    </div>
  )
}
