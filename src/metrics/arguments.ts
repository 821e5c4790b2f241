import type { DatasetName } from '@/data/files'
import {
  countInWords,
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPoints,
  formatShare,
  shareInWords,
} from './format'
import { derivedLevels } from './full-time'
import { usersUnder67InYear, workforceHeadline } from './headline'
import { citedYear, findFigure, formatKeyFigure, type KeyFigureLike } from './key-figures'
import { ksChange, partTimePercent, type KsSeriesLike } from './ks-trend'
import {
  datasetOfSourceHref,
  planSectionLabel,
  type ProvenanceLike,
  shortSourceLabel,
  sourceHref,
  sourceLabel,
} from './sources'
import { MISSING_LABEL } from './terms'
import { growthRows } from './growth'
import { averagePositionSize, fullTimePotential } from './workforce'

/**
 * Argument cards: short sentences a shop steward can say or paste, each with its source.
 * Every number in them is computed here from the data, never typed into the text, so a
 * data update updates every card. A card whose data is missing is left out.
 */

export interface ArgumentSource {
  label: string
  /** The source at a glance, for the card: "Opptrappingsplanen", "SSB", "KS". */
  short: string
  /**
   * The dataset's entry under «Kilder og definisjoner»; empty for a source outside the
   * datasets (the law), which is linked by its `url` alone.
   */
  href: string
  /** Where the document is published, for copied text and the handout. */
  url?: string
}

/** One bar of a small comparison drawn under a card's figure. */
export interface ArgumentBar {
  label: string
  value: number
  /** The value as shown, already formatted. */
  display: string
}

export interface Argument {
  id: string
  title: string
  /** The figure to show large (presentation, handout). */
  highlight: string
  text: string
  /** The plan's own words, when the argument rests on them. */
  quote?: string
  /** What the quotation is about, where «Planen:» alone could mislead. */
  quoteLabel?: string
  /** Which groups a card that follows the group filter is about, when not all are chosen. */
  selection?: string
  /** How Heltid i tall computed the figure, when it did (shown on demand). */
  method?: string
  /** A comparison to draw under the figure (the headline card). */
  bars?: ArgumentBar[]
  /** The sources of the sentence: on the card, in copied text, on slides and the handout. */
  sources: ArgumentSource[]
  /** Further sources that only «Mer om tallet» uses (its method's comparison). */
  detailSources?: ArgumentSource[]
}

type Figure = KeyFigureLike & {
  quote: string
  heading: string
  year: string
  citedSource?: string | undefined
}

export interface ArgumentInput {
  arsverk?: {
    provenance: ProvenanceLike & { referenceDate: string }
    groups: readonly {
      id: string
      name: string
      textName: string
      arsverk: number
      sysselsatte: number
    }[]
    total: { arsverk: number; sysselsatte: number }
  }
  keyFigures?: {
    figures: readonly (Figure & { groups?: readonly string[] | undefined })[]
    statements: readonly { id: string; quote: string; heading: string }[]
  }
  users?: {
    provenance: ProvenanceLike
    ageGroups: readonly { id: string; label: string }[]
    rows: readonly { ageGroup: string; year: number; users: number; frequencyPercent: number }[]
  }
  population?: {
    provenance: ProvenanceLike
    rows: readonly { year: number; population: Record<string, number> }[]
  }
  fullTime2021?: {
    provenance: ProvenanceLike & { referenceDate: string }
    rows: readonly { id: string; percent: number }[]
  }
  fullTime2023?: {
    provenance: ProvenanceLike
    rows: readonly {
      id: string
      percent2023: number
      changeSince2022: number
      changeSince2016: number
    }[]
  }
  ksFullTime?: { provenance: ProvenanceLike; series: readonly KsSeriesLike[] }
}

export interface ArgumentFilters {
  /** Education groups chosen (resolved ids). */
  groups: readonly string[]
  /** Year range for users (resolved). */
  from: number
  to: number
}

/** `{ [key]: value }` when there is a value, else nothing (for optional fields). */
const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

