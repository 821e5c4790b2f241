import { createColumnHelper } from '@tanstack/react-table'
import { lazy, memo, useMemo } from 'react'
import { FULL_TIME_SERIES, KS_SHARE_SERIES } from '@/components/charts/chart-config'
import { barChartHeight } from '@/components/charts/chart-parts'
import { BarList } from '@/components/charts/bar-list'
import { ChartFrame } from '@/components/charts/chart-frame'
import {
  SortableTable,
  type SortableFeatures,
  type TableSort,
} from '@/components/tables/sortable-table'
import { SourceLine } from '@/components/page/source-line'
import { TABLE_FOLD, TableScroll } from '@/components/tables/table-scroll'
import type { Datasets, KsSeries } from '@/data/schema'
import { FULL_TIME_TABLE, fullTimeSubtitles, tablePoints } from '@/metrics/chart-embeds'
import { decimalsOf, formatInteger, formatPercent, formatSignedPercent } from '@/metrics/format'
import {
  fullTimeBars,
  fullTimeRows,
  fullTimeSummary,
  fullTimeTitle,
  type FullTimeRow,
} from '@/metrics/full-time'
import { formatKeyFigure } from '@/metrics/key-figures'
import {
  KS_SHARE_SUBTITLE,
  ksChangeSentence,
  ksShareRows,
  ksShareSummary,
  ksTrendRows,
  otherSeriesLines,
  partTimeHeadline,
  publishedRows,
  publishedYears,
} from '@/metrics/ks-trend'
import { rangeEnds } from '@/metrics/short-chart'
import {
  planSectionLabel,
  shortSourceLabel,
  sourceLabel,
  sourceWithAttribution,
} from '@/metrics/sources'
import { FULL_TIME_COLUMNS } from '@/state/view-state'
import { useChartOnly, useViewStore } from '@/state/view-store'
import { WithData, type SectionProps } from '../with-data'

// Memoized: sorting the table does not redraw the chart.
const FullTimeChart = memo(
  lazy(() =>
    import('@/components/charts/full-time-chart').then((m) => ({ default: m.FullTimeChart })),
  ),
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
    cell: (c) => tablePoints(c.getValue()),
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
  })
const COLUMNS = [
  column.accessor('group', {
    header: FULL_TIME_TABLE.group,
    sortFn: (a, b) => a.original.group.localeCompare(b.original.group, 'nb'),
    meta: { rowHeader: true },
  }),
  percent('percent2023', FULL_TIME_TABLE.percent2023),
  points('changeSince2022', FULL_TIME_TABLE.changeSince2022),
  points('changeSince2016', FULL_TIME_TABLE.changeSince2016),
  percent('percent2022', FULL_TIME_TABLE.percent2022),
  percent('percent2016', FULL_TIME_TABLE.percent2016),
]
const LEGEND = [FULL_TIME_SERIES.percent2016, FULL_TIME_SERIES.percent2023]
const KS_LEGEND = [KS_SHARE_SERIES.partTime, KS_SHARE_SERIES.fullTime]

export function FullTimeSection({ states, retry }: SectionProps) {
  const chartOnly = useChartOnly()
  if (chartOnly) {
    // Embedded alone: SSB's full-time shares by education, the section's main chart.
    return (
      <section className="section" aria-labelledby="heltid-tittel" id="heltid">
        <h2 id="heltid-tittel" className="visually-hidden">
          Heltid og deltid
        </h2>
        <WithData states={states} needs={['fullTime2023']} retry={retry} inBrowserOnly>
          {(data) => <Ssb2023 {...data} chartOnly={chartOnly} />}
        </WithData>
      </section>
    )
  }
  return (
    <section className="section" aria-labelledby="heltid-tittel" id="heltid">
      <h2 id="heltid-tittel">Heltid og deltid</h2>
      <p className="section__intro">
        Planens tall for 2021, utviklingen til 2023 i arbeidsgivernes register (KS) og SSBs tall
        etter utdanning. KS og SSB definerer heltid ulikt, så tallene deres står aldri i samme
        serie.
      </p>
      <WithData states={states} needs={['fullTime2021']} retry={retry} inBrowserOnly>
        {(data) => <Plan2021 {...data} />}
      </WithData>
      <WithData states={states} needs={['ksFullTime']} retry={retry} inBrowserOnly>
        {(data) => <KsTrend {...data} />}
      </WithData>
      <WithData states={states} needs={['arsverk', 'arsverk2023']} retry={retry} inBrowserOnly>
        {(data) => <Arsverk2023 {...data} />}
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
      <BarList
        caption={`Andel med heltid, ${d.provenance.referenceDate}`}
        max={100}
        items={d.rows.map((r) => ({
          id: r.id,
          label: r.group,
          value: r.percent,
          display: formatPercent(r.percent, 0),
        }))}
      />
      <details className="table-fold">
        <summary>Slik skriver planen det</summary>
        <blockquote className="quote">
          <p>
            <span className="visually-hidden">Planen skriver: </span>«{d.quote}»
          </p>
        </blockquote>
      </details>
      <SourceLine sources={[{ label: sourceLabel(d.provenance), href: '#kilde-fullTime2021' }]} />
    </div>
  )
}

