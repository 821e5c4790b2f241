import { DataTable } from '@/components/tables/data-table'
import type { ArsverkData } from '@/data/schema'
import { formatShare } from '@/metrics/format'
import { MISSING } from '@/metrics/terms'
import {
  fullTimeShareText,
  workplaceFigures,
  workplaceLead,
  workplaceLeadText,
  type ValidRow,
} from '@/metrics/workplace'
import { comparisonRows, sameGroups } from '@/metrics/workplace-compare'
import './handout.css'

/**
 * The reader's unit on the argument sheet, in the shop steward's words: what is missing
 * here, then position sizes against the same groups in the nation (the figures «Min
 * arbeidsplass» shows, from the same functions).
 */
export function HandoutWorkplace({
  valid,
  arsverk,
}: {
  valid: readonly ValidRow[]
  arsverk: ArsverkData
}) {
  const total = workplaceFigures(valid)
  const same = sameGroups(valid, arsverk.groups)
  const nationYear = arsverk.provenance.referenceDate
  return (
    <section className="handout__workplace" aria-label="Vår arbeidsplass">
      <p className="handout__title">{workplaceLead(total, 'oss')}</p>
      <p className="handout__text">
        {workplaceLeadText(total, 'oss')} Gjennomsnittlig stillingsstørrelse{' '}
        {formatShare(total.averagePositionSize)} (de samme gruppene i landet i {nationYear}:{' '}
        {formatShare(same.nation)}); {fullTimeShareText(total.fullTimeShare)}.
      </p>
      <DataTable
        className="handout__table"
        captionHidden
        caption="Stillingsstørrelse per gruppe, hos oss og i landet"
        rowHeader="Gruppe"
        columns={[
          { id: 'here', header: 'Hos oss', numeric: true },
          { id: 'nation', header: `Landet ${nationYear}`, numeric: true },
        ]}
        rows={comparisonRows(valid, arsverk.groups, []).map((g) => ({
          key: g.group,
          header: g.name,
          cells: [formatShare(g.figures.averagePositionSize), formatShare(g.nationSize)],
        }))}
      />
      <p className="handout__source">
        Kilde: egne tall ({MISSING} = ansatte − årsverk); landstall fra opptrappingsplanen,{' '}
        {nationYear}.
      </p>
    </section>
  )
}
