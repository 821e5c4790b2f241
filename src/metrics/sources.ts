/** Short Norwegian source lines built from a dataset's provenance. */

export interface ProvenanceLike {
  document: string
  publisher: string
  section: string
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
  if (p.ssbTable) return `${p.publisher}, tabell ${p.ssbTable}`
  return `${p.publisher}, ${p.document}`
}

/** "Opptrappingsplanen, avsnittet «Høy andel deltid»" for a key figure from the plan's text. */
export function planSectionLabel(heading: string): string {
  return `Opptrappingsplanen, avsnittet «${heading}»`
}
