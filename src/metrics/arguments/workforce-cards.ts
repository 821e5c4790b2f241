import { countInWords, formatInteger, formatShare } from '../format'
import { workforceHeadline } from '../headline'
import { citedYear, findFigure, formatKeyFigure } from '../key-figures'
import { MISSING_LABEL } from '../terms'
import { fullTimePotential } from '../workforce'
import { dataSource, names, optional, planSource, selectionNote } from './card-parts'
import type { Argument, ArgumentFilters, ArgumentInput } from './types'

/** The headline cards: the årsverk missing to full-time, in all and by group. */

/**
 * The headline's claim: the årsverk missing to full-time in 2021 set against the growth in
 * årsverk SSB projected (in 2019) the service may need by 2035, which the plan gives as
 * «rundt 55 000». Two different years and quantities, so the claim is «tilsvarer», never
 * «dekker», and a share is «om lag». From 90 % to 110 % of it: «omtrent». `chosen`: the
 * groups' running-text names, named in the title when one or two. No comparison without
 * a projection.
 */
export function potentialTitle(
  shareOfNeed: number | null,
  chosen: readonly string[] | 'all',
): string {
  const who =
    chosen === 'all'
      ? 'Heltid for alle'
      : chosen.length <= 2
        ? `Heltid for ${names(chosen)}`
        : 'Heltid i utvalget'
  if (shareOfNeed === null || !Number.isFinite(shareOfNeed) || shareOfNeed <= 0) {
    return 'Hele stillinger gir flere årsverk'
  }
  if (shareOfNeed >= 0.9 && shareOfNeed <= 1.1)
    return `${who} tilsvarer omtrent SSBs anslåtte årsverksvekst til 2035`
  return `${who} tilsvarer om lag ${formatShare(shareOfNeed, 0)} av SSBs anslåtte årsverksvekst til 2035`
}

export function potential(
  { arsverk, keyFigures }: ArgumentInput,
  { groups }: ArgumentFilters,
): Argument | null {
  if (!arsverk || !keyFigures || groups.length === 0) return null
  const w = workforceHeadline({ arsverk, keyFigures }, groups)
  const need = findFigure(keyFigures.figures, 'behov-2035')
  const all = w.selectedCount === w.groupCount
  const chosen = arsverk.groups.filter((g) => groups.includes(g.id)).map((g) => g.textName)
  const where = all
    ? 'i omsorgstjenesten'
    : chosen.length <= 3
      ? `blant ${names(chosen)} i omsorgstjenesten`
      : `i de ${countInWords(chosen.length)} valgte gruppene`
  const year = arsverk.provenance.referenceDate
  const missing = formatInteger(w.potential)
  const projected = need && `SSB${citedYear(need) ? ` i ${citedYear(need)}` : ''} anslo`
  const share = need ? w.potentialShareOfNeed : null
  // The plan's 2021 table beside SSB's projection to 2035: two years, both named, and the
  // projection called what it is.
  const needText = !need
    ? ''
    : share !== null && share >= 0.9 && share <= 1.1
      ? ` Det er omtrent like mange som de ${formatKeyFigure(need)}ene ${projected} at tjenesten kan trenge å vokse med fram til 2035.`
      : ` Det tilsvarer om lag ${formatShare(share, 0)} av de ${formatKeyFigure(need)}ene ${projected} at tjenesten kan trenge å vokse med fram til 2035.`
  const statement = findFigure(keyFigures.figures, w.planStatementId ?? '')
  const gap = findFigure(keyFigures.figures, 'heltidspotensial-plan')
  // The plan rounds: «om lag 14 000» where its own table gives 13 156. Said, not adjusted.
  const rounded = statement && Math.round(w.potential / 1000) * 1000 !== statement.value
  return {
    id: 'potensial',
    title: potentialTitle(share, all ? 'all' : chosen),
    highlight: `${missing} årsverk`,
    text: `I ${year} manglet ${missing} årsverk til heltid ${where}.${needText}`,
    ...(statement
      ? { quote: statement.quote, quoteLabel: 'Planen om årsverkene som mangler til heltid' }
      : {}),
    ...optional('selection', selectionNote(arsverk.groups, groups)),
    method: [
      `Beregnet av Heltid i tall: sysselsatte (${formatInteger(w.sysselsatte)}) minus årsverk (${formatInteger(w.arsverk)}) i ${year}.`,
      need && gap && gap.value === need.value
        ? `Planen bruker tallet ${formatInteger(need.value)} om to ting: om årsverkene som mangler til heltid («${formatKeyFigure(gap)}») og om SSBs framskrivning av årsverksveksten fram til 2035 («${formatKeyFigure(need)}»).`
        : '',
      rounded && statement
        ? `Planens tekst sier «${formatKeyFigure(statement)}»; planens egen tabell gir ${missing}. Planen forklarer ikke forskjellen.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    ...(need
      ? {
          bars: [
            {
              label: `${MISSING_LABEL}, ${year}`,
              value: w.potential,
              display: missing,
            },
            {
              label: `SSBs anslåtte årsverksvekst fram til 2035${citedYear(need) ? ` (anslått ${citedYear(need)})` : ''}`,
              value: need.value,
              display: formatKeyFigure(need).replace(/[\s\u00a0]årsverk$/, ''),
            },
          ],
        }
      : {}),
    sources: [
      dataSource(arsverk.provenance, 'arsverk'),
      ...(need ? [planSource(need.heading)] : []),
    ],
  }
}

/**
 * Where the årsverk that are missing to full time lie: the three groups with most of them.
 * Only with four or more groups chosen; with three or fewer, the three would be all of them.
 */
export function potentialByGroup(
  { arsverk }: ArgumentInput,
  { groups }: ArgumentFilters,
): Argument | null {
  if (!arsverk) return null
  const chosen = arsverk.groups
    .filter((g) => groups.includes(g.id))
    .map((g) => ({ name: g.textName, potential: fullTimePotential(g) }))
    .sort((a, b) => b.potential - a.potential)
  if (chosen.length < 4) return null
  const top = chosen.slice(0, 3)
  const total = chosen.reduce((s, g) => s + g.potential, 0)
  const topSum = top.reduce((s, g) => s + g.potential, 0)
  if (total <= 0) return null
  return {
    id: 'potensial-grupper',
    title: 'Tre grupper står for det meste',
    highlight: formatShare(topSum / total, 0),
    text: `${formatShare(topSum / total, 0)} av årsverkene som manglet til heltid i ${
      arsverk.provenance.referenceDate
    }, fantes blant ${names(top.map((g) => g.name))}.`,
    ...optional('selection', selectionNote(arsverk.groups, groups)),
    method: `Beregnet av Heltid i tall: ${names(
      top.map((g) => `${g.name} ${formatInteger(g.potential)}`),
    )} av ${formatInteger(total)} årsverk.`,
    sources: [dataSource(arsverk.provenance, 'arsverk')],
  }
}
