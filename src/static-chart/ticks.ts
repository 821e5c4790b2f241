import { textWidth } from './text-width'

/**
 * Which tick labels the page's charts (Recharts) show at a width, without a browser. The
 * tick values themselves are the page's own (components/charts/chart-layout.ts: valueTicks).
 */

/** Recharts' gap between two tick labels, in px. */
const MIN_TICK_GAP = 5

const fits = (at: number, size: number, start: number, end: number) =>
  at >= start && at <= end && at - size / 2 >= start && at + size / 2 <= end

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
    if (fits(at, size, start, limit)) {
      shown[i] = true
      limit = at - (size / 2 + MIN_TICK_GAP)
    }
  }
  return shown
}

/**
 * Which tick labels show with Recharts' `preserveStartEnd`: the last label first (moved
 * in from the chart's right edge if it would stick out), then from the first tick on,
 * each label that fits between the labels before it and the last one, with 5 px between.
 */
export function shownTicksStartEnd(
  coordinates: readonly number[],
  sizes: readonly number[],
  start: number,
  end: number,
): boolean[] {
  const shown = coordinates.map(() => false)
  const last = coordinates.length - 1
  let from = start
  let limit = end
  if (last >= 0) {
    const size = sizes[last] ?? 0
    let at = coordinates[last] ?? 0
    const gap = at + size / 2 - end
    if (gap > 0) at -= gap
    if (fits(at, size, from, limit)) {
      shown[last] = true
      limit = at - (size / 2 + MIN_TICK_GAP)
    }
  }
  for (let i = 0; i < last; i++) {
    const size = sizes[i] ?? 0
    let at = coordinates[i] ?? 0
    if (i === 0) {
      const gap = at - size / 2 - from
      if (gap < 0) at -= gap
    }
    if (fits(at, size, from, limit)) {
      shown[i] = true
      from = at + size / 2 + MIN_TICK_GAP
    }
  }
  return shown
}

/** How an axis chooses its labels at a width: all (`interval={0}`) or as Recharts would. */
export type TickInterval = 'all' | 'preserveEnd' | 'preserveStartEnd'

/** A run of chart widths over which the same tick labels show. */
export interface TickRange {
  /** From this chart width in px (inclusive) … */
  from: number
  /** … up to this one (exclusive); null for every wider chart. */
  to: number | null
  hidden: number[]
}

export interface TickRangesInput {
  /** How many ticks. */
  count: number
  labels: readonly string[]
  fontSize: number
  /** The centre of tick `i` in a chart `width` px wide, from its left edge. */
  coordinate: (i: number, width: number) => number
  /** How labels are chosen at a chart width. */
  interval: (width: number) => TickInterval
  /** Widths from `min` to `max` px are checked; the last range holds for any wider chart. */
  min?: number
  max?: number
}

/**
 * For a chart whose width the page decides, the tick labels hidden at each width, as
 * Recharts decides with the axis' boundaries at the chart's own edges.
 */
export function tickRanges({
  count,
  labels,
  fontSize,
  coordinate,
  interval,
  min = 200,
  max = 1600,
}: TickRangesInput): TickRange[] {
  const sizes = labels.map((l) => textWidth(l, fontSize))
  const ranges: TickRange[] = []
  for (let width = min; width <= max; width++) {
    const coordinates = Array.from({ length: count }, (_, i) => coordinate(i, width))
    const how = interval(width)
    const shown =
      how === 'all'
        ? coordinates.map(() => true)
        : (how === 'preserveEnd' ? shownTicks : shownTicksStartEnd)(coordinates, sizes, 0, width)
    const hidden = shown.flatMap((s, i) => (s ? [] : [i]))
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
