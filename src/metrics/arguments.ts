import {
  countInWords,
  formatInteger,
  formatPercent,
  formatPoints,
  formatShare,
  shareInWords,
} from './format'
import { derivedLevels } from './full-time'
import { workforceHeadline } from './headline'
import { findFigure, formatKeyFigure, type KeyFigureLike } from './key-figures'
import { ksChange, partTimePercent, type KsSeriesLike } from './ks-trend'
import { planSectionLabel, sourceLabel, type ProvenanceLike } from './sources'
import { growthRows } from './users-series'
import { averagePositionSize, fullTimePotential } from './workforce'

/**
 * Argument cards: short sentences a shop steward can say or paste, each with its source.
 * Every number in them is computed here from the data, never typed into the text, so a
 * data update updates every card. A card whose data is missing is left out.
 */

export interface ArgumentSource {
  label: string
  /** The dataset's entry under «Kilder og definisjoner». */
  href: string
  /** Where the document is published, for copied text and the handout. */
  url?: string
}

export interface Argument {
  id: string
  title: string
  /** The figure to show large (presentation, handout). */
  highlight: string
  text: string
  /** The plan's own words, when the argument rests on them. */
  quote?: string
  sources: ArgumentSource[]
}

type Figure = KeyFigureLike & { quote: string; heading: string; year: string }

