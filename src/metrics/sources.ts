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
      : `Opptrappingsplanen, avsnittet «${p.section}»`
  }
  if (p.citation) return p.citation
  if (p.ssbTable) return `${p.publisher}, tabell ${p.ssbTable}`
  return `${p.publisher}, ${p.document}`
}

/** "Opptrappingsplanen, avsnittet «Høy andel deltid»" for a key figure from the plan's text. */
export function planSectionLabel(heading: string): string {
  return `Opptrappingsplanen, avsnittet «${heading}»`
}

/** The site a published source lives on, for a link's text: "ssb.no", "ks.no". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
