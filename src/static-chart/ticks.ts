import { textWidth } from './text-width'

/**
 * Axis ticks as the page's charts (Recharts) choose and show them, without a browser:
 * the «nice» values of a number axis with no ticks given, and which tick labels fit.
 */

const clean = (value: number) => Number(value.toPrecision(12))

/** The count of digits before the decimal point (0.5 → 0, 23 000 → 5), as Recharts counts. */
const digitCount = (value: number) =>
  value === 0 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1

function adaptiveStep(rough: number, correction: number): number {
  if (rough <= 0) return 0
  const digits = digitCount(rough)
  const power = 10 ** digits
  const ratioScale = digits !== 1 ? 0.05 : 0.1
  const ratio = clean(rough / power)
  return clean((Math.ceil(clean(ratio / ratioScale)) + correction) * ratioScale * power)
}

/**
 * The ticks of a number axis from 0 to `max` with `count` ticks, as Recharts makes them
 * for an axis whose domain is [0, 'auto'] (its default): a round step, the last tick at
 * or past the data. 92 000 and 5 ticks give 0, 25 000, 50 000, 75 000, 100 000.
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0]
  for (let correction = 0; correction < 50; correction++) {
    const step = adaptiveStep(max / (count - 1), correction)
    const up = Math.ceil(clean(max / step))
    if (up + 1 > count) continue
    const ticks: number[] = []
    for (let i = 0; i < count; i++) ticks.push(clean(i * step))
    return ticks
  }
  return [0, max]
}

/** Recharts' gap between two tick labels, in px. */
const MIN_TICK_GAP = 5

/**
 * Which tick labels show, as Recharts' default (`preserveEnd`) decides: from the last tick
 * back, a label shows if it fits between the chart's left edge and the label after it,
 * with a gap of 5 px. `coordinates` are the ticks' centres, `sizes` their labels' widths.
 */
export function shownTicks(
  coordinates: readonly number[],
  sizes: readonly number[],
  start: number,
  end: number,
): boolean[] {
  const shown = coordinates.map(() => false)
  let limit = end
  for (let i = coordinates.length - 1; i >= 0; i--) {
    const size = sizes[i] ?? 0
    let at = coordinates[i] ?? 0
    if (i === coordinates.length - 1) {
      const gap = at + size / 2 - end
      if (gap > 0) at -= gap
    }
    if (at < start || at > limit) continue
    if (at - size / 2 >= start && at + size / 2 <= limit) {
      shown[i] = true
      limit = at - (size / 2 + MIN_TICK_GAP)
    }
  }
  return shown
}

/** A run of chart widths over which the same tick labels show. */
export interface TickRange {
  /** From this chart width in px (inclusive) … */
  from: number
  /** … up to this one (exclusive); null for every wider chart. */
  to: number | null
  hidden: number[]
}

/**
 * For a chart whose width the page decides, the tick labels hidden at each width: the
 * ticks at `fractions` of a plot that starts `left` px from the chart's left edge and ends
 * `right` px before its right edge, labelled `labels` at `fontSize`. Widths from `min` to
 * `max` px are checked; the last range holds for any wider chart.
 */
export function tickRanges(
  fractions: readonly number[],
  labels: readonly string[],
  fontSize: number,
  left: number,
  right: number,
  min = 200,
  max = 1600,
): TickRange[] {
  const sizes = labels.map((l) => textWidth(l, fontSize))
  const ranges: TickRange[] = []
  for (let width = min; width <= max; width++) {
    const plot = width - left - right
    const coordinates = fractions.map((f) => left + f * plot)
    const hidden = shownTicks(coordinates, sizes, 0, width).flatMap((s, i) => (s ? [] : [i]))
    const last = ranges.at(-1)
    if (last && last.hidden.join() === hidden.join()) continue
    if (last) last.to = width
    ranges.push({ from: width, to: null, hidden })
  }
  if (ranges[0]) ranges[0].from = 0
  return ranges.filter((r) => r.hidden.length > 0)
}

/**
 * CSS that hides the tick labels a chart of each width cannot fit: container queries on
 * the element with class `container` (a chart's box), for ticks with class
 * `${tickClass}-${index}`.
 */
export function tickCss(
  ranges: readonly TickRange[],
  container: string,
  tickClass: string,
): string {
  return ranges
    .map((r) => {
      const query = [
        r.from > 0 ? `(width >= ${r.from}px)` : '',
        r.to === null ? '' : `(width < ${r.to}px)`,
      ]
        .filter(Boolean)
        .join(' and ')
      const selector = r.hidden.map((i) => `.${container} .${tickClass}-${i}`).join(',')
      return query ? `@container ${query} {${selector}{display:none}}` : `${selector}{display:none}`
    })
    .join('\n')
}