const planSource = (heading: string): ArgumentSource => ({
  label: planSectionLabel(heading),
  short: 'Opptrappingsplanen',
  href: sourceHref('keyFigures'),
})
/** A dataset's source: full and short label, and its entry under «Kilder og definisjoner». */
const dataSource = (provenance: ProvenanceLike, name: DatasetName): ArgumentSource => ({
  label: sourceLabel(provenance),
  short: shortSourceLabel(provenance),
  href: sourceHref(name),
})
const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} og ${list.at(-1)}`

/**
 * «Utvalg: sykepleiere og helsefagarbeidere» for a card about some of the groups; none
 * when every group is chosen.
 */
function selectionNote(
  all: readonly { id: string; textName: string }[],
  chosen: readonly string[],
): string | undefined {
  const picked = all.filter((g) => chosen.includes(g.id))
  if (picked.length === all.length) return undefined
  return picked.length <= 3
    ? `Utvalg: ${names(picked.map((g) => g.textName))}`
    : `Utvalg: ${countInWords(picked.length)} av ${countInWords(all.length)} utdanningsgrupper`
}

/** A source as text: «SSB, tabell 07459 (https://www.ssb.no/statbank/table/07459/)». */
export const sourceText = (s: ArgumentSource) => (s.url ? `${s.label} (${s.url})` : s.label)

/** Text and source for the copy button: the sentence, any selection, then «Kilde: …». */
export function copyText(argument: Argument): string {
  const quote = argument.quote ? ` ${argument.quoteLabel ?? 'Planen'}: «${argument.quote}»` : ''
  const selection = argument.selection ? `\n${argument.selection}.` : ''
  return `${argument.text}${quote}${selection}\nKilde: ${argument.sources.map(sourceText).join('; ')}`
}

/**
 * Gives each card's sources the address of their published document, from the datasets'
 * provenance (`urls` by dataset name; a source's href is `#kilde-<name>`).
 */
export function withPublished(
  cards: Argument[],
  urls: Readonly<Record<string, string>>,
): Argument[] {
  const published = (s: ArgumentSource) => {
    const url = urls[datasetOfSourceHref(s.href) ?? '']
    return url ? { ...s, url } : s
  }
  return cards.map((card) => ({
    ...card,
    sources: card.sources.map(published),
    ...(card.detailSources ? { detailSources: card.detailSources.map(published) } : {}),
  }))
}

/** A paragraph of the Working Environment Act, as adopted, at its address on Lovdata. */
export interface LawParagraph {
  label: string
  url: string
}

const law = (paragraph: string, anchor: string): LawParagraph => ({
  label: `Arbeidsmiljøloven § ${paragraph}`,
  url: `https://lovdata.no/lov/2005-06-17-62/§${anchor}`,
})

/** The paragraphs of chapter 14 the shop steward's meetings turn on. */
export const LAW = {
  yearlyDiscussion: law('14-1 a', '14-1a'),
  fullTimeRule: law('14-1 b', '14-1b'),
  preferentialRight: law('14-3', '14-3'),
  actualHours: law('14-4 a', '14-4a'),
} as const satisfies Record<string, LawParagraph>

/** Arbeidsmiljøloven § 14-1 b as published by Lovdata: the law as adopted, not the proposal. */
export const LAW_14_1_B = LAW.fullTimeRule

/**
 * The cards, most useful in a meeting first: the first six are the handout's default
 * choice (the figures, then the two paragraphs the yearly meeting rests on).
 */
export function buildArguments(input: ArgumentInput, filters: ArgumentFilters): Argument[] {
  const list: (Argument | null)[] = [
    potential(input, filters),
    fullTimeShares(input),
    turnusTrend(input),
    positionSize(input, filters),
    yearlyDiscussion(),
    dutyToDocument(input),
    potentialByGroup(input, filters),
    sickLeave(input),
    tempAgencies(input),
    youngerUsers(input, filters),
    usersUnder67(input),
    informalCare(input),
    qualification(input),
    mainRule(input),
    preferentialRight(),
    actualHours(),
  ]
  return list.filter((a): a is Argument => a !== null)
}

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

