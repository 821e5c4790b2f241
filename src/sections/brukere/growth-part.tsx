import { lazy, memo } from 'react'
import { GROWTH_SERIES } from '@/components/charts/chart-config'
import { ChartFrame } from '@/components/charts/chart-frame'
import { barChartHeight } from '@/components/charts/chart-parts'
import { EmptyState } from '@/components/page/empty-state'
import { DataTable } from '@/components/tables/data-table'
import { TableScroll } from '@/components/tables/table-scroll'
import { formatInteger, formatSignedInteger } from '@/metrics/format'
import { growthSummary, growthTitle, growthTotal, type GrowthRow } from '@/metrics/growth'
import type { GrowthSplit } from '@/metrics/users'

// Memoized: the chart redraws only when its rows change.
const GrowthChart = memo(
  lazy(() => import('@/components/charts/growth-chart').then((m) => ({ default: m.GrowthChart }))),
)
const LEGEND = [GROWTH_SERIES.frequency, GROWTH_SERIES.demographic]

/** What Heltid i tall computed in the growth split, said once wherever it is shown. */
export const GROWTH_METHOD =
  'Oppdelingen i befolkning og andel som får tjenester er beregnet av Heltid i tall.'

const columns = (from: number, to: number) => [
  { id: 'base', header: `Brukere ${from}`, numeric: true },
  { id: 'target', header: `Brukere ${to}`, numeric: true },
  { id: 'total', header: 'Endring', numeric: true },
  { id: 'at-base', header: `Brukere ${to} med andelen i ${from}`, numeric: true },
  { id: 'demographic', header: 'Skyldes befolkningen', numeric: true },
  { id: 'frequency', header: 'Skyldes endret andel', numeric: true },
]

const cells = (r: GrowthSplit) => [
  formatInteger(r.baseUsers),
  formatInteger(r.targetUsers),
  formatSignedInteger(r.total),
  formatInteger(r.atBaseFrequency),
  formatSignedInteger(r.demographic),
  formatSignedInteger(r.frequency),
]

/**
 * What the change in users from one year to another comes from, per age group: more
 * people in the age group, or a larger share of it receiving services. A chart with its
 * finding as the title, and the whole calculation as a folded table.
 */
export function GrowthPart({
  rows,
  from,
  to,
  source,
}: {
  rows: GrowthRow[]
  from: number
  to: number
  source: string
}) {
  if (from === to) {
    return <EmptyState>Velg to forskjellige år for å se hva veksten skyldes.</EmptyState>
  }
  const summary = growthSummary(rows, from, to)
  const title = growthTitle(rows, from, to)
  const fullSource = `${source}. ${GROWTH_METHOD}`
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
          legend={LEGEND}
          filename={`endring-i-brukere-${from}-${to}`}
          source={fullSource}
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
        download={{ filename: `endring-i-brukere-${from}-${to}`, source: fullSource }}
      >
        <DataTable
          caption={`Endring i brukere ${from}–${to}: hva som skyldes at aldersgruppen ble større eller mindre (befolkningen), og hva som skyldes at en større eller mindre andel av den får tjenester`}
          rowHeader="Aldersgruppe"
          columns={columns(from, to)}
          rows={rows.map((r) => ({ key: r.id, header: r.label, cells: cells(r) }))}
          footer={
            rows.length > 1
              ? { key: 'sum', header: 'Sum', cells: cells(growthTotal(rows)) }
              : undefined
          }
        />
      </TableScroll>
    </div>
  )
}
