import { lazy, memo, useMemo } from 'react'
import { KS_SHARE_SERIES } from '@/components/charts/chart-config'
import { ChartFrame } from '@/components/charts/chart-frame'
import { barChartHeight } from '@/components/charts/chart-parts'
import { SourceLine } from '@/components/page/source-line'
import { DataTable, MissingValue } from '@/components/tables/data-table'
import { TABLE_FOLD, TableScroll } from '@/components/tables/table-scroll'
import type { Datasets } from '@/data/schema'
import { KS_SHARE_SUBTITLE, ksShareRows, ksShareSummary, publishedYears } from '@/metrics/ks-trend'
import { ksTrendView } from '@/metrics/ks-trend-view'
import { datasetSource } from '@/metrics/sources'
import { PositionSizeTrend } from './position-size'
import './heltid.css'

const KsTrendChart = memo(
  lazy(() =>
    import('@/components/charts/ks-trend-chart').then((m) => ({ default: m.KsTrendChart })),
  ),
)

const LEGEND = [KS_SHARE_SERIES.partTime, KS_SHARE_SERIES.fullTime]

/**
 * KS' register from 2014 to 2023: part-time and full-time among turnus staff per
 * published year, their average position size, a table of both, and the other parts of
 * the municipal sector in sentences.
 */
export function KsTrend({ ksFullTime: d }: Pick<Datasets, 'ksFullTime'>) {
  const view = useMemo(() => ksTrendView(d.series), [d])
  const { fullTime, positionSize, others } = view
  const shares = useMemo(() => (fullTime ? ksShareRows(fullTime) : []), [fullTime])
  const title = view.title
  const summary = fullTime ? ksShareSummary(fullTime) : null
  const source = datasetSource('ksFullTime', d.provenance)
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
          legend={LEGEND}
          filename="deltid-turnus-ks-2014-2023"
          source={`${source.label} (${publishedYears(fullTime)})`}
        >
          <KsTrendChart rows={shares} title={title} summary={summary} />
        </ChartFrame>
      )}
      {positionSize && <PositionSizeTrend series={positionSize} />}
      <TableScroll
        label="Heltid blant turnusansatte, KS, tabell"
        fold={TABLE_FOLD}
        download={{
          filename: 'heltid-turnus-ks',
          source: `${source.label}. Turnusansatte i helse og omsorg i kommunene, 1.\u00a0desember`,
        }}
      >
        <DataTable
          caption="Turnusansatte i helse og omsorg, 1. desember (prosent)"
          rowHeader="År"
          columns={view.columns.map((c) => ({ id: c.id, header: c.name, numeric: true }))}
          rows={view.tableRows.map((r) => ({
            key: String(r.year),
            header: r.year,
            cells: r.cells.map((cell) => cell ?? <MissingValue />),
          }))}
        />
      </TableScroll>
      {others.length > 0 && (
        <>
          <h4>Andel med heltid i andre deler av kommunesektoren (KS)</h4>
          <ul className="plain-list">
            {view.otherLines.map((line) => (
              <li key={line.key}>{line.text}</li>
            ))}
          </ul>
          {view.othersRenamed && (
            <p className="definition-note">
              KS bruker to navn på helse- og omsorgssektoren i to år. Det står ikke om tallene
              gjelder nøyaktig de samme ansatte, så de er ikke satt i samme serie.
            </p>
          )}
        </>
      )}
      <SourceLine sources={[source]} />
    </div>
  )
}
