import { useMemo } from 'react'
import { EmptyState } from '@/components/empty-state'
import { CompareBars } from '@/components/compare-bars'
import { FigureCard } from '@/components/figure-card'
import { SourceLine, type SourceRef } from '@/components/source-line'
import type { DatasetName, Datasets } from '@/data/schema'
import { derivedLevels } from '@/metrics/full-time'
import { formatInteger, formatPercent, formatPoints, formatShare } from '@/metrics/format'
import { usersHeadline, workforceHeadline } from '@/metrics/headline'
import { findFigure, formatKeyFigure } from '@/metrics/key-figures'
import { resolveSelection } from '@/metrics/selection'
import { planSectionLabel, sourceLabel } from '@/metrics/sources'
import { useViewStore } from '@/state/view-store'
import { WithData, type SectionProps } from './with-data'

const sourceOf = <K extends DatasetName>(name: K, data: Pick<Datasets, K>): SourceRef => ({
  label: sourceLabel((data[name] as Datasets[DatasetName]).provenance),
  href: `#kilde-${name}`,
})

export function HeadlineSection({ states, retry }: SectionProps) {
  return (
    <section className="section" aria-labelledby="nokkeltall-tittel" id="nokkeltall">
      <h2 id="nokkeltall-tittel">Nøkkeltall</h2>
      <p className="section__intro section__intro--wide">
        De sterkeste tallene fra regjeringens opptrappingsplan og SSB, med kilde for hvert tall.
      </p>
      <div className="card-grid">
        <WithData states={states} needs={['arsverk', 'keyFigures']} retry={retry}>
          {(data) => <WorkforceCards {...data} />}
        </WithData>
        <WithData states={states} needs={['fullTime2021', 'fullTime2023']} retry={retry}>
          {(data) => <FullTimeCard {...data} />}
        </WithData>
        <WithData states={states} needs={['users', 'population', 'keyFigures']} retry={retry}>
          {(data) => <UsersCards {...data} />}
        </WithData>
      </div>
    </section>
  )
}

function WorkforceCards(data: Pick<Datasets, 'arsverk' | 'keyFigures'>) {
  const groups = useViewStore((s) => s.groups)
  const known = useMemo(() => data.arsverk.groups.map((g) => g.id), [data])
  const selected = useMemo(() => resolveSelection(groups, known), [groups, known])
  const w = useMemo(() => workforceHeadline(data, selected), [data, selected])
  const { figures } = data.keyFigures
  const need = findFigure(figures, 'behov-2035')
  const planStatement = findFigure(figures, w.planStatementId ?? '')
  const lowest = w.positionSizes[0]
  const highest = w.positionSizes.at(-1)
  const helsefag = w.positionSizes.find((g) => g.id === 'helsefagarbeider')
  const tableSource = sourceOf('arsverk', data)
  const year = data.arsverk.provenance.referenceDate
  const all = w.selectedCount === w.groupCount
  const chosenNames = w.positionSizes.map((g) => g.name)
  const who =
    chosenNames.length <= 3 ? chosenNames.join(', ') : `de ${w.selectedCount} valgte gruppene`
  const filterNote = !all && (
    <p className="figure-card__filter">
      Viser {w.selectedCount} av {w.groupCount} utdanningsgrupper, valgt under{' '}
      <a href="#arsverk">Årsverk per utdanningsgruppe</a>.
    </p>
  )
  if (w.selectedCount === 0) {
    return (
      <EmptyState>
        Ingen utdanningsgrupper er valgt under «Årsverk per utdanningsgruppe», så årsverk og
        stillingsstørrelse vises ikke.
      </EmptyState>
    )
  }
  return (
    <>
      <FigureCard
        title="Årsverk som mangler til heltid"
        value={`${formatInteger(w.potential)} årsverk`}
        graphic={
          need && (
            <CompareBars
              label="Årsverk som mangler til heltid, mot behovet fram til 2035"
              bars={[
                {
                  label: `Mangler til heltid (${year})`,
                  value: w.potential,
                  display: formatInteger(w.potential),
                },
                {
                  label: 'Trengs fram til 2035 (SSB)',
                  value: need.value,
                  display: formatKeyFigure(need),
                },
              ]}
            />
          )
        }
        planQuote={planStatement?.quote}
        source={
          <SourceLine
            sources={[
              tableSource,
              ...(need
                ? [{ label: planSectionLabel(need.heading), href: '#kilde-keyFigures' }]
                : []),
            ]}
            method="Beregnet av Heltid i tall: sysselsatte minus årsverk."
          />
        }
      >
        {filterNote}
        <p>
          Så mange flere årsverk ville omsorgstjenesten hatt i {year} om alle de{' '}
          {formatInteger(w.sysselsatte)} sysselsatte{all ? '' : ` (${who})`} hadde hel stilling
          {need
            ? `: ${formatShare(w.potentialShareOfNeed, 0)} av de ${formatKeyFigure(need)} som SSB anslår at tjenesten trenger fram til 2035.`
            : '.'}
        </p>
      </FigureCard>
      <FigureCard
        title="Gjennomsnittlig stillingsstørrelse"
        value={formatShare(w.averagePositionSize)}
        source={
          <SourceLine
            sources={[tableSource]}
            method="Beregnet av Heltid i tall: årsverk delt på sysselsatte, slik planen definerer det."
          />
        }
      >
        {filterNote}
        <p>
          {all ? `i omsorgstjenesten i ${year}.` : `for ${who} i ${year}.`}
          {w.selectedCount > 1 &&
            lowest &&
            ` Lavest: ${lowest.name}, ${formatShare(lowest.averagePositionSize)}.`}
          {w.selectedCount > 2 &&
            helsefag &&
            ` ${helsefag.name}: ${formatShare(helsefag.averagePositionSize)}.`}
          {w.selectedCount > 1 &&
            highest &&
            ` Høyest: ${highest.name}, ${formatShare(highest.averagePositionSize)}.`}
        </p>
      </FigureCard>
    </>
  )
}

