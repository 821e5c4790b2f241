/**
 * Everything a reader can choose on the page, and its form in the URL query, so any view
 * is a link. Parsing never throws: a missing, unknown, malformed or hostile parameter
 * gives that filter's default, and the other filters keep their values.
 *
 * Selections are stored as given (lists of ids); which ids exist is known only once the
 * data are loaded, so the sections resolve them against the data (`resolveSelection`).
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
const SECTION_IDS = SECTIONS.map((s) => s.id)

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

const ID = /^[a-z0-9][a-z0-9+-]{0,63}$/
const MAX_IDS = 50

/**
 * A hand-typed `+` in a query reads back as a space (form encoding), so `90+` arrives as
 * `90 `. No id holds a space, so a space in an id can only have been a `+`.
 */
const plusFromSpace = (value: string) => value.replace(/ /g, '+')

function parseIds(value: string | null): string[] | null {
  if (value === null) return null
  if (value === '') return []
  const ids = plusFromSpace(value)
    .split(',')
    .filter((id) => ID.test(id))
  if (ids.length === 0 || ids.length > MAX_IDS) return null
  return [...new Set(ids)]
}

function parseChoice<T extends string>(
  value: string | null,
  choices: readonly T[],
  fallback: T,
): T {
  return choices.find((c) => c === value) ?? fallback
}

function parseSort<C extends string>(
  value: string | null,
  columns: readonly C[],
  fallback: Sort<C>,
): Sort<C> {
  const match = /^([a-zA-Z0-9]+)-(stigende|synkende)$/.exec(value ?? '')
  const column = columns.find((c) => c === match?.[1])
  return column && match ? { column, desc: match[2] === 'synkende' } : fallback
}

function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null
  const year = Number(value)
  return year >= 1900 && year <= 2100 ? year : null
}

function parseId(value: string | null): string | null {
  if (value === null) return null
  const id = plusFromSpace(value)
  return ID.test(id) ? id : null
}

function parseTarget(value: string | null): number {
  if (value === null || !/^\d{1,3}(\.\d)?$/.test(value)) return DEFAULT_VIEW.scenarioTarget
  const target = Number(value)
  return target >= 1 && target <= 100 ? target : DEFAULT_VIEW.scenarioTarget
}

function parseSlide(value: string | null): number | null {
  if (value === null || !/^\d{1,3}$/.test(value)) return null
  const slide = Number(value)
  return slide >= 1 ? slide : null
}

/** Reads a view from a query string ("?grupper=a,b&visning=andel"); never throws. */
export function parseView(search: string): ViewState {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return DEFAULT_VIEW
  }
  const get = (key: keyof ViewState) => {
    const values = params.getAll(PARAMS[key])
    // A repeated parameter is ambiguous: treat it as absent.
    return values.length === 1 ? (values[0] ?? null) : null
  }
  return {
    groups: parseIds(get('groups')),
    byLevel: get('byLevel') === '1',
    measure: parseChoice(get('measure'), ['antall', 'andel'], DEFAULT_VIEW.measure),
    arsverkSort: parseSort(get('arsverkSort'), ARSVERK_COLUMNS, DEFAULT_VIEW.arsverkSort),
    fullTimeSort: parseSort(get('fullTimeSort'), FULL_TIME_COLUMNS, DEFAULT_VIEW.fullTimeSort),
    usersMeasure: parseChoice(
      get('usersMeasure'),
      ['brukere', 'frekvens'],
      DEFAULT_VIEW.usersMeasure,
    ),
    ageGroups: parseIds(get('ageGroups')),
    fromYear: parseYear(get('fromYear')),
    toYear: parseYear(get('toYear')),
    scenarioKind: parseChoice(get('scenarioKind'), ['mal', 'niva'], DEFAULT_VIEW.scenarioKind),
    scenarioTarget: parseTarget(get('scenarioTarget')),
    scenarioGroup: parseId(get('scenarioGroup')),
    scenarioBenchmark: parseId(get('scenarioBenchmark')),
    slide: parseSlide(get('slide')),
    handout: parseIds(get('handout')),
    embed: get('embed') === '1',
    section: parseSection(get('section')),
    embedPart: parseChoice(get('embedPart'), EMBED_PARTS, DEFAULT_VIEW.embedPart),
  }
}

/**
 * `seksjon`: a section's id. «argumenter» was a section of its own until the key figures
 * and the arguments became one deck; old links to it open that deck.
 */
function parseSection(raw: string | null): SectionId | null {
  const id = raw === 'argumenter' ? 'nokkeltall' : raw
  return parseChoice<SectionId | ''>(id, SECTION_IDS, '') || null
}

const sortParam = <C extends string>(sort: Sort<C>) =>
  `${sort.column}-${sort.desc ? 'synkende' : 'stigende'}`

/**
 * Writes a view into a query string, leaving out every filter at its default so links
 * stay short, and keeping parameters this module does not own (e.g. embed options).
 */
export function serializeView(view: ViewState, currentSearch = ''): string {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(currentSearch)
  } catch {
    params = new URLSearchParams()
  }
  for (const key of Object.values(PARAMS)) params.delete(key)
  const set = (key: keyof ViewState, value: string | null) => {
    if (value !== null) params.set(PARAMS[key], value)
  }
  const sameSort = <C extends string>(a: Sort<C>, b: Sort<C>) =>
    a.column === b.column && a.desc === b.desc
  set('groups', view.groups === null ? null : view.groups.join(','))
  set('byLevel', view.byLevel ? '1' : null)
  set('measure', view.measure === DEFAULT_VIEW.measure ? null : view.measure)
  set(
    'arsverkSort',
    sameSort(view.arsverkSort, DEFAULT_VIEW.arsverkSort) ? null : sortParam(view.arsverkSort),
  )
  set(
    'fullTimeSort',
    sameSort(view.fullTimeSort, DEFAULT_VIEW.fullTimeSort) ? null : sortParam(view.fullTimeSort),
  )
  set('usersMeasure', view.usersMeasure === DEFAULT_VIEW.usersMeasure ? null : view.usersMeasure)
  set('ageGroups', view.ageGroups === null ? null : view.ageGroups.join(','))
  set('fromYear', view.fromYear === null ? null : String(view.fromYear))
  set('toYear', view.toYear === null ? null : String(view.toYear))
  set('scenarioKind', view.scenarioKind === DEFAULT_VIEW.scenarioKind ? null : view.scenarioKind)
  set(
    'scenarioTarget',
    view.scenarioTarget === DEFAULT_VIEW.scenarioTarget ? null : String(view.scenarioTarget),
  )
  set('scenarioGroup', view.scenarioGroup)
  set('scenarioBenchmark', view.scenarioBenchmark)
  set('slide', view.slide === null ? null : String(view.slide))
  set('handout', view.handout === null ? null : view.handout.join(','))
  set('embed', view.embed ? '1' : null)
  set('section', view.section)
  set('embedPart', view.embedPart === DEFAULT_VIEW.embedPart ? null : view.embedPart)
  const query = params.toString().replace(/%2C/g, ',')
  return query ? `?${query}` : ''
}

/** True when the view is the one a plain link opens: the one the page is prerendered in. */
export function isDefaultView(view: ViewState): boolean {
  return serializeView(view, '') === ''
}