function Ssb2023({
  fullTime2023: d,
  chartOnly = null,
}: Pick<Datasets, 'fullTime2023'> & { chartOnly?: 'diagram' | 'diagram-tabell' | null }) {
  const sortColumn = useViewStore((s) => s.fullTimeSort.column)
  const sortDesc = useViewStore((s) => s.fullTimeSort.desc)
  const setSort = useViewStore((s) => s.setFullTimeSort)
  const rows = useMemo(() => fullTimeRows([...d.rows, d.all]), [d])
  const bars = useMemo(() => fullTimeBars(rows), [rows])
  // The chart embedded alone and the 4:5 image: both ends of the education groups' range.
  const groupBars = useMemo(() => fullTimeBars(fullTimeRows(d.rows)), [d])
  const ends = useMemo(() => rangeEnds(groupBars), [groupBars])
  const summary = fullTimeSummary(rows)
  const { full: fullSubtitle, short: shortSubtitle } = fullTimeSubtitles(
    ends.length,
    groupBars.length,
  )
  const subtitle = chartOnly ? shortSubtitle : fullSubtitle
  const title = fullTimeTitle(rows) ?? subtitle
  const sourceText = `${sourceWithAttribution(d.provenance)}. Nivåene for 2022 og 2016 er utledet av Heltid i tall.`
  const onSortChange = (sort: TableSort) => {
    const column = FULL_TIME_COLUMNS.find((c) => c === sort.column)
    if (column) setSort({ column, desc: sort.desc })
  }
  const showTable = chartOnly !== 'diagram'
  return (
    <div className="subsection">
      {!chartOnly && <h3>Heltidsandel etter fagutdanning 2016–2023 (SSB)</h3>}
      {!chartOnly && (
        <dl className="definition-note">
          <dt>Heltid</dt>
          <dd>{d.definition}</dd>
          <dt>Gjelder</dt>
          <dd>{d.coverage}, ikke bare omsorgstjenesten</dd>
          <dt>Utledet</dt>
          <dd>Nivåene for 2022 og 2016 er andelen i 2023 minus endringen SSB oppgir.</dd>
        </dl>
      )}
      {summary && (
        <ChartFrame
          title={title}
          summary={summary}
          height={(layout) => barChartHeight(layout, (chartOnly ? ends : bars).length, 2)}
          subtitle={subtitle}
          legend={LEGEND}
          filename="heltidsandel-etter-fagutdanning-2016-2023"
          source={sourceText}
          compact={chartOnly !== null}
          tableFollows={chartOnly !== 'diagram'}
          social={{
            chart: <FullTimeChart bars={ends} title={title} summary={summary} />,
            subtitle: shortSubtitle,
            height: (layout) => barChartHeight(layout, ends.length, 2),
          }}
        >
          <FullTimeChart bars={chartOnly ? ends : bars} title={title} summary={summary} />
        </ChartFrame>
      )}
      {showTable && (
        <SortableTable
          caption={FULL_TIME_TABLE.caption(d.provenance.referenceDate)}
          scrollLabel={FULL_TIME_TABLE.label}
          fold={TABLE_FOLD}
          download={{ filename: 'heltidsandel-etter-fagutdanning-2023', source: sourceText }}
          columns={COLUMNS}
          data={rows}
          getRowId={(r) => r.id}
          sort={{ column: sortColumn, desc: sortDesc }}
          onSortChange={onSortChange}
        />
      )}
      <SourceLine
        sources={[
          {
            label: chartOnly ? shortSourceLabel(d.provenance) : sourceLabel(d.provenance),
            href: '#kilde-fullTime2023',
          },
        ]}
        method={chartOnly ? undefined : 'Nivåene for 2022 og 2016 er utledet av Heltid i tall.'}
      />
    </div>
  )
}

