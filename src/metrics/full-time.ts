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
