import { capitalise, countInWords, formatPoints } from './format'
import { rangeEndsCaption, topRowsCaption } from './short-chart'
import { ARSVERK_LABEL, MISSING_LABEL } from './terms'

/**
 * What the three main charts show under their finding, in full and as a short chart, and
 * the words of their tables: one place for the page's sections and for the static chart
 * embeds (src/static-chart), so a change of wording reaches both. Which rows a short chart
 * keeps is short-chart.ts'; the words follow the style sheet (terms.md).
 */

/** A caption that opens a subtitle, with its first letter in capitals. */

/**
 * What the årsverk chart shows: `full` on the page; `short` for a short chart (embedded
 * alone, the 4:5 image) that keeps `shown` of `total` rows, the groups where most årsverk
 * are missing. The legend names the series; the subtitle says which rows, and the year.
 */
export function arsverkSubtitles(
  measure: 'antall' | 'andel',
  byLevel: boolean,
  referenceDate: string,
  shown: number,
  total: number,
): { full: string; short: string } {
  const what =
    measure === 'antall'
      ? 'Årsverk og årsverk som mangler til heltid'
      : 'Andel av alle årsverk som mangler til heltid'
  // The levels are Heltid i tall's own grouping, not SSB's or the plan's: said where drawn.
  const full = `${what}, ${byLevel ? 'etter utdanningsnivå (Heltid i talls egen inndeling)' : 'per utdanningsgruppe'}, ${referenceDate}`
  const left = topRowsCaption(shown, total, 'gruppene der flest årsverk mangler')
  return { full, short: left ? `${capitalise(left)}, ${referenceDate}` : full }
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
  averagePositionSize: 'Gjennomsnittlig stillings\u00adstørrelse',
  antall: {
    potential: MISSING_LABEL,
    arsverk: ARSVERK_LABEL,
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
  `Sum av ${shown === 1 ? 'det som vises' : `de ${countInWords(shown)} som vises`}`

/** The years SSB's full-time shares compare, as the subtitles name them. */
const FULL_TIME_WHEN = '4.\u00a0kvartal 2016 og 2023'

/** SSB's population and definition, said wherever the chart goes without the page around it. */
const FULL_TIME_WHO = 'heltid i hovedjobben, helse- og sosialtjenestene samlet'

/**
 * What the full-time chart shows: `full` on the page (every row); `short` for a short
 * chart that keeps `shown` of the `total` education groups, both ends of their range.
 * The legend names the years; both name SSB's population and definition, so an embedded
 * chart is not read as the municipal care services of the plan.
 */
export function fullTimeSubtitles(shown: number, total: number): { full: string; short: string } {
  const full = `Andel ansatte med ${FULL_TIME_WHO}, etter fagutdanning, ${FULL_TIME_WHEN}`
  const left = rangeEndsCaption(shown, total, undefined, 'utdanningsgrupper')
  return {
    full,
    short: left ? `Andel med ${FULL_TIME_WHO}, ${FULL_TIME_WHEN}: ${left}` : full,
  }
}

/** The SSB full-time table: its caption (with the reference date) and column headers. */
export const FULL_TIME_TABLE = {
  label: 'Heltidsandel etter fagutdanning, tabell',
  caption: (referenceDate: string) =>
    `Andel ansatte med heltid etter fagutdanning (prosent; endring i prosentpoeng), ${referenceDate}`,
  group: 'Fagutdanning',
  percent2023: '2023',
  changeSince2022: 'Endring fra 2022 (prosentpoeng)',
  changeSince2016: 'Endring fra 2016 (prosentpoeng)',
  percent2022: '2022 (utledet)',
  percent2016: '2016 (utledet)',
} as const

/** A change in the table: the sign and the figure; the header says it is in points. */
export const tablePoints = (points: number) => formatPoints(points).replace(' prosentpoeng', '')

/** What the users chart shows, for the chosen years. */
export function usersSubtitle(measure: 'brukere' | 'frekvens', from: number, to: number): string {
  // The two groups under 67 are drawn strong (see chart-config's line styles): said.
  const strong = 'De to gruppene under 67 år er tegnet sterkest.'
  return measure === 'brukere'
    ? `Mottakere av omsorgstjenester etter alder, ${from}–${to}. ${strong}`
    : `Brukerfrekvens (andel av aldersgruppen som mottar tjenester), ${from}–${to}. ${strong}`
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
