import type { Argument } from './arguments'
import { arsverkTitle, type ArsverkRow } from './arsverk-table'
import { shortArsverkBars } from './arsverk-view'
import { formatDecimal, formatInteger, formatShare } from './format'
import { fullTimeEnds, type FullTimeRow } from './full-time'
import { rangeEndsCaption, SHORT_CHART_ROWS } from './short-chart'
import { MISSING_LABEL } from './terms'
import {
  formatUnitArsverk,
  fullTimeShareText,
  shownMissing,
  workplaceLead,
  workplaceLeadText,
  type WorkplaceFigures,
} from './workplace'

/**
 * The presentation's slides: one message each — a finding as the title, one number or
 * one small chart, one sentence and a short source. Pure functions; the presentation
 * component only lays them out.
 */

export interface SlideBar {
  id: string
  label: string
  value: number
  display: string
}

export interface Slide {
  id: string
  title: string
  /** The one number, large. */
  highlight?: string | undefined
  text: string
  /** Which groups a filtered figure is about. */
  selection?: string | undefined
  sources: readonly { label: string; href: string; url?: string | undefined }[]
  /** A small bar chart instead of (or under) the number. `gap`: what part-time leaves out. */
  chart?: { caption: string; tone: 'gap' | 'main'; scaleMax?: number; bars: SlideBar[] }
}

/** At most this many bars on a slide: readable from the back of a meeting room. */
export const SLIDE_BARS = SHORT_CHART_ROWS

export function cardSlide(card: Argument): Slide {
  return {
    id: card.id,
    title: card.title,
    highlight: card.highlight,
    text: card.text,
    selection: card.selection,
    sources: card.sources,
  }
}

/** Årsverk missing to full-time per group, the largest first. Null with no rows. */
export function arsverkSlide(
  rows: readonly ArsverkRow[],
  year: string,
  source: { label: string; href: string },
): Slide | null {
  // The same short chart as the argument sheet and a chart embedded alone.
  const { bars, left } = shortArsverkBars(rows)
  const top = bars[0]?.row
  if (!top) return null
  const total = rows.reduce((s, r) => s + r.potential, 0)
  return {
    id: 'diagram-arsverk',
    title: arsverkTitle(rows) ?? '',
    text:
      rows.length === 1
        ? `${formatInteger(top.sysselsatte)} ${top.textName} hadde ${formatInteger(top.arsverk)} årsverk i ${year}.`
        : `${formatInteger(top.potential)} av de ${formatInteger(total)} årsverkene som manglet til heltid i ${year}, fantes blant ${top.textName}.`,
    sources: [source],
    chart: {
      caption: `${MISSING_LABEL}, ${year}${left ? `: ${left}` : ''}`,
      tone: 'gap',
      bars: bars.map(({ row }) => ({
        id: row.id,
        label: row.name,
        value: row.potential,
        display: formatInteger(row.potential),
      })),
    },
  }
}

/**
 * The full-time share per education group in SSB's 2023 table: both ends of the range,
 * as the chart embedded alone shows them. `rows` are the education groups (not «all»).
 */
export function fullTimeSlide(
  rows: readonly FullTimeRow[],
  source: { label: string; href: string },
): Slide | null {
  // The same short chart as the chart embedded alone and the 4:5 image.
  const { bars: sorted, ends: shown } = fullTimeEnds(rows)
  const highest = sorted[0]
  const lowest = sorted.at(-1)
  if (!lowest || !highest) return null
  const pct = (v: number) => `${formatDecimal(v, 1)}\u00a0%`
  const left = rangeEndsCaption(shown.length, sorted.length, undefined, 'utdanningsgrupper')
  return {
    id: 'diagram-heltid',
    title: `Lavest andel med heltid blant ${lowest.textName}`,
    text: `I helse- og sosialtjenestene hadde ${pct(lowest.percent2023)} av ${lowest.textName} heltid i hovedjobben i 4.\u00a0kvartal 2023, mot ${pct(
      highest.percent2023,
    )} av ${highest.textName}.`,
    sources: [source],
    chart: {
      caption: `Andel med heltid, 4.\u00a0kvartal 2023${left ? `: ${left}` : ''}`,
      tone: 'main',
      scaleMax: 100,
      bars: shown.map((r) => ({
        id: r.id,
        label: r.group,
        value: r.percent2023,
        display: pct(r.percent2023),
      })),
    },
  }
}

/**
 * «Min arbeidsplass»: the reader's own unit, in the shop steward's words («hos oss»), against
 * the same groups in the nation (`nationAverage`, see `sameGroups`).
 */
export function workplaceSlide(
  figures: WorkplaceFigures,
  nationAverage: number | null,
  nationYear: string,
  nationSource: { label: string; href: string },
): Slide {
  return {
    id: 'min-arbeidsplass',
    title: workplaceLead(figures, 'oss'),
    highlight: `${formatUnitArsverk(shownMissing(figures))} årsverk`,
    text: `${workplaceLeadText(figures, 'oss')} Gjennomsnittlig stillingsstørrelse hos oss er ${formatShare(
      figures.averagePositionSize,
    )}${
      nationAverage === null
        ? ''
        : `, mot ${formatShare(nationAverage)} for de samme gruppene i landet i ${nationYear}`
    }, og ${fullTimeShareText(figures.fullTimeShare)}.`,
    sources: [{ label: 'Egne tall', href: '#arbeidsplass' }, nationSource],
  }
}

/** The chosen cards in the reader's order, then the chart slides, then the workplace. */
export function buildSlides(
  cards: readonly Argument[],
  chosen: readonly string[],
  charts: readonly (Slide | null)[],
  workplace: Slide | null,
): Slide[] {
  return [
    ...cards.filter((c) => chosen.includes(c.id)).map(cardSlide),
    ...charts.filter((s): s is Slide => s !== null),
    ...(workplace ? [workplace] : []),
  ]
}