function potential(
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
function potentialByGroup(
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

/**
 * The smallest average position against the service as a whole. Only when the smallest
 * is below the average for the whole service (the card's premise), and there is a second
 * group to set beside it (sykepleiere where chosen, else the largest).
 */
function positionSize({ arsverk }: ArgumentInput, { groups }: ArgumentFilters): Argument | null {
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

function fullTimeShares({ fullTime2021, fullTime2023 }: ArgumentInput): Argument | null {
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
function turnusTrend({ ksFullTime }: ArgumentInput): Argument | null {
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

function sickLeave({ keyFigures }: ArgumentInput): Argument | null {
  const all = keyFigures && findFigure(keyFigures.figures, 'sykefravaer-2021')
  if (!keyFigures || !all) return null
  const highest = findFigure(keyFigures.figures, 'sykefravaer-hoyest-2021')
  const before = findFigure(keyFigures.figures, 'sykefravaer-for-2020')
  // 2021 was a pandemic year; the plan says so, and an HR adviser will too.
  return {
    id: 'sykefravaer',
    title: 'Høyt sykefravær',
    highlight: formatKeyFigure(all, false),
    text: `Sykefraværet i omsorgstjenestene var ${formatKeyFigure(all)} i ${all.year}${
      highest
        ? `, og ${formatKeyFigure(highest)} blant helsefagarbeidere, aktivitører og barne- og ungdomsarbeidere`
        : ''
    }.${
      before
        ? ` Det var under koronapandemien; i ${before.year} lå det ${formatKeyFigure(before)}.`
        : ''
    }`,
    quote: all.quote,
    sources: [planSource(all.heading)],
  }
}

function tempAgencies({ keyFigures }: ArgumentInput): Argument | null {
  const f = keyFigures && findFigure(keyFigures.figures, 'vikarkjop-2019')
  if (!f) return null
  // The plan's own comparison, carried over as the plan words it (no 2012 figure is given).
  const doubling = /en dobling fra (\d{4})/.exec(f.quote)
  return {
    id: 'vikarer',
    title: 'Penger til vikarbyråer',
    highlight: formatKeyFigure(f, false),
    text: `Omsorgstjenesten brukte ${formatKeyFigure(f)} på kjøp av vikartjenester i ${f.year}${
      doubling ? `, en dobling fra ${doubling[1]}` : ''
    }.`,
    quote: f.quote,
    sources: [planSource(f.heading)],
  }
}

function youngerUsers(
  { users, population, keyFigures }: ArgumentInput,
  { from, to }: ArgumentFilters,
): Argument | null {
  if (!users || !population || from === to) return null
  const young = users.ageGroups.filter((a) => a.id === '0-49')
  const [row] = growthRows(users.rows, population.rows, young, from, to)
  if (!row || row.total <= 0 || row.frequency <= 0) return null
  const share = row.frequency / row.total
  const words = shareInWords(share)
  // The plan's own figures for 2009–2021: its counterfactual is truncated (64 792), ours is
  // computed to the decimal, so the two may differ by one.
  const plan =
    keyFigures && from === 2009 && to === 2021
      ? findFigure(keyFigures.figures, 'brukere-under-50-kontrafaktisk-2021')
      : undefined
  const planWords =
    keyFigures && from === 2009 && to === 2021
      ? findFigure(keyFigures.figures, 'brukere-under-50-ikke-demografi')
      : undefined
  return {
    id: 'yngre-brukere',
    title: `${capitalise(words ?? formatShare(share, 0))} av økningen i brukere under 50 år skyldes ikke befolkningsveksten`,
    highlight: `${formatInteger(row.frequency)} brukere`,
    text: `Brukere under 50 år økte med ${formatInteger(row.total)} fra ${from} til ${to}. ${formatInteger(
      row.demographic,
    )} av økningen skyldes at aldersgruppen ble større; ${formatInteger(
      row.frequency,
    )} skyldes at en større andel av den får tjenester.`,
    ...(planWords ? { quote: planWords.quote } : {}),
    method: [
      `Beregnet av Heltid i tall: brukere i ${to} minus befolkningen i ${to} ganger andelen som fikk tjenester i ${from}.`,
      plan
        ? `Planen oppgir ${formatInteger(plan.value)} brukere i ${to} med andelen fra ${from}; Heltid i tall regner ${formatDecimal(
            row.atBaseFrequency,
            1,
          )}, så tallene kan avvike med én fra planens.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    sources: [
      dataSource(users.provenance, 'users'),
      dataSource(population.provenance, 'population'),
    ],
  }
}

/** The share of users under 67 in the latest year: the service is not for the old alone. */
function usersUnder67({ users, keyFigures }: ArgumentInput): Argument | null {
  if (!users) return null
  const years = users.rows.map((r) => r.year)
  if (years.length === 0) return null
  const latest = Math.max(...years)
  const {
    shareUnder67: share,
    usersUnder67: under,
    usersAll: all,
  } = usersUnder67InYear(users.rows, latest)
  if (share === null || under <= 0) return null
  const words = shareInWords(share, 0.015)
  const quote = keyFigures && findFigure(keyFigures.figures, 'brukere-under-67-2021')
  const planSays = quote && quote.year === String(latest) ? quote : undefined
  // «nærmere 41 pst.» reads as just under 41; the plan's own table gives 41,4 %.
  const differs =
    planSays && planSays.unit === 'prosent' && Math.abs(planSays.value - share * 100) >= 0.3
  return {
    id: 'brukere-under-67',
    title: words ? `${capitalise(words)} brukere er under 67 år` : 'Mange brukere er under 67 år',
    highlight: formatShare(share),
    text: `Ved utgangen av ${latest} var ${formatInteger(under)} av omsorgstjenestens ${formatInteger(
      all,
    )} brukere under 67 år.`,
    ...(planSays ? { quote: planSays.quote } : {}),
    method: [
      'Beregnet av Heltid i tall fra brukertallene per aldersgruppe i planens tabell.',
      differs && planSays
        ? `Tabellen gir ${formatShare(share)}; planens tekst sier «${formatKeyFigure(planSays)}». Planen forklarer ikke forskjellen.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    sources: [dataSource(users.provenance, 'users')],
  }
}

function informalCare({ keyFigures }: ArgumentInput): Argument | null {
  const informal = keyFigures && findFigure(keyFigures.figures, 'uformell-omsorg')
  const service = keyFigures && findFigure(keyFigures.figures, 'omsorgstjenesten-arsverk')
  if (!informal || !service) return null
  return {
    id: 'uformell-omsorg',
    title: 'Pårørende bærer nesten like mye',
    highlight: formatKeyFigure(informal, false),
    text: `Pårørende gir omsorg tilsvarende ${formatKeyFigure(informal)}, ifølge regjeringens pårørendestrategi${
      citedYear(informal) ? ` fra ${citedYear(informal)}` : ''
    }. Det er nesten like mye som hele omsorgstjenesten, som hadde ${formatKeyFigure(service)} i ${service.year}.`,
    quote: informal.quote,
    sources: [planSource(informal.heading)],
  }
}

function qualification({ keyFigures, arsverk }: ArgumentInput): Argument | null {
  const count = keyFigures && findFigure(keyFigures.figures, 'uten-fagutdanning-sysselsatte')
  const share =
    keyFigures && findFigure(keyFigures.figures, 'uten-fagutdanning-aktuelle-for-kvalifisering')
  if (!count || !share) return null
  // Helsedirektoratet's count is not the plan's table: said, not reconciled.
  const table = arsverk?.groups.find((g) => g.id === 'pleieassistent-uten-fagutdanning')
  return {
    id: 'kvalifisering',
    title: `${capitalise(formatKeyFigure(share, true))} av dem uten helse- og sosialfaglig utdanning kan kvalifiseres`,
    highlight: formatKeyFigure(share, false),
    text: `Av de ${formatKeyFigure(count)} sysselsatte uten helse- og sosialfaglig utdanning i omsorgstjenesten er ${formatKeyFigure(
      share,
    )} aktuelle for kvalifisering, ifølge Helsedirektoratet.`,
    quote: count.quote,
    ...(table
      ? {
          method: `Tallet ${formatKeyFigure(count, false)} er Helsedirektoratets, og planen oppgir ikke året. Planens tabell for ${
            arsverk?.provenance.referenceDate ?? ''
          } har ${formatInteger(table.sysselsatte)} ${table.textName}.`,
        }
      : {}),
    sources: [planSource(count.heading)],
  }
}

function mainRule({ keyFigures }: ArgumentInput): Argument | null {
  const s = keyFigures?.statements.find((x) => x.id === 'heltid-hovedregel')
  if (!s) return null
  return {
    id: 'hovedregel',
    title: 'Regjeringen: hele stillinger skal være hovedregelen',
    highlight: '«Hele stillinger»',
    text: 'Regjeringen skriver i opptrappingsplanen at faste, hele stillinger skal være hovedregelen i norsk arbeidsliv.',
    quote: s.quote,
    sources: [planSource(s.heading)],
  }
}

/** Said once, under every law card: a summary is not the law, and not legal advice. */
const LAW_METHOD =
  'Sammendraget er skrevet med egne ord av Heltid i tall og er ikke juridisk rådgivning. Det er lovteksten på lovdata.no som gjelder.'

const lawSource = (p: LawParagraph): ArgumentSource => ({
  label: p.label,
  short: p.label,
  href: '',
  url: p.url,
})

/** § 14-1 a: the yearly discussion of part-time, the meeting this tool prepares for. */
function yearlyDiscussion(): Argument {
  return {
    id: 'drofting-arlig',
    title: 'Deltid skal drøftes hvert år',
    highlight: '§ 14-1 a',
    text: 'Arbeidsgiveren skal minst én gang i året drøfte bruken av deltid med de tillitsvalgte.',
    method: LAW_METHOD,
    sources: [lawSource(LAW.yearlyDiscussion)],
  }
}

/**
 * § 14-1 b, as adopted: full-time is the main rule, and a part-time hire must be
 * documented, shown to the shop stewards and discussed with them. The plan quotes the
 * proposal («foreslås»); the card cites the law and keeps the plan's words as background.
 */
function dutyToDocument({ keyFigures }: ArgumentInput): Argument | null {
  const documentDuty = keyFigures?.statements.find((x) => x.id === 'dokumentasjonsplikt')
  const discussDuty = keyFigures?.statements.find((x) => x.id === 'droftingsplikt')
  if (!keyFigures) return null
  return {
    id: 'drofting',
    title: 'Heltid er hovedregelen, deltid må dokumenteres',
    highlight: '§ 14-1 b',
    text: `Hovedregelen er ansettelse på heltid. Vil arbeidsgiveren ansette noen i deltid, må behovet dokumenteres først, dokumentasjonen være tilgjengelig for de tillitsvalgte og spørsmålet drøftes med dem.`,
    method:
      documentDuty && discussDuty
        ? `${LAW_METHOD} Planen omtaler forslaget til paragrafen, som Stortinget senere vedtok; planens ordlyd gjelder forslaget.`
        : LAW_METHOD,
    ...(documentDuty && discussDuty ? { quote: `${documentDuty.quote} ${discussDuty.quote}` } : {}),
    sources: [
      lawSource(LAW.fullTimeRule),
      ...(documentDuty ? [planSource(documentDuty.heading)] : []),
    ],
  }
}

/** § 14-3: part-time staff come first for a larger position and for extra shifts. */
function preferentialRight(): Argument {
  return {
    id: 'fortrinnsrett',
    title: 'Deltidsansatte går foran ved nye vakter og stillinger',
    highlight: '§ 14-3',
    text: `Deltidsansatte har fortrinnsrett til en større stilling, og til ekstravakter, før arbeidsgiveren ansetter nye eller leier inn, når de er kvalifisert og det ikke er til vesentlig ulempe for virksomheten.`,
    method: LAW_METHOD,
    sources: [lawSource(LAW.preferentialRight)],
  }
}

/** § 14-4 a: a position that matches the hours actually worked. */
function actualHours(): Argument {
  return {
    id: 'faktisk-arbeidstid',
    title: 'Rett til stilling som svarer til arbeidet man gjør',
    highlight: '§ 14-4 a',
    text: `Den som er ansatt i deltid og de siste tolv månedene regelmessig har jobbet mer enn avtalt, har rett til en stilling som svarer til den faktiske arbeidstiden, med mindre arbeidsgiveren kan dokumentere at behovet for merarbeidet ikke lenger er der.`,
    method: LAW_METHOD,
    sources: [lawSource(LAW.actualHours)],
  }
}
