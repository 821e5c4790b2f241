import type { KeyFigureLike } from '../key-figures'
import type { KsSeriesLike } from '../ks-trend'
import type { ProvenanceLike } from '../sources'

/** The shapes of an argument card and of the data the cards are built from. */

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

export type Figure = KeyFigureLike & {
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
