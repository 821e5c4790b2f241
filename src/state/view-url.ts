import {
  ARSVERK_COLUMNS,
  DEFAULT_VIEW,
  EMBED_PARTS,
  FULL_TIME_COLUMNS,
  PARAMS,
  SECTIONS,
  type SectionId,
  type Sort,
  type ViewState,
} from './view-state'

/**
 * The view in the address bar: `parseView` reads a query string into a view (anything it
 * cannot read falls back to the default, so a malformed link never breaks the page) and
 * `serializeView` writes one back, leaving defaults out so links stay short.
 */

const SECTION_IDS = SECTIONS.map((s) => s.id)
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