const KsTrendChart = memo(
  lazy(() =>
    import('@/components/charts/ks-trend-chart').then((m) => ({ default: m.KsTrendChart })),
  ),
)

/** KS' two series for turnus staff, as the table's columns. */
const TREND_SERIES = [
  { id: 'turnus-heltid', name: 'Andel med heltid' },
  { id: 'turnus-stilling', name: 'Gjennomsnittlig stillingsstørrelse' },
] as const
const TREND_IDS = TREND_SERIES.map((l) => l.id)

function KsTrend({ ksFullTime: d }: Pick<Datasets, 'ksFullTime'>) {
  const lines = useMemo(
    () =>
      TREND_SERIES.flatMap((l) => {
        const series = d.series.find((s) => s.id === l.id)
        return series ? [{ ...l, series }] : []
      }),
    [d],
  )
  const rows = useMemo(() => ksTrendRows(lines.map((l) => l.series)), [lines])
  const published = publishedRows(rows, TREND_IDS)
  const fullTime = d.series.find((s) => s.id === 'turnus-heltid')
  const size = d.series.find((s) => s.id === 'turnus-stilling')
  const shares = useMemo(() => (fullTime ? ksShareRows(fullTime) : []), [fullTime])
  const title =
    (fullTime && partTimeHeadline(fullTime)) ??
    'Heltid og deltid blant turnusansatte i helse og omsorg'
  const summary = fullTime ? ksShareSummary(fullTime) : null
  const source = sourceLabel(d.provenance)
  const sourceRef = { label: source, href: '#kilde-ksFullTime' }
  const others = d.series.filter((s) => !TREND_IDS.includes(s.id as (typeof TREND_IDS)[number]))
  return (
    <div className="subsection">
      <h3>Utviklingen 2014–2023 (KS)</h3>
      <dl className="definition-note">
        <dt>Heltid</dt>
        <dd>{d.definition}</dd>
        <dt>Turnus</dt>
        <dd>{d.turnusDefinition}</dd>
        <dt>Gjelder</dt>
        <dd>{d.coverage}</dd>
      </dl>
      {fullTime && shares.length > 0 && summary && (
        <ChartFrame
          title={title}
          summary={summary}
          height={(layout) => barChartHeight({ ...layout, labelsAbove: false }, shares.length)}
          subtitle={KS_SHARE_SUBTITLE}
          legend={KS_LEGEND}
          filename="deltid-turnus-ks-2014-2023"
          source={`${source} (${publishedYears(fullTime)})`}
        >
          <KsTrendChart rows={shares} title={title} summary={summary} />
        </ChartFrame>
      )}
      {size && <PositionSizeTrend series={size} />}
      <TableScroll
        label="Heltid blant turnusansatte, KS, tabell"
        fold={TABLE_FOLD}
        download={{
          filename: 'heltid-turnus-ks',
          source: `${source}. Turnusansatte i helse og omsorg i kommunene, 1.\u00a0desember`,
        }}
      >
        <table className="data-table">
          <caption>Turnusansatte i helse og omsorg, 1. desember (prosent)</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              {lines.map((l) => (
                <th key={l.id} scope="col" className="numeric">
                  {l.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {published.map((r) => (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                {lines.map((l) => (
                  <td key={l.id} className="numeric">
                    {r[l.id] === null ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">ikke med i datagrunnlaget</span>
                      </>
                    ) : (
                      formatPercent(r[l.id] ?? null)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {others.length > 0 && (
        <>
          <h4>Andel med heltid i andre deler av kommunesektoren (KS)</h4>
          <ul className="plain-list">
            {others.flatMap((s) =>
              otherSeriesLines(s, (v) => formatPercent(v, seriesDecimals(s))).map((line) => (
                <li key={`${s.id}-${line}`}>{line}</li>
              )),
            )}
          </ul>
          {others.some((s) => otherSeriesLines(s, String).length > 1) && (
            <p className="definition-note">
              KS bruker to navn på helse- og omsorgssektoren i to år. Det står ikke om tallene
              gjelder nøyaktig de samme ansatte, så de er ikke satt i samme serie.
            </p>
          )}
        </>
      )}
      <SourceLine sources={[sourceRef]} />
    </div>
  )
}

/**
 * KS' average position size for turnus staff, on its own 0–100 % scale: a different
 * measure from the shares above, so it has a small chart of its own.
 */
function PositionSizeTrend({ series }: { series: KsSeries }) {
  const sentence = ksChangeSentence(series)
  return (
    <figure className="small-figure" aria-labelledby="ks-stilling-tittel">
      <h4 id="ks-stilling-tittel">Gjennomsnittlig stillingsstørrelse for turnusansatte (KS)</h4>
      {sentence && (
        <figcaption>
          {sentence} Planens gjennomsnitt for hele omsorgstjenesten (SSBs tall) gjelder alle
          sysselsatte, ikke bare turnusansatte, og kan ikke settes i samme serie.
        </figcaption>
      )}
      <BarList
        caption="Gjennomsnittlig stillingsstørrelse for turnusansatte, 1. desember, år KS har publisert"
        captionHidden
        shortLabels
        max={100}
        items={series.points.map((p) => ({
          id: String(p.year),
          label: String(p.year),
          value: p.value,
          display: formatPercent(p.value),
        }))}
      />
    </figure>
  )
}

/** One decimal for the whole series if the source gives any (57,2 and 61,0), else none. */
const seriesDecimals = (s: KsSeries) => Math.max(...s.points.map((p) => decimalsOf(p.value)))

function Arsverk2023({ arsverk, arsverk2023 }: Pick<Datasets, 'arsverk' | 'arsverk2023'>) {
  const total = arsverk2023.figures.find((f) => f.id === 'arsverk-i-alt')
  if (!total) return null
  return (
    <div className="subsection">
      <h3>Årsverk i omsorgstjenestene: planens 2021 og SSBs 2023</h3>
      <ul className="figure-rows" aria-label="Årsverk i omsorgstjenestene, to år og to tabeller">
        <li>
          <span className="figure-rows__value">{formatInteger(arsverk.total.arsverk)}</span>
          <span className="figure-rows__label">
            årsverk i {arsverk.provenance.referenceDate}, planens tabell (SSB)
          </span>
        </li>
        <li>
          <span className="figure-rows__value">{formatInteger(total.value)}</span>
          <span className="figure-rows__label">
            avtalte årsverk i 2023, SSB ({formatSignedPercent(total.changeSince2022Percent)} fra
            2022, {formatSignedPercent(total.changeSince2019Percent)} fra 2019)
          </span>
        </li>
      </ul>
      <p className="definition-note">
        To ulike år fra to ulike tabeller. 2023-tallet viser at tjenesten har vokst videre; det er
        ikke en rettelse av planens tall, og alle årsverkstall i diagrammene, tabellene og «Hva om
        …» er planens fra 2021.
      </p>
      <SourceLine
        sources={[
          { label: sourceLabel(arsverk.provenance), href: '#kilde-arsverk' },
          {
            label: sourceLabel(arsverk2023.provenance),
            href: '#kilde-arsverk2023',
          },
        ]}
      />
    </div>
  )
}

/** The plan's sick-leave figures for 2021, the service first and then the groups it names. */
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

/**
 * Sick leave per group as a small figure: one row a group, the value first (with the
 * plan's «i overkant av» or «i underkant av» on its own line above the number) and the
 * group after, so a long qualifier or name never runs into the next.
 */
function SickLeave({ keyFigures }: Pick<Datasets, 'keyFigures'>) {
  const rows = SICK_LEAVE.flatMap(({ id, who }) => {
    const figure = keyFigures.figures.find((f) => f.id === id)
    return figure ? [{ who, figure }] : []
  })
  if (rows.length === 0) return null
  const heading = rows[0]!.figure.heading
  const before = keyFigures.figures.find((f) => f.id === 'sykefravaer-for-2020')
  return (
    <div className="subsection">
      <h3>Sykefravær i omsorgstjenesten 2021 (planen)</h3>
      <ul className="figure-rows" aria-label="Sykefravær i 2021 etter gruppe">
        {rows.map(({ who, figure }) => (
          <li key={figure.id}>
            <span className="figure-rows__value">
              {figure.qualifier && (
                <span className="figure-rows__qualifier">{figure.qualifier}</span>
              )}
              {formatKeyFigure(figure, false)}
            </span>
            <span className="figure-rows__label">{who}</span>
          </li>
        ))}
      </ul>
      {before && (
        <p className="definition-note">
          2021 var et år med koronapandemi. I {before.year} lå sykefraværet i omsorgstjenestene{' '}
          {formatKeyFigure(before)}.
        </p>
      )}
      <TableScroll
        fold="Slik skriver planen det"
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
