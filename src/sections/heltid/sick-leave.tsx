import { SourceLine } from '@/components/page/source-line'
import { DataTable } from '@/components/tables/data-table'
import { TableScroll } from '@/components/tables/table-scroll'
import type { Datasets } from '@/data/schema'
import { sickLeaveView } from '@/metrics/key-figures'
import { planSectionLabel, sourceHref } from '@/metrics/sources'

const COLUMNS = [
  { id: 'value', header: 'Sykefravær', numeric: true },
  { id: 'quote', header: 'Planens ordlyd', quote: true },
]

/**
 * Sick leave per group as a small figure: one row a group, the value first (with the
 * plan's «i overkant av» or «i underkant av» on its own line above the number) and the
 * group after, so a long qualifier or name never runs into the next. Texts and rows from
 * `sickLeaveView`.
 */
export function SickLeave({ keyFigures }: Pick<Datasets, 'keyFigures'>) {
  const view = sickLeaveView(keyFigures.figures)
  if (!view) return null
  const source = planSectionLabel(view.heading)
  return (
    <div className="subsection">
      <h3>{view.title}</h3>
      <ul className="figure-rows" aria-label={view.listLabel}>
        {view.rows.map((row) => (
          <li key={row.id}>
            <span className="figure-rows__value">
              {row.qualifier && <span className="figure-rows__qualifier">{row.qualifier}</span>}
              {row.value}
            </span>
            <span className="figure-rows__label">{row.who}</span>
          </li>
        ))}
      </ul>
      {view.note && <p className="definition-note">{view.note}</p>}
      <TableScroll
        fold="Slik skriver planen det"
        label="Sykefravær, tabell"
        download={{ filename: 'sykefravaer-2021', source }}
      >
        <DataTable
          caption="Sykefravær etter gruppe, slik planen oppgir det"
          rowHeader="Gruppe"
          columns={COLUMNS}
          rows={view.rows.map((row) => ({
            key: row.id,
            header: row.who,
            cells: [row.stated, row.quote],
          }))}
        />
      </TableScroll>
      <SourceLine sources={[{ label: source, href: sourceHref('keyFigures') }]} />
    </div>
  )
}
