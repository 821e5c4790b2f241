import { lazy, memo, useDeferredValue, useMemo } from 'react'
import { arsverkLegend } from '@/components/charts/chart-config'
import { ChartFrame } from '@/components/charts/chart-frame'
import { barChartHeight } from '@/components/charts/chart-parts'
import { EmptyState } from '@/components/page/empty-state'
import { SourceLine } from '@/components/page/source-line'
import type { ArsverkData } from '@/data/schema'
import { arsverkBars, arsverkSummary, arsverkTitle } from '@/metrics/arsverk-table'
import { arsverkSelection, shortArsverkBars } from '@/metrics/arsverk-view'
import { ARSVERK_EMBED_EMPTY, arsverkSubtitles } from '@/metrics/chart-embeds'
import { shortSourceLabel, sourceHref, sourceLabel, sourceWithAttribution } from '@/metrics/sources'
import { useChartOnly, useViewStore } from '@/state/view-store'
import { ArsverkFilters } from './arsverk-filters'
import { ArsverkTable } from './arsverk-table'

// Memoized: the chart redraws only when what it shows changes (see `shown` below).
const ArsverkChart = memo(
  lazy(() =>
    import('@/components/charts/arsverk-chart').then((m) => ({ default: m.ArsverkChart })),
  ),
)

/**
 * Årsverk per group: the filters, the chart of årsverk and what is missing to full-time,
 * and the sortable table. Embedded alone (`chartOnly`), the short chart and its table.
 */
export function ArsverkView({ data }: { data: ArsverkData }) {
  const groups = useViewStore((s) => s.groups)
  const byLevel = useViewStore((s) => s.byLevel)
  const measure = useViewStore((s) => s.measure)

  const { known, selected, rows, filtered } = useMemo(
    () => arsverkSelection(data, { groups, byLevel }),
    [data, groups, byLevel],
  )
  const chartOnly = useChartOnly()
  const allBars = useMemo(() => arsverkBars(rows, measure), [rows, measure])
  // A chart embedded alone, and the 4:5 image, stay short: the groups where most is missing.
  const shortBars = useMemo(() => shortArsverkBars(rows, measure).bars, [rows, measure])
  const bars = chartOnly ? shortBars : allBars
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

  const sources = (
    <SourceLine
      sources={[
        {
          // Embedded as a graphic: the source named short; its link opens the full entry.
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
  const table = <ArsverkTable data={data} rows={rows} measure={measure} source={sourceText} />
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
      <ArsverkFilters data={data} known={known} selected={selected} />

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