export interface ArgumentInput {
  arsverk?: {
    provenance: ProvenanceLike
    groups: readonly { id: string; name: string; arsverk: number; sysselsatte: number }[]
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
  fullTime2021?: { provenance: ProvenanceLike; rows: readonly { id: string; percent: number }[] }
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

const planSource = (heading: string): ArgumentSource => ({
  label: planSectionLabel(heading),
  href: '#kilde-keyFigures',
})
const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} og ${list.at(-1)}`
const quoted = (name: string) => `«${name}»`

/** A source as text: «SSB, tabell 07459 (https://www.ssb.no/statbank/table/07459/)». */
export const sourceText = (s: ArgumentSource) => (s.url ? `${s.label} (${s.url})` : s.label)

/** Text and source for the copy button: the sentence, then «Kilde: …» with the links. */
export function copyText(argument: Argument): string {
  const quote = argument.quote ? ` Planen: «${argument.quote}»` : ''
  return `${argument.text}${quote}\nKilde: ${argument.sources.map(sourceText).join('; ')}`
}

/**
 * Gives each card's sources the address of their published document, from the datasets'
 * provenance (`urls` by dataset name; a source's href is `#kilde-<name>`).
 */
export function withPublished(
  cards: Argument[],
  urls: Readonly<Record<string, string>>,
): Argument[] {
  return cards.map((card) => ({
    ...card,
    sources: card.sources.map((s) => {
      const url = urls[s.href.replace(/^#kilde-/, '')]
      return url ? { ...s, url } : s
    }),
  }))
}

export function buildArguments(input: ArgumentInput, filters: ArgumentFilters): Argument[] {
  const list: (Argument | null)[] = [
    potential(input, filters),
    potentialByGroup(input, filters),
    positionSize(input, filters),
    fullTimeShares(input),
    turnusTrend(input),
    sickLeave(input),
    tempAgencies(input),
    youngerUsers(input, filters),
    informalCare(input),
    qualification(input),
    mainRule(input),
    dutyToDocument(input),
  ]
  return list.filter((a): a is Argument => a !== null)
}

function potential(
  { arsverk, keyFigures }: ArgumentInput,
  { groups }: ArgumentFilters,
): Argument | null {
  if (!arsverk || !keyFigures || groups.length === 0) return null
  const w = workforceHeadline({ arsverk, keyFigures }, groups)
  const need = findFigure(keyFigures.figures, 'behov-2035')
  const all = w.selectedCount === w.groupCount
  const chosen = arsverk.groups.filter((g) => groups.includes(g.id)).map((g) => quoted(g.name))
  const who = all
    ? 'alle som jobber i omsorgstjenesten'
    : chosen.length <= 3
      ? `alle i ${chosen.length === 1 ? 'gruppen' : 'gruppene'} ${names(chosen)}`
      : `alle i de ${chosen.length} valgte gruppene`
  const needText = need
    ? ` Det tilsvarer ${formatShare(w.potentialShareOfNeed, 0)} av de ${formatKeyFigure(need)} SSB anslår at tjenesten trenger fram til 2035.`
    : ''
  const statement = findFigure(keyFigures.figures, w.planStatementId ?? '')
  return {
    id: 'potensial',
    title: 'Hele stillinger gir flere årsverk',
    highlight: `${formatInteger(w.potential)} årsverk`,
    text: `Hvis ${who} hadde hel stilling, ville det gitt ${formatInteger(w.potential)} flere årsverk.${needText}`,
    ...(statement ? { quote: statement.quote } : {}),
    sources: [
      { label: sourceLabel(arsverk.provenance), href: '#kilde-arsverk' },
      ...(need ? [planSource(need.heading)] : []),
    ],
  }
}

function potentialByGroup(
  { arsverk }: ArgumentInput,
  { groups }: ArgumentFilters,
): Argument | null {
  if (!arsverk) return null
  const chosen = arsverk.groups
    .filter((g) => groups.includes(g.id))
    .map((g) => ({ name: g.name, potential: fullTimePotential(g) }))
    .sort((a, b) => b.potential - a.potential)
  if (chosen.length < 2) return null
  const top = chosen.slice(0, 3)
  const total = chosen.reduce((s, g) => s + g.potential, 0)
  const topSum = top.reduce((s, g) => s + g.potential, 0)
  return {
    id: 'potensial-grupper',
    title: 'Hvor årsverkene i deltid ligger',
    highlight: `${formatShare(total > 0 ? topSum / total : null, 0)}`,
    text: `${formatShare(total > 0 ? topSum / total : null, 0)} av årsverkene som ligger i deltidsstillingene, finnes i ${top.length} grupper: ${names(
      top.map((g) => `${quoted(g.name)} (${formatInteger(g.potential)})`),
    )}.`,
    sources: [{ label: sourceLabel(arsverk.provenance), href: '#kilde-arsverk' }],
  }
}

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
  if (!lowest || !other || other === lowest) return null
  return {
    id: 'stillingsstorrelse',
    title: 'Små stillinger der det trengs flest hender',
    highlight: formatShare(lowest.size),
    text: `${quoted(lowest.name)} har i gjennomsnitt ${formatShare(lowest.size)} stilling, mot ${formatShare(
      other.size,
    )} for ${quoted(other.name)}. Snittet i omsorgstjenesten er ${formatShare(
      averagePositionSize(arsverk.total),
    )}.`,
    sources: [{ label: sourceLabel(arsverk.provenance), href: '#kilde-arsverk' }],
  }
}

function fullTimeShares({ fullTime2021, fullTime2023 }: ArgumentInput): Argument | null {
  const plan = fullTime2021?.rows.find((r) => r.id === 'helsefagarbeider')
  if (!fullTime2021 || !plan) return null
  const ssb = fullTime2023?.rows.find((r) => r.id === 'helsefagarbeider')
  const trend = ssb
    ? ` I helse- og sosialtjenestene samlet hadde ${formatPercent(ssb.percent2023)} av helsefagarbeiderne heltid i 2023, ${formatPoints(
        ssb.changeSince2016,
      ).replace(
        '+',
        '',
      )} mer enn i 2016 (${formatPercent(derivedLevels(ssb).percent2016)}, utledet)${
        ssb.percent2023 < 50 ? ' – fortsatt under halvparten' : ''
      }.`
    : ''
  return {
    id: 'heltidsandel',
    title: 'Få helsefagarbeidere har heltid',
    highlight: formatPercent(plan.percent, 0),
    text: `Bare ${formatPercent(plan.percent, 0)} av helsefagarbeiderne i omsorgstjenesten hadde avtalt heltid i 2021.${trend}`,
    sources: [
      { label: sourceLabel(fullTime2021.provenance), href: '#kilde-fullTime2021' },
      ...(ssb && fullTime2023
        ? [{ label: sourceLabel(fullTime2023.provenance), href: '#kilde-fullTime2023' }]
        : []),
    ],
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
  const years = change.to.year - change.from.year
  return {
    id: 'turnus-deltid',
    title: 'Fortsatt deltid for de fleste i turnus',
    highlight: formatPercent(part),
    text: `Selv etter ${countInWords(years)} års økning jobber ${words ?? `${formatPercent(part)} av`} turnusansatte i helse og omsorg deltid (${formatPercent(
      part,
    )} i ${change.to.year}). Andelen med heltid har økt fra ${formatPercent(change.from.value)} i ${
      change.from.year
    } til ${formatPercent(change.to.value)}, ifølge arbeidsgivernes eget register.`,
    sources: [{ label: sourceLabel(ksFullTime.provenance), href: '#kilde-ksFullTime' }],
  }
}

function sickLeave({ keyFigures }: ArgumentInput): Argument | null {
  const all = keyFigures && findFigure(keyFigures.figures, 'sykefravaer-2021')
  if (!keyFigures || !all) return null
  const highest = findFigure(keyFigures.figures, 'sykefravaer-hoyest-2021')
  return {
    id: 'sykefravaer',
    title: 'Høyt sykefravær',
    highlight: formatKeyFigure(all, false),
    text: `Sykefraværet i omsorgstjenestene var ${formatKeyFigure(all)} i ${all.year}${
      highest
        ? `, og ${formatKeyFigure(highest)} blant helsefagarbeidere, aktivitører og barne- og ungdomsarbeidere`
        : ''
    }.`,
    quote: all.quote,
    sources: [planSource(all.heading)],
  }
}

function tempAgencies({ keyFigures }: ArgumentInput): Argument | null {
  const f = keyFigures && findFigure(keyFigures.figures, 'vikarkjop-2019')
  if (!f) return null
  return {
    id: 'vikarer',
    title: 'Penger til vikarbyråer',
    highlight: formatKeyFigure(f, false),
    text: `Omsorgstjenesten brukte ${formatKeyFigure(f)} på kjøp av vikartjenester i ${f.year}.`,
    quote: f.quote,
    sources: [planSource(f.heading)],
  }
}

function youngerUsers(
  { users, population }: ArgumentInput,
  { from, to }: ArgumentFilters,
): Argument | null {
  if (!users || !population || from === to) return null
  const young = users.ageGroups.filter((a) => a.id === '0-49')
  const [row] = growthRows(users.rows, population.rows, young, from, to)
  if (!row || row.total <= 0) return null
  return {
    id: 'yngre-brukere',
    title: 'Flere yngre brukere – ikke på grunn av befolkningen',
    highlight: formatInteger(row.frequency),
    text: `Brukere under 50 år økte med ${formatInteger(row.total)} fra ${from} til ${to}. ${
      row.demographic < row.frequency ? 'Bare ' : ''
    }${formatInteger(row.demographic)} av økningen skyldes at aldersgruppen ble større; ${formatInteger(
      row.frequency,
    )} skyldes at en større andel får tjenester.`,
    sources: [
      { label: sourceLabel(users.provenance), href: '#kilde-users' },
      { label: sourceLabel(population.provenance), href: '#kilde-population' },
    ],
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
    text: `Pårørende gir omsorg tilsvarende ${formatKeyFigure(informal)}, nesten like mye som hele omsorgstjenesten med ${formatKeyFigure(
      service,
    )}.`,
    quote: informal.quote,
    sources: [planSource(informal.heading)],
  }
}

function qualification({ keyFigures }: ArgumentInput): Argument | null {
  const count = keyFigures && findFigure(keyFigures.figures, 'uten-fagutdanning-sysselsatte')
  const share =
    keyFigures && findFigure(keyFigures.figures, 'uten-fagutdanning-aktuelle-for-kvalifisering')
  if (!count || !share) return null
  return {
    id: 'kvalifisering',
    title: 'Større stillinger og fagbrev hører sammen',
    highlight: formatKeyFigure(share, false),
    text: `Av de ${formatKeyFigure(count)} sysselsatte uten helse- og sosialfaglig utdanning i omsorgstjenesten er ${formatKeyFigure(
      share,
    )} aktuelle for kvalifisering, ifølge Helsedirektoratet.`,
    quote: count.quote,
    sources: [planSource(count.heading)],
  }
}

function mainRule({ keyFigures }: ArgumentInput): Argument | null {
  const s = keyFigures?.statements.find((x) => x.id === 'heltid-hovedregel')
  if (!s) return null
  return {
    id: 'hovedregel',
    title: 'Regjeringens egne ord',
    highlight: '«Hele stillinger»',
    text: `Regjeringen skriver i opptrappingsplanen at faste, hele stillinger skal være hovedregelen i norsk arbeidsliv.`,
    quote: s.quote,
    sources: [planSource(s.heading)],
  }
}

function dutyToDocument({ keyFigures }: ArgumentInput): Argument | null {
  const documentDuty = keyFigures?.statements.find((x) => x.id === 'dokumentasjonsplikt')
  const discussDuty = keyFigures?.statements.find((x) => x.id === 'droftingsplikt')
  if (!documentDuty || !discussDuty) return null
  return {
    id: 'drofting',
    title: 'Deltid skal begrunnes og drøftes',
    highlight: '§ 14-1 b',
    text: 'Etter arbeidsmiljøloven § 14-1 b er hovedregelen ansettelse på heltid. Arbeidsgiver skal dokumentere behovet for deltid og drøfte det med de tillitsvalgte, slik planen også beskriver.',
    quote: `${documentDuty.quote} ${discussDuty.quote}`,
    sources: [planSource(documentDuty.heading)],
  }
}
