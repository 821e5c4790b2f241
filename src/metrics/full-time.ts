import { formatDecimal, formatPoints } from './format'
import { rangeEnds } from './short-chart'

/**
 * SSB publishes the 2023 full-time share with the change in percentage points since
 * 2022 and since 2016. The earlier levels are derived by subtraction and must be shown
 * as derived, never as published figures.
 */

export interface FullTimeChangeRow {
  percent2023: number
  changeSince2022: number
  changeSince2016: number
}

export interface DerivedLevels {
  /** Full-time share in percent, 4th quarter 2022, derived: 2023 − change since 2022. */
  percent2022: number
  /** Full-time share in percent, 4th quarter 2016, derived: 2023 − change since 2016. */
  percent2016: number
}

/** Rounds to one decimal, as SSB publishes, removing floating-point noise (62.900000000000006). */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10
}

export function derivedLevels(row: FullTimeChangeRow): DerivedLevels {
  return {
    percent2022: oneDecimal(row.percent2023 - row.changeSince2022),
    percent2016: oneDecimal(row.percent2023 - row.changeSince2016),
  }
}

export interface FullTimeRow extends FullTimeChangeRow, DerivedLevels {
  id: string
  /** The group's label («Helsefagarbeidere»); the sort column keeps its old id, `group`. */
  group: string
  /** The name on a chart's category axis: the short name where the label is long. */
  label: string
  /** The group in running text («helsefagarbeidere»). */
  textName: string
}

/** Each published row with its derived 2022 and 2016 levels. */
export function fullTimeRows<
  R extends FullTimeChangeRow & {
    id: string
    name: string
    shortName?: string | undefined
    textName: string
  },
>(rows: readonly R[]): FullTimeRow[] {
  return rows.map((r) => ({
    id: r.id,
    group: r.name,
    label: r.shortName ?? r.name,
    textName: r.textName,
    percent2023: r.percent2023,
    changeSince2022: r.changeSince2022,
    changeSince2016: r.changeSince2016,
    ...derivedLevels(r),
  }))
}

/** The chart's order: highest 2023 share first. */
export function fullTimeBars(rows: readonly FullTimeRow[]): FullTimeRow[] {
  return [...rows].sort((a, b) => b.percent2023 - a.percent2023)
}

/**
 * The short chart of SSB's shares, as a chart embedded alone, the 4:5 image and the
 * slide draw it: the education groups highest first (`bars`) and both ends of their
 * range (`ends`). `groupRows` are the groups only: SSB's row for all groups belongs in the
 * table, not among the bars.
 */
export function fullTimeEnds(groupRows: readonly FullTimeRow[]): {
  bars: FullTimeRow[]
  ends: FullTimeRow[]
} {
  const bars = fullTimeBars(groupRows)
  return { bars, ends: rangeEnds(bars) }
}

/**
 * One sentence: where the share grew most since 2016, and where it is lowest in 2023.
 * Null with no rows.
 */
export function fullTimeSummary(rows: readonly FullTimeRow[]): string | null {
  const [most] = [...rows].sort((a, b) => b.changeSince2016 - a.changeSince2016)
  const [lowest] = [...rows].sort((a, b) => a.percent2023 - b.percent2023)
  if (!most || !lowest) return null
  const pct = (v: number) => `${formatDecimal(v, 1)}\u00a0%`
  return `Fra 2016 til 2023 økte heltidsandelen mest for ${most.textName} (${formatPoints(
    most.changeSince2016,
  )}, til ${pct(most.percent2023)}), og i 2023 er den lavest for ${lowest.textName} (${pct(
    lowest.percent2023,
  )}).`
}

/**
 * The chart's finding as a title: whether the share rose in every group since 2016, and
 * where it is lowest in 2023. Null with no rows.
 */
export function fullTimeTitle(rows: readonly FullTimeRow[]): string | null {
  const [lowest] = [...rows].sort((a, b) => a.percent2023 - b.percent2023)
  if (!lowest) return null
  const lowestText = `${formatDecimal(lowest.percent2023, 0)}\u00a0% blant ${lowest.textName}`
  if (rows.length > 1 && rows.every((r) => r.changeSince2016 > 0))
    return `Heltidsandelen har økt, men er bare ${lowestText}`
  return `Heltid i 2023: lavest med ${lowestText}`
}
