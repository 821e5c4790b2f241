import { capitalise, formatPercent, formatPoints, formatShare, shareInWords } from '../format'
import { derivedLevels } from '../full-time'
import { ksChange, partTimePercent } from '../ks-trend'
import { averagePositionSize } from '../workforce'
import { dataSource, optional, selectionNote } from './card-parts'
import type { Argument, ArgumentFilters, ArgumentInput } from './types'

/** Cards on how staff are employed: position sizes, full-time shares, KS' turnus series. */

/**
 * The smallest average position against the service as a whole. Only when the smallest
 * is below the average for the whole service (the card's premise), and there is a second
 * group to set beside it (sykepleiere where chosen, else the largest).
 */
export function positionSize(
  { arsverk }: ArgumentInput,
  { groups }: ArgumentFilters,
): Argument | null {
  if (!arsverk) return null
  const chosen = arsverk.groups
    .filter((g) => groups.includes(g.id))
    .flatMap((g) => {
      const size = averagePositionSize(g)
      return size === null ? [] : [{ ...g, size }]
    })
    .sort((a, b) => a.size - b.size)
  const lowest = chosen[0]
  const nurse = chosen.find((g) => g.id === 'sykepleier')
  const other = nurse && nurse !== lowest ? nurse : chosen.at(-1)
  const average = averagePositionSize(arsverk.total)
  if (!lowest || !other || other === lowest || average === null || lowest.size >= average) {
    return null
  }
  return {
    id: 'stillingsstorrelse',
    title: `${capitalise(lowest.textName)} har de minste stillingene`,
    highlight: formatShare(lowest.size),
    text: `${capitalise(lowest.textName)} hadde en gjennomsnittlig stillingsstørrelse på ${formatShare(lowest.size)} i ${
      arsverk.provenance.referenceDate
    }, mot ${formatShare(other.size)} for ${other.textName}. Gjennomsnittet i hele omsorgstjenesten var ${formatShare(average)}.`,
    ...optional('selection', selectionNote(arsverk.groups, groups)),
    method: 'Beregnet av Heltid i tall: årsverk delt på sysselsatte, slik planen definerer det.',
    sources: [dataSource(arsverk.provenance, 'arsverk')],
  }
}

export function fullTimeShares({ fullTime2021, fullTime2023 }: ArgumentInput): Argument | null {
  const plan = fullTime2021?.rows.find((r) => r.id === 'helsefagarbeider')
  if (!fullTime2021 || !plan) return null
  const ssb = fullTime2023?.rows.find((r) => r.id === 'helsefagarbeider')
  const year = fullTime2021.provenance.referenceDate
  // SSB's 2023 table counts another population (all health and social services), another
  // definition (the main job) and another group (without hjelpepleiere): it is not the
  // next point of the plan's series, so it stays out of the sentence, and out of its
  // sources; «Mer om tallet» explains it and names SSB there.
  return {
    id: 'heltidsandel',
    title: 'Få helsefagarbeidere har heltid',
    highlight: formatPercent(plan.percent, 0),
    text: `Bare ${formatPercent(plan.percent, 0)} av helsefagarbeiderne i den kommunale omsorgstjenesten hadde avtalt heltid (100 % stilling eller mer) i ${year}.`,
    ...(ssb
      ? {
          method: `SSB har nyere tall som ikke kan settes i samme serie: i helse- og sosialtjenestene samlet hadde ${formatPercent(
            ssb.percent2023,
          )} av helsefagarbeiderne heltid i hovedjobben i 4.\u00a0kvartal 2023. Der er hjelpepleiere og omsorgsarbeidere egne grupper, og andelen har økt med ${formatPoints(
            ssb.changeSince2016,
          ).replace('+', '')} siden 2016 (da ${formatPercent(
            derivedLevels(ssb).percent2016,
          )}, regnet ut av Heltid i tall fra SSBs endring).`,
        }
      : {}),
    sources: [dataSource(fullTime2021.provenance, 'fullTime2021')],
    ...(ssb && fullTime2023
      ? { detailSources: [dataSource(fullTime2023.provenance, 'fullTime2023')] }
      : {}),
  }
}

/**
 * KS' series for turnus staff: the part-time share that remains after the rise. Left out
 * when the series is missing or too short, or when part-time is no longer the majority
 * (the card's premise).
 */
export function turnusTrend({ ksFullTime }: ArgumentInput): Argument | null {
  const series = ksFullTime?.series.find((s) => s.id === 'turnus-heltid')
  const change = series && ksChange(series)
  if (!ksFullTime || !change || change.points <= 0) return null
  const part = partTimePercent(change.to.value)
  if (part <= 50) return null
  const words = shareInWords(part / 100)
  // KS has not published every year: the change is from one published year to another.
  return {
    id: 'turnus-deltid',
    title: 'Fortsatt deltid for de fleste i turnus',
    highlight: formatPercent(part),
    text: `Selv om andelen med heltid har økt siden ${change.from.year}, jobber ${words ?? `${formatPercent(part)} av`} turnusansatte i helse og omsorg deltid: ${formatPercent(
      part,
    )} i ${change.to.year}. Andelen med heltid var ${formatPercent(change.from.value)} i ${
      change.from.year
    } og ${formatPercent(change.to.value)} i ${change.to.year}, ifølge arbeidsgivernes eget register.`,
    method: `Beregnet av Heltid i tall: 100 % minus KS' heltidsandel (${formatPercent(change.to.value)}). KS regner heltid som summen av alle stillingene en person har i kommunen.`,
    sources: [dataSource(ksFullTime.provenance, 'ksFullTime')],
  }
}