function FullTimeCard({
  fullTime2021,
  fullTime2023,
}: Pick<Datasets, 'fullTime2021' | 'fullTime2023'>) {
  const plan = (id: string) => fullTime2021.rows.find((r) => r.id === id)
  const helsefag2021 = plan('helsefagarbeider')
  const helsefag2023 = fullTime2023.rows.find((r) => r.id === 'helsefagarbeider')
  const without = plan('uten-fagutdanning')
  const nurses = [plan('sykepleier-uten-videreutdanning'), plan('sykepleier-med-videreutdanning')]
  if (!helsefag2021) return null
  return (
    <FigureCard
      title="Helsefagarbeidere med heltid"
      value={formatPercent(helsefag2021.percent, 0)}
      planQuote={fullTime2021.quote}
      source={
        <SourceLine
          sources={[
            { label: sourceLabel(fullTime2021.provenance), href: '#kilde-fullTime2021' },
            ...(helsefag2023
              ? [{ label: sourceLabel(fullTime2023.provenance), href: '#kilde-fullTime2023' }]
              : []),
          ]}
          method={`Heltid = ${fullTime2021.definition}.`}
        />
      }
    >
      <p>
        av helsefagarbeiderne i omsorgstjenesten hadde avtalt heltid i{' '}
        {fullTime2021.provenance.referenceDate}
        {nurses[0] && nurses[1]
          ? `, mot ${formatPercent(nurses[0].percent, 0)} og ${formatPercent(nurses[1].percent, 0)} av sykepleierne uten og med videreutdanning`
          : ''}
        {without
          ? ` og ${formatPercent(without.percent, 0)} av dem uten helse- og sosialfaglig utdanning`
          : ''}
        .
      </p>
      {helsefag2023 && (
        <p>
          I helse- og sosialtjenestene samlet hadde {formatPercent(helsefag2023.percent2023)} av
          helsefagarbeiderne heltid i 4. kvartal 2023 ({formatPoints(helsefag2023.changeSince2016)}{' '}
          siden 2016; nivået i 2016, {formatPercent(derivedLevels(helsefag2023).percent2016)}, er
          utledet). SSB regner heltid i hovedjobben.
        </p>
      )}
    </FigureCard>
  )
}

function UsersCards(data: Pick<Datasets, 'users' | 'population' | 'keyFigures'>) {
  const h = usersHeadline(data)
  const { figures } = data.keyFigures
  const under67 = findFigure(figures, 'brukere-under-67-2021')
  const notDemographic = findFigure(figures, 'brukere-under-50-ikke-demografi')
  const usersSource = sourceOf('users', data)
  const growth = h.youngGrowth
  return (
    <>
      <FigureCard
        title="Brukere under 67 år"
        value={formatShare(h.shareUnder67)}
        planQuote={under67?.quote}
        source={
          <SourceLine
            sources={[usersSource]}
            method="Beregnet av Heltid i tall fra brukertallene per aldersgruppe."
          />
        }
      >
        <p>
          av omsorgstjenestens brukere var under 67 år ved utgangen av {h.latestYear}:{' '}
          {formatInteger(h.usersUnder67)} av {formatInteger(h.usersAll)}.
        </p>
      </FigureCard>
      {growth && (
        <FigureCard
          title="Vekst i brukere under 50 år som ikke skyldes befolkningsveksten"
          value={`${formatInteger(growth.frequency)} brukere`}
          planQuote={notDemographic?.quote}
          source={
            <SourceLine
              sources={[usersSource, sourceOf('population', data)]}
              method={`Beregnet av Heltid i tall: brukere ${h.latestYear} minus befolkningen ${h.latestYear} ganger brukerfrekvensen i ${h.firstYear}.`}
            />
          }
        >
          <p>
            Brukere under 50 år økte med {formatInteger(growth.total)} fra {h.firstYear} til{' '}
            {h.latestYear}. Med samme andel av aldersgruppen som i {h.firstYear} ville det vært{' '}
            {formatInteger(growth.atBaseFrequency)} brukere, en økning på{' '}
            {formatInteger(growth.demographic)}. Resten skyldes at en større andel får tjenester.
          </p>
        </FigureCard>
      )}
    </>
  )
}
