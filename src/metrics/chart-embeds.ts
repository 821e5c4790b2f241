import { formatPoints } from './format'

/**
 * What the three main charts show under their finding, which bars a chart embedded alone
 * keeps, and the words of their tables: one place for the page's sections and for the
 * static chart embeds (src/static-chart), so a change of wording reaches both.
 */

/** Bars in a chart embedded alone: readable on a phone in about 500 px. */
export const EMBED_BARS = 5

/** The årsverk chart embedded alone: the groups where most årsverk are missing. */
export function arsverkEmbedBars<T>(bars: readonly T[]): T[] {
  return bars.slice(0, EMBED_BARS)
}

/** What the årsverk chart shows; embedded alone, how many of the rows it keeps. */
export function arsverkSubtitle(
  measure: 'antall' | 'andel',
  embedded: boolean,
  shown: number,
  rows: number,
): string {
  if (embedded) {
    return `${measure === 'antall' ? 'Årsverk 2021.' : 'Andel av alle sysselsatte, 2021.'} ${shown < rows ? `${shown} av ${rows} grupper, der flest mangler.` : ''}`.trim()
  }
  return measure === 'antall'
    ? 'Årsverk i dag og årsverk som mangler til heltid, 2021'
    : 'Andel av alle sysselsatte: årsverk i dag og årsverk som mangler til heltid, 2021'
}

/** A chart embedded alone, when the link chooses no group. */
export const ARSVERK_EMBED_EMPTY = 'Ingen utdanningsgrupper er valgt.'

/** The årsverk table's caption, and the header of each column, per measure. */
export const ARSVERK_TABLE = {
  label: 'Årsverk per utdanningsgruppe, tabell',
  caption: {
    antall: 'Årsverk og sysselsatte i omsorgstjenesten 2021',
    andel: 'Andeler av hele omsorgstjenesten 2021',
  },
  name: 'Gruppe',
  // A soft hyphen lets the long word break in a narrow column (the CSV drops it).
  averagePositionSize: 'Gj.sn. stillings\u00adstørrelse',
  antall: {
    potential: 'Mangler til heltid',
    arsverk: 'Årsverk',
    sysselsatte: 'Sysselsatte',
    fullTime: 'Årsverk ved heltid',
  },
  // Each share's whole is named: the potential is a share of everything missing to
  // full-time (asShares), not of everyone employed.
  andel: {
    potential: 'Andel av alle årsverk som mangler til heltid',
    arsverk: 'Andel av alle årsverk',
    sysselsatte: 'Andel av alle sysselsatte',
    fullTime: 'Årsverk ved heltid, andel av alle sysselsatte',
  },
} as const

/** The totals row's header: what it adds up. */
export const arsverkTotalsLabel = (shown: number) =>
  `Sum av ${shown === 1 ? 'det som vises' : `de ${shown} som vises`}`

/** The full-time chart embedded alone: both ends, the two highest and the lowest shares. */
export function fullTimeEmbedBars<T>(bars: readonly T[]): T[] {
  return bars.length > EMBED_BARS ? [...bars.slice(0, 2), ...bars.slice(2 - EMBED_BARS)] : [...bars]
}

/** What the full-time chart shows: all groups, or both ends of them. */
export function fullTimeSubtitle(shown: number, rows: number): string {
  return shown < rows
    ? `Heltidsandel 2016 og 2023: de 2 høyeste og ${shown - 2} laveste av ${rows} grupper`
    : 'Andel ansatte med heltid, 2016 og 2023'
}

/** The SSB full-time table: its caption (with the reference date) and column headers. */
export const FULL_TIME_TABLE = {
  label: 'Heltidsandel etter fagutdanning, tabell',
  caption: (referenceDate: string) =>
    `Andel ansatte med heltid etter fagutdanning (prosent; endring i prosentpoeng), ${referenceDate}`,
  group: 'Fagutdanning',
  percent2023: '2023',
  changeSince2022: 'Endring fra 2022',
  changeSince2016: 'Endring fra 2016',
  percent2022: '2022 (utledet)',
  percent2016: '2016 (utledet)',
} as const

/** A change in the table: the sign and the figure; the header says it is in points. */
export const tablePoints = (points: number) => formatPoints(points).replace(' prosentpoeng', '')

/** What the users chart shows, for the chosen years. */
export function usersSubtitle(measure: 'brukere' | 'frekvens', from: number, to: number): string {
  return measure === 'brukere'
    ? `Mottakere av omsorgstjenester etter alder, ${from}–${to}`
    : `Brukerfrekvens (andel av aldersgruppen som mottar tjenester), ${from}–${to}`
}

/** The users chart's summary with a single year: nothing changes to describe. */
export const usersSingleYearSummary = (year: number) =>
  `Viser ${year}. Velg flere år for å se utviklingen.`

/** The users section when the link chooses no age group. */
export const USERS_EMPTY =
  'Ingen aldersgrupper er valgt. Velg minst én for å se diagram og tabeller.'

/** The users table: its caption per measure and its first column. */
export const USERS_TABLE = {
  label: 'Brukere etter alder, tabell',
  caption: {
    brukere: 'Brukere av omsorgstjenestene per 31. desember',
    frekvens: 'Brukerfrekvens: andel av aldersgruppen som mottar omsorgstjenester, 31. desember',
  },
  ageGroup: 'Aldersgruppe',
} as const
