import { SourceLine } from '@/components/page/source-line'
import { DataTable } from '@/components/tables/data-table'
import { TableScroll } from '@/components/tables/table-scroll'
import type { Datasets } from '@/data/schema'
import { findFigure, formatKeyFigure, sickLeaveRows } from '@/metrics/key-figures'
import { planSectionLabel, sourceHref } from '@/metrics/sources'

const COLUMNS = [
  { id: 'value', header: 'Sykefravær', numeric: true },
  { id: 'quote', header: 'Planens ordlyd', quote: true },
]

/**
 * Sick leave per group as a small figure: one row a group, the value first (with the
 * plan's «i overkant av» or «i underkant av» on its own line above the number) and the
 * group after, so a long qualifier or name never runs into the next.
 */
export function SickLeave({ keyFigures }: Pick<Datasets, 'keyFigures'>) {
  const rows = sickLeaveRows(keyFigures.figures)
  if (rows.length === 0) return null
  const source = planSectionLabel(rows[0]!.figure.heading)
  const before = findFigure(keyFigures.figures, 'sykefravaer-for-2020')
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
        download={{ filename: 'sykefravaer-2021', source }}
      >
        <DataTable
          caption="Sykefravær etter gruppe, slik planen oppgir det"
          rowHeader="Gruppe"
          columns={COLUMNS}
          rows={rows.map(({ who, figure }) => ({
            key: figure.id,
            header: who,
            cells: [formatKeyFigure(figure), `«${figure.quote}»`],
          }))}
        />
      </TableScroll>
      <SourceLine sources={[{ label: source, href: sourceHref('keyFigures') }]} />
    </div>
  )
}
