import { WorkplaceCompare } from '@/components/charts/workplace-compare'
import { DataTable } from '@/components/tables/data-table'
import { TABLE_FOLD, TableScroll } from '@/components/tables/table-scroll'
import type { Datasets } from '@/data/schema'
import { formatInteger, formatShare } from '@/metrics/format'
import { sourceLabel } from '@/metrics/sources'
import { MISSING_LABEL } from '@/metrics/terms'
import { averagePositionSize } from '@/metrics/workforce'
import {
  formatUnitArsverk,
  shownMissing,
  workplaceFigures,
  workplaceLead,
  workplaceLeadText,
  type ValidRow,
  type WorkplaceFigures,
} from '@/metrics/workplace'
import { comparisonRows, planFullTimeText, sameGroups } from '@/metrics/workplace-compare'
import '@/components/page/empty-state.css'
import './arbeidsplass.css'

const COLUMNS = [
  { id: 'size-here', header: <>Stillings&shy;størrelse her</>, numeric: true },
  { id: 'size-nation', header: <>Stillings&shy;størrelse i landet</>, numeric: true },
  { id: 'full-here', header: 'Heltid her', numeric: true },
  { id: 'full-nation', header: 'Heltid i landet (planen)', numeric: true },
  { id: 'employees', header: 'Ansatte', numeric: true },
  { id: 'arsverk', header: 'Årsverk', numeric: true },
  { id: 'missing', header: MISSING_LABEL, numeric: true },
]

/** The columns this unit fills in for a group or the sum. */
const hereCells = (f: WorkplaceFigures) => [
  formatInteger(f.employees),
  formatUnitArsverk(f.arsverk),
  formatUnitArsverk(shownMissing(f)),
]

/**
 * The unit's figures: the årsverk missing to full-time first (the union's figure), then
 * its position sizes and full-time share against the same groups in the nation, as a
 * chart and a table.
 */
export function WorkplaceResults({
  valid,
  invalidCount,
  arsverk,
  fullTime2021,
}: {
  valid: readonly ValidRow[]
  invalidCount: number
} & Pick<Datasets, 'arsverk' | 'fullTime2021'>) {
  if (valid.length === 0) {
    return invalidCount > 0 ? (
      <p className="empty-state">Rett opp feilene over for å se tallene.</p>
    ) : null
  }
  const total = workplaceFigures(valid)
  const groups = comparisonRows(valid, arsverk.groups, fullTime2021.rows)
  const nationYear = arsverk.provenance.referenceDate
  // Like with like: the nation's average for the same groups, weighted as here.
  const same = sameGroups(valid, arsverk.groups)
  return (
    <div className="workplace__results" id="arbeidsplass-resultat" aria-live="polite">
      {invalidCount > 0 && (
        <p className="field-error">
          {invalidCount === 1 ? '1 rad har feil og' : `${invalidCount} rader har feil og`} er ikke
          med i tallene under.
        </p>
      )}
      {/* The union's figure first: what is missing to full-time at this unit. */}
      <div className="workplace__lead">
        <h3 className="workplace__lead-title">{workplaceLead(total)}</h3>
        <p>{workplaceLeadText(total)}</p>
      </div>
      <ul className="figure-rows" aria-label="Din enhet mot landet">
        <li>
          <span className="figure-rows__value">{formatShare(total.averagePositionSize)}</span>
          <span className="figure-rows__label">
            gjennomsnittlig stillingsstørrelse hos dere
            {same.nation !== null &&
              ` (de samme gruppene i landet i ${nationYear}: ${formatShare(same.nation)})`}
          </span>
        </li>
        <li>
          <span className="figure-rows__value">{formatShare(total.fullTimeShare, 0)}</span>
          <span className="figure-rows__label">
            av de ansatte hos dere har hel stilling (100 %)
          </span>
        </li>
      </ul>
      {same.leftOut > 0 && (
        <p className="definition-note">
          {formatInteger(same.leftOut)} ansatte i «Annen gruppe» er ikke med i sammenligningen med
          landet, som ikke har tall for dem.
        </p>
      )}
      <WorkplaceCompare
        rows={groups.map((g) => ({
          id: g.group,
          name: g.name,
          here: g.figures.averagePositionSize,
          nation: g.nationSize,
        }))}
        nationTotal={same.nation}
        hereTotal={same.here}
        nationYear={nationYear}
      />
      <TableScroll
        label="Din arbeidsplass mot landet, tabell"
        fold={TABLE_FOLD}
        download={{
          filename: 'min-arbeidsplass-mot-landet',
          source: `egne tall; landstall: ${sourceLabel(arsverk.provenance)}; ${sourceLabel(fullTime2021.provenance)}`,
        }}
      >
        <DataTable
          caption={`Din arbeidsplass sammenlignet med omsorgstjenesten i hele landet (${nationYear})`}
          rowHeader="Gruppe"
          columns={COLUMNS}
          rows={groups.map((g) => ({
            key: g.group,
            header: g.name,
            cells: [
              formatShare(g.figures.averagePositionSize),
              g.nationSize === null ? '–' : formatShare(g.nationSize),
              formatShare(g.figures.fullTimeShare, 0),
              planFullTimeText(g.planFullTime),
              ...hereCells(g.figures),
            ],
          }))}
          footer={{
            key: 'sum',
            header: 'Sum',
            cells: [
              formatShare(total.averagePositionSize),
              formatShare(averagePositionSize(arsverk.total)),
              formatShare(total.fullTimeShare, 0),
              '–',
              ...hereCells(total),
            ],
          }}
        />
      </TableScroll>
    </div>
  )
}
