/**
 * Everything a reader can choose on the page, and its form in the URL query, so any view
 * is a link. Parsing never throws: a missing, unknown, malformed or hostile parameter
 * gives that filter's default, and the other filters keep their values.
 *
 * Selections are stored as given (lists of ids); which ids exist is known only once the
 * data are loaded, so the sections resolve them against the data (`resolveSelection`).
 * This file holds the view's shape, defaults and parameter names; view-url.ts reads and
 * writes the query string.
 */

export const ARSVERK_COLUMNS = [
  'name',
  'arsverk',
  'sysselsatte',
  'averagePositionSize',
  'fullTime',
  'potential',
] as const
export type ArsverkColumn = (typeof ARSVERK_COLUMNS)[number]

export const FULL_TIME_COLUMNS = [
  'group',
  'percent2023',
  'changeSince2022',
  'changeSince2016',
  'percent2022',
  'percent2016',
] as const
export type FullTimeColumn = (typeof FULL_TIME_COLUMNS)[number]

export interface Sort<C extends string> {
  column: C
  desc: boolean
}

export interface ViewState {
  /** Education groups shown; null means all. An empty list means none. */
  groups: string[] | null
  /** Merge the groups into levels of education. */
  byLevel: boolean
  /** Absolute numbers, or shares of the care service's total. */
  measure: 'antall' | 'andel'
  arsverkSort: Sort<ArsverkColumn>
  fullTimeSort: Sort<FullTimeColumn>
  /** Users, or user frequency (share of the age group). */
  usersMeasure: 'brukere' | 'frekvens'
  /** Age groups shown; null means all. An empty list means none. */
  ageGroups: string[] | null
  /** First and last year shown; null means the first or last published year. */
  fromYear: number | null
  toYear: number | null
  /** «Hva om…»: a target position size, or every group up to a chosen group's level. */
  scenarioKind: 'mal' | 'niva'
  /** Target average position size in percent (1–100, one decimal at most). */
  scenarioTarget: number
  /** The group the target applies to; null means every group. */
  scenarioGroup: string | null
  /** The group whose level every group reaches; null means the section's default. */
  scenarioBenchmark: string | null
  /** Presentation mode: the slide shown (1-based), or null when not presenting. */
  slide: number | null
  /** Argument cards on the printed handout; null means the default choice. */
  handout: string[] | null
  /** Embedded in another site's page (iframe): no site header and footer. */
  embed: boolean
  /** One section shown alone (its id), or null for the whole page. */
  section: SectionId | null
  /**
   * What an embedded section shows: its main chart alone (title, chart, source, a link to
   * everything), the chart with its table, or the whole section with its filters.
   */
  embedPart: EmbedPart
}

export const EMBED_PARTS = ['diagram', 'diagram-tabell', 'seksjon'] as const
export type EmbedPart = (typeof EMBED_PARTS)[number]
/** The sections with a main chart that can be embedded alone. */
export const CHART_SECTIONS = ['arsverk', 'heltid', 'brukere'] as const

/**
 * The view fields each embeddable chart reads. A static chart embed whose link sets any of
 * them is drawn anew in the browser (build/embed-page.ts); a new filter a chart follows
 * belongs here too, or its embeds ignore it.
 */
export const CHART_VIEW_KEYS: Record<
  (typeof CHART_SECTIONS)[number],
  readonly (keyof ViewState)[]
> = {
  arsverk: ['groups', 'byLevel', 'measure', 'arsverkSort'],
  heltid: ['fullTimeSort'],
  brukere: ['ageGroups', 'fromYear', 'toYear', 'usersMeasure'],
}

/** The sections, in reading order; their ids are anchors and the embed's `seksjon`. */
export const SECTIONS = [
  { id: 'nokkeltall', label: 'Nøkkeltall' },
  { id: 'arbeidsplass', label: 'Min arbeidsplass' },
  { id: 'arsverk', label: 'Årsverk per utdanningsgruppe' },
  { id: 'heltid', label: 'Heltid og deltid' },
  { id: 'brukere', label: 'Brukere etter alder' },
  { id: 'hva-om', label: 'Hva om …' },
  { id: 'kilder', label: 'Kilder og definisjoner' },
] as const
export type SectionId = (typeof SECTIONS)[number]['id']

export const DEFAULT_VIEW: ViewState = {
  groups: null,
  byLevel: false,
  measure: 'antall',
  arsverkSort: { column: 'potential', desc: true },
  fullTimeSort: { column: 'percent2023', desc: true },
  usersMeasure: 'brukere',
  ageGroups: null,
  fromYear: null,
  toYear: null,
  scenarioKind: 'mal',
  scenarioTarget: 90,
  scenarioGroup: null,
  scenarioBenchmark: null,
  slide: null,
  handout: null,
  embed: false,
  section: null,
  embedPart: 'seksjon',
}

/** The query parameters this module owns; any other parameter in a link is left alone. */
export const PARAMS = {
  groups: 'grupper',
  byLevel: 'niva',
  measure: 'visning',
  arsverkSort: 'sortering',
  fullTimeSort: 'heltidsortering',
  usersMeasure: 'brukervisning',
  ageGroups: 'aldersgrupper',
  fromYear: 'fra',
  toYear: 'til',
  scenarioKind: 'scenario',
  scenarioTarget: 'mal',
  scenarioGroup: 'malgruppe',
  scenarioBenchmark: 'somgruppe',
  slide: 'lysbilde',
  handout: 'ark',
  embed: 'embed',
  section: 'seksjon',
  embedPart: 'del',
} as const satisfies Record<keyof ViewState, string>
