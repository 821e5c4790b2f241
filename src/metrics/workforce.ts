/**
 * Metrics on årsverk (full-time equivalents) and sysselsatte (employed persons) per
 * education group. Plain functions over plain rows: no React, no store.
 */

export interface WorkforceRow {
  arsverk: number
  sysselsatte: number
}

/**
 * Average position size (gjennomsnittlig stillingsstørrelse) = årsverk / sysselsatte,
 * as a fraction (0.792 = 79.2 %). This is the plan's own definition.
 * Edge cases: no employed persons → null (undefined, not 0 %).
 */
export function averagePositionSize(row: WorkforceRow): number | null {
  return row.sysselsatte > 0 ? row.arsverk / row.sysselsatte : null
}

/**
 * Årsverk if everyone worked full time = sysselsatte (each person counts as one årsverk).
 * Unit: årsverk.
 */
export function fullTimeArsverk(row: WorkforceRow): number {
  return row.sysselsatte
}

/**
 * Full-time potential = sysselsatte − årsverk: the årsverk added if every part-time
 * position became full-time. Unit: årsverk. Never negative: a group whose årsverk
 * exceed its headcount (average above 100 %) has no potential, not a negative one.
 */
export function fullTimePotential(row: WorkforceRow): number {
  return Math.max(0, row.sysselsatte - row.arsverk)
}

/** Sums årsverk and sysselsatte over rows. An empty list sums to zero. */
export function sumWorkforce(rows: readonly WorkforceRow[]): WorkforceRow {
  return rows.reduce(
    (sum, row) => ({
      arsverk: sum.arsverk + row.arsverk,
      sysselsatte: sum.sysselsatte + row.sysselsatte,
    }),
    { arsverk: 0, sysselsatte: 0 },
  )
}

/**
 * Share of a need (e.g. SSB's ~55 000 årsverk needed by 2035) that `arsverk` would cover,
 * as a fraction; may exceed 1. A need of zero or less → null.
 */
export function shareOfNeed(arsverk: number, need: number): number | null {
  return need > 0 ? arsverk / need : null
}

/**
 * Årsverk if the group's average position size rose to `target` (a fraction, 0–1):
 * årsverk' = sysselsatte × max(current average, target). A scenario never lowers a
 * group that is already above the target. Unit: årsverk.
 */
export function arsverkAtTarget(row: WorkforceRow, target: number): number {
  const current = averagePositionSize(row)
  // At or above the target, the årsverk stay exactly as they are (no floating-point residue).
  if (current === null || current >= target) return row.arsverk
  return row.sysselsatte * target
}

/** Extra årsverk from raising the average position size to `target`: never negative. */
export function extraArsverkAtTarget(row: WorkforceRow, target: number): number {
  return arsverkAtTarget(row, target) - row.arsverk
}

export interface ScenarioRow<Row extends WorkforceRow> {
  row: Row
  /** The target applied to this row (fraction), or null when the row keeps its current size. */
  target: number | null
  arsverk: number
  extra: number
}

/**
 * Applies a target average position size per row (`targetFor` returns a fraction, or
 * null to leave the row as it is) and returns each row's årsverk and extra årsverk,
 * with the total extra. An empty list gives a total of 0.
 */
export function scenario<Row extends WorkforceRow>(
  rows: readonly Row[],
  targetFor: (row: Row) => number | null,
): { rows: ScenarioRow<Row>[]; totalExtra: number } {
  const result = rows.map((row) => {
    const target = targetFor(row)
    const arsverk = target === null ? row.arsverk : arsverkAtTarget(row, target)
    return { row, target, arsverk, extra: arsverk - row.arsverk }
  })
  return { rows: result, totalExtra: result.reduce((sum, r) => sum + r.extra, 0) }
}
