import { DataTable } from '@/components/tables/data-table'
import { TableScroll } from '@/components/tables/table-scroll'
import { scenarioTable, type ScenarioResult } from '@/metrics/scenario'
import { EXTRA_LABEL } from '@/metrics/terms'

/** The calculation per group, with the extra årsverk first and a sum row. */
export function ScenarioTable({
  result,
  year,
  source,
}: {
  result: ScenarioResult
  /** The year of the plan's figures the calculation starts from. */
  year: string
  /** The source line for the CSV download. */
  source: string
}) {
  const { rows, footer } = scenarioTable(result)
  return (
    <TableScroll
      label="Beregningen per gruppe, tabell"
      download={{ filename: 'hva-om-beregning', source }}
    >
      <DataTable
        caption={`Årsverk i ${year} og i beregningen, per utdanningsgruppe`}
        rowHeader="Gruppe"
        columns={[
          { id: 'extra', header: EXTRA_LABEL, numeric: true },
          { id: 'size', header: `Stillingsstørrelse ${year}`, numeric: true },
          { id: 'target', header: 'I beregningen', numeric: true },
          { id: 'arsverk', header: `Årsverk ${year}`, numeric: true },
          { id: 'scenario', header: 'Årsverk i beregningen', numeric: true },
        ]}
        rows={rows}
        footer={footer}
      />
    </TableScroll>
  )
}
