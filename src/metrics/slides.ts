import type { Argument } from './arguments'
import { arsverkTitle, type ArsverkRow } from './arsverk-table'
import { formatDecimal, formatInteger, formatShare } from './format'
import type { FullTimeRow } from './full-time'
import { compareTitle, type WorkplaceFigures } from './workplace'

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
export const SLIDE_BARS = 6

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
  source: { label: string; href: string },
): Slide | null {
  const sorted = [...rows].sort((a, b) => b.potential - a.potential)
  const [top] = sorted
  if (!top) return null
  const total = rows.reduce((s, r) => s + r.potential, 0)
  return {
    id: 'diagram-arsverk',
    title: arsverkTitle(rows) ?? '',
    text: `Det gjelder ${formatInteger(top.potential)} av i alt ${formatInteger(
      total,
    )} årsverk som mangler til heltid (tall for 2021).`,
    sources: [source],
    chart: {
      caption: `Årsverk som mangler til heltid, 2021${
        rows.length > SLIDE_BARS ? ` – de ${SLIDE_BARS} største av ${rows.length} grupper` : ''
      }`,
      tone: 'gap',
      bars: sorted.slice(0, SLIDE_BARS).map((r) => ({
        id: r.id,
        label: r.name,
        value: r.potential,
        display: formatInteger(r.potential),
      })),
    },
  }
}

/** The full-time share per group in 2023, lowest first: where the work is. */
export function fullTimeSlide(
  rows: readonly FullTimeRow[],
  source: { label: string; href: string },
): Slide | null {
  const sorted = [...rows].sort((a, b) => a.percent2023 - b.percent2023)
  const [lowest] = sorted
  const highest = sorted.at(-1)
  if (!lowest || !highest) return null
  const pct = (v: number) => `${formatDecimal(v, 1)}\u00a0%`
  return {
    id: 'diagram-heltid',
    title: `Færrest har heltid blant ${lowest.textName}`,
    text: `${pct(lowest.percent2023)} har heltid blant ${lowest.textName}, mot ${pct(
      highest.percent2023,
    )} blant ${highest.textName} (tall for 2023).`,
    sources: [source],
    chart: {
      caption: `Andel ansatte med heltid, 2023${
        sorted.length > SLIDE_BARS
          ? ` – de ${SLIDE_BARS - 2} laveste og de 2 høyeste av ${sorted.length} grupper`
          : ''
      }`,
      tone: 'main',
      scaleMax: 100,
      // Both ends of the range the sentence names: the lowest groups and the highest two.
      bars: (sorted.length > SLIDE_BARS
        ? [...sorted.slice(0, SLIDE_BARS - 2), ...sorted.slice(-2)]
        : sorted
      ).map((r) => ({
        id: r.id,
        label: r.group,
        value: r.percent2023,
        display: pct(r.percent2023),
      })),
    },
  }
}

/** «Min arbeidsplass»: the reader's own unit against the nation. */
export function workplaceSlide(
  figures: WorkplaceFigures,
  nationAverage: number | null,
  nationSource: { label: string; href: string },
): Slide {
  const arsverk = formatDecimal(figures.arsverk, figures.arsverk % 1 === 0 ? 0 : 2)
  return {
    id: 'min-arbeidsplass',
    title: compareTitle(figures.averagePositionSize, nationAverage),
    highlight: formatShare(figures.averagePositionSize),
    text: `Gjennomsnittlig stilling hos oss${
      nationAverage === null ? '' : `, mot ${formatShare(nationAverage)} i landet`
    }: ${arsverk} årsverk fordelt på ${formatInteger(figures.employees)} ansatte, og ${formatShare(
      figures.fullTimeShare,
      0,
    )} har hel stilling.`,
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
