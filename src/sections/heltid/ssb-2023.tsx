import { createColumnHelper } from '@tanstack/react-table'
import { lazy, memo, useMemo } from 'react'
import { FULL_TIME_SERIES } from '@/components/charts/chart-config'
import { ChartFrame } from '@/components/charts/chart-frame'
import { barChartHeight } from '@/components/charts/chart-parts'
import { SourceLine } from '@/components/page/source-line'
import {
  SortableTable,
  type SortableFeatures,
  type TableSort,
} from '@/components/tables/sortable-table'
import { TABLE_FOLD } from '@/components/tables/table-scroll'
import type { Datasets } from '@/data/schema'
import { FULL_TIME_TABLE, fullTimeSubtitles, tablePoints } from '@/metrics/chart-embeds'
import { formatPercent } from '@/metrics/format'
import {
  fullTimeBars,
  fullTimeEnds,
  fullTimeRows,
  fullTimeSummary,
  fullTimeTitle,
  type FullTimeRow,
} from '@/metrics/full-time'
import { shortSourceLabel, sourceHref, sourceLabel, sourceWithAttribution } from '@/metrics/sources'
import { FULL_TIME_COLUMNS } from '@/state/view-state'
import { useViewStore } from '@/state/view-store'

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

/**
 * SSB's full-time shares by education in 2023 and the change since 2022 and 2016: the
 * section's main chart, and the one embedded alone (`chartOnly`), where both ends of the
 * groups' range are drawn. The table sorts by any column; its order is in the link.
 */
export function Ssb2023({
  fullTime2023: d,
  chartOnly = null,
}: Pick<Datasets, 'fullTime2023'> & { chartOnly?: 'diagram' | 'diagram-tabell' | null }) {
  const sortColumn = useViewStore((s) => s.fullTimeSort.column)
  const sortDesc = useViewStore((s) => s.fullTimeSort.desc)
  const setSort = useViewStore((s) => s.setFullTimeSort)
  const rows = useMemo(() => fullTimeRows([...d.rows, d.all]), [d])
  const bars = useMemo(() => fullTimeBars(rows), [rows])
  // The chart embedded alone and the 4:5 image: both ends of the education groups' range.
  const { bars: groupBars, ends } = useMemo(() => fullTimeEnds(fullTimeRows(d.rows)), [d])
  const summary = fullTimeSummary(rows)
  const { full: fullSubtitle, short: shortSubtitle } = fullTimeSubtitles(
    ends.length,
    groupBars.length,
  )
  const subtitle = chartOnly ? shortSubtitle : fullSubtitle
  const title = fullTimeTitle(rows) ?? subtitle
  const derived = 'Nivåene for 2022 og 2016 er utledet av Heltid i tall.'
  const sourceText = `${sourceWithAttribution(d.provenance)}. ${derived}`
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
            href: sourceHref('fullTime2023'),
          },
        ]}
        method={chartOnly ? undefined : derived}
      />
    </div>
  )
}
