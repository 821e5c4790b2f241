import { countInWords } from './format'

/**
 * Short charts: the chart embedded alone, the slides, the handout and the 4:5 image for
 * social feeds each show a handful of bars, chosen the same way everywhere and described
 * in the same words, so the reader of any of them can tell what was left out.
 */

/** Bars in a short chart: readable on a phone, a slide or a shrunken feed image. */
export const SHORT_CHART_ROWS = 5

/** How many of the highest rows a «both ends» chart keeps; the rest are the lowest. */
export const HIGH_END_ROWS = 2

/** The first `count` rows of a chart ordered biggest first (e.g. where most is missing). */
export function topRows<T>(rows: readonly T[], count = SHORT_CHART_ROWS): T[] {
  return rows.slice(0, count)
}

/**
 * Both ends of a range, for rows ordered highest first: the `high` highest and the
 * lowest, `count` in all, in the same order. All rows when they fit.
 */
export function rangeEnds<T>(
  rows: readonly T[],
  count = SHORT_CHART_ROWS,
  high = HIGH_END_ROWS,
): T[] {
  if (rows.length <= count) return [...rows]
  return [...rows.slice(0, high), ...rows.slice(rows.length - (count - high))]
}

/**
 * What a top-rows chart leaves out, in words: «de fem gruppene der flest årsverk mangler
 * til heltid, av tolv». Null when nothing is left out.
 */
export function topRowsCaption(shown: number, total: number, what: string): string | null {
  if (shown >= total) return null
  return `de ${countInWords(shown)} ${what}, av ${countInWords(total)}`
}

/**
 * What a both-ends chart leaves out, in words: «de to høyeste og tre laveste av elleve
 * grupper». Null when nothing is left out.
 */
export function rangeEndsCaption(
  shown: number,
  total: number,
  high = HIGH_END_ROWS,
  noun = 'grupper',
): string | null {
  if (shown >= total) return null
  return `de ${countInWords(high)} høyeste og ${countInWords(shown - high)} laveste av ${countInWords(
    total,
  )} ${noun}`
}
