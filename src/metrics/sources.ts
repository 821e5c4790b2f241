import type { DatasetName } from '@/data/files'
import { markSic } from './terms'

/** Short Norwegian source lines built from a dataset's provenance. */

export interface ProvenanceLike {
  document: string
  publisher: string
  section: string
  citation?: string | undefined
  table?: string | undefined
  ssbTable?: string | undefined
}

const PLAN = 'Opptrappingsplan for heltid og god bemanning i omsorgstjenesten'

/** "Opptrappingsplanen, tabell «…»" or "SSB, tabell 07459". */
export function sourceLabel(p: ProvenanceLike): string {
  if (p.document === PLAN) {
    return p.table
      ? `Opptrappingsplanen, tabell «${p.table}»`
      : `Opptrappingsplanen, avsnittet «${markSic(p.section)}»`
  }
  if (p.citation) return p.citation
  if (p.ssbTable) return `${p.publisher}, tabell ${p.ssbTable}`
  return `${p.publisher}, ${p.document}`
}

const SHORT_PUBLISHER: Readonly<Record<string, string>> = { 'Statistisk sentralbyrå': 'SSB' }

/**
 * The source as a card names it at a glance: "Opptrappingsplanen", "SSB, tabell 07459",
 * "SSB", "KS". The full label (`sourceLabel`) is one tap away.
 */
export function shortSourceLabel(p: ProvenanceLike): string {
  if (p.document === PLAN) return 'Opptrappingsplanen'
  const publisher = SHORT_PUBLISHER[p.publisher] ?? p.publisher
  return p.ssbTable ? `${publisher}, tabell ${p.ssbTable}` : publisher
}

/**
 * "Opptrappingsplanen, avsnittet «Høy andel deltid»" for a key figure from the plan's text;
 * a heading with the plan's own typo is quoted as it stands, marked [sic].
 */
export function planSectionLabel(heading: string): string {
  return `Opptrappingsplanen, avsnittet «${markSic(heading)}»`
}

/** The site a published source lives on, for a link's text: "ssb.no", "ks.no". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/**
 * The one «Kilde:» line of an export (chart image, CSV): the word once, however the text
 * it is given begins. "Kilde: Kilde: SSB" is never written.
 */
export function sourceLine(text: string): string {
  const body = text.replace(/^\s*kilde:\s*/i, '')
  return `Kilde: ${body}`
}

/** A data file's attribution ("Kilde: Statistisk sentralbyrå") without its own «Kilde:». */
export function attributionText(p: { attribution: string }): string {
  return p.attribution.replace(/^\s*kilde:\s*/i, '')
}

/**
 * The source line of an export or a CSV: the source's label, then the data file's
 * attribution («Statistisk sentralbyrå») unless the label already names that publisher
 * (in full or short), so no line says «SSB … Statistisk sentralbyrå».
 */
export function sourceWithAttribution(p: ProvenanceLike & { attribution: string }): string {
  const label = sourceLabel(p)
  const by = attributionText(p)
  const short = SHORT_PUBLISHER[by] ?? by
  return label.includes(by) || label.startsWith(`${short},`) || label.startsWith(`${short} `)
    ? label
    : `${label}. ${by}`
}

/**
 * Every «Kilde:» line on the page links to its dataset's entry under «Kilder og
 * definisjoner». These four functions are the only place that link's form is written.
 */

/** The id of a dataset's entry under «Kilder og definisjoner»: `kilde-arsverk`. */
export const sourceAnchor = (name: DatasetName): string => `kilde-${name}`

/** A link to that entry: `#kilde-arsverk`. */
export const sourceHref = (name: DatasetName): string => `#${sourceAnchor(name)}`

/** The dataset a «Kilde:» link points to (`#kilde-arsverk` → `arsverk`), or null. */
export const datasetOfSourceHref = (href: string): string | null =>
  href.startsWith('#kilde-') ? href.slice('#kilde-'.length) : null

/** A «Kilde:» line's entry for a dataset: its full label and the link to its entry. */
export const datasetSource = (
  name: DatasetName,
  provenance: ProvenanceLike,
): { label: string; href: string } => ({ label: sourceLabel(provenance), href: sourceHref(name) })
