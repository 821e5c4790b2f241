import { formatDecimal, formatInteger, formatPoints, keepTogether } from './format'

export interface UserRowInput {
  ageGroup: string
  year: number
  users: number
  frequencyPercent: number
}

export interface AgeGroup {
  id: string
  label: string
}

export type UsersMeasure = 'brukere' | 'frekvens'

/**
 * The year range to show, from the URL's values: each end must be a published year, or
 * it falls back to the first or last one; a reversed range falls back to all years.
 */
export function resolveYears(
  from: number | null,
  to: number | null,
  years: readonly number[],
): { from: number; to: number } {
  const sorted = [...years].sort((a, b) => a - b)
  const first = sorted[0] ?? 0
  const last = sorted.at(-1) ?? 0
  const f = from !== null && sorted.includes(from) ? from : first
  const t = to !== null && sorted.includes(to) ? to : last
  return f <= t ? { from: f, to: t } : { from: first, to: last }
}

const valueOf = (row: UserRowInput, measure: UsersMeasure) =>
  measure === 'brukere' ? row.users : row.frequencyPercent

/**
 * The line chart's series: one point per year in range, with a value per chosen age
 * group: users, or the published user frequency in percent.
 */
export function userSeries(
  rows: readonly UserRowInput[],
  ageGroups: readonly string[],
  years: readonly number[],
  measure: UsersMeasure,
): Array<{ year: number } & Record<string, number>> {
  return years.map((year) => {
    const point: { year: number } & Record<string, number> = { year }
    for (const id of ageGroups) {
      const row = rows.find((r) => r.year === year && r.ageGroup === id)
      if (row) point[id] = valueOf(row, measure)
    }
    return point
  })
}

/**
 * A table cell: an age group's users in a year (whole) or its user frequency (one
 * decimal, with %). Null when the source has no figure for that year.
 */
export function usersCellText(
  rows: readonly UserRowInput[],
  ageGroup: string,
  year: number,
  measure: UsersMeasure,
): string | null {
  const row = rows.find((r) => r.ageGroup === ageGroup && r.year === year)
  if (!row) return null
  return measure === 'brukere'
    ? formatInteger(row.users)
    : `${formatDecimal(row.frequencyPercent, 1)}\u00a0%`
}

/** Years of the table within the range, in order. */
export function yearsInRange(years: readonly number[], from: number, to: number): number[] {
  return [...years].filter((y) => y >= from && y <= to).sort((a, b) => a - b)
}

/** Each age group's rows in the first and last year, and the change between them. */
function changesBetween(
  rows: readonly UserRowInput[],
  ageGroups: readonly AgeGroup[],
  from: number,
  to: number,
  measure: UsersMeasure,
) {
  return ageGroups.flatMap((group) => {
    const a = rows.find((r) => r.ageGroup === group.id && r.year === from)
    const b = rows.find((r) => r.ageGroup === group.id && r.year === to)
    return a && b ? [{ group, a, b, change: valueOf(b, measure) - valueOf(a, measure) }] : []
  })
}

/** Each group's change between the years, in percent of the first year's value. */
function relativeChanges(
  rows: readonly UserRowInput[],
  ageGroups: readonly AgeGroup[],
  from: number,
  to: number,
  measure: UsersMeasure,
) {
  return changesBetween(rows, ageGroups, from, to, measure).flatMap((c) => {
    const before = valueOf(c.a, measure)
    return before > 0 ? [{ ...c, pct: (c.change / before) * 100 }] : []
  })
}

/**
 * The summary under the line chart: the figures behind the title, for the same age group
 * (the one that grew most in relative terms), and the group that fell most, if one did.
 * Null with no groups or a single year.
 */
export function usersSummary(
  rows: readonly UserRowInput[],
  ageGroups: readonly AgeGroup[],
  from: number,
  to: number,
  measure: UsersMeasure,
): string | null {
  if (from === to) return null
  if (measure === 'frekvens') {
    const changes = changesBetween(rows, ageGroups, from, to, measure)
    const [top] = [...changes].sort((x, y) => Math.abs(y.change) - Math.abs(x.change))
    if (!top) return null
    const [rise] = changes.filter((c) => c.change > 0).sort((x, y) => y.change - x.change)
    const points = (c: typeof top) => formatPoints(c.change)
    const first = `Blant ${top.group.label} ${top.change >= 0 ? 'økte' : 'falt'} brukerfrekvensen med ${points(top).replace(/^[+−]/, '')}.`
    const second =
      rise && rise !== top
        ? ` Mest opp gikk den blant ${rise.group.label}: fra ${formatDecimal(rise.a.frequencyPercent, 1)}\u00a0% til ${formatDecimal(
            rise.b.frequencyPercent,
            1,
          )}\u00a0% (${points(rise)}).`
        : ''
    return `${first}${second}`
  }
  const changes = relativeChanges(rows, ageGroups, from, to, measure)
  const [top] = [...changes].sort((x, y) => y.pct - x.pct)
  if (!top) return null
  const [fall] = changes.filter((c) => c.change < 0).sort((x, y) => x.pct - y.pct)
  const value = (row: UserRowInput) => formatInteger(row.users)
  const first =
    top.change > 0
      ? `Blant ${top.group.label} økte antall brukere fra ${value(top.a)} i ${from} til ${value(top.b)} i ${to}.`
      : 'Antall brukere gikk ned i alle valgte aldersgrupper.'
  const second =
    fall && fall !== top
      ? ` Mest ned gikk det blant ${fall.group.label}: fra ${value(fall.a)} til ${value(fall.b)}.`
      : ''
  return `${first}${second}`
}

/**
 * The chart's finding as a title: the age group whose users (or user frequency) grew most
 * in relative terms over the chosen years. Null for a single year or no groups.
 */
export function usersTitle(
  rows: readonly UserRowInput[],
  ageGroups: readonly AgeGroup[],
  from: number,
  to: number,
  measure: UsersMeasure,
): string | null {
  if (from === to) return null
  if (measure === 'frekvens') {
    // A share's change is in percentage points, and the title names the largest one,
    // which the chart (one axis, 0 to about 90 %) draws where the reader can see it.
    const [top] = changesBetween(rows, ageGroups, from, to, measure).sort(
      (x, y) => Math.abs(y.change) - Math.abs(x.change),
    )
    if (!top) return null
    const verb = top.change > 0 ? 'økte' : top.change < 0 ? 'falt' : 'endret seg'
    return `Brukerfrekvensen ${verb} mest blant ${keepTogether(top.group.label)}: fra ${formatDecimal(
      top.a.frequencyPercent,
      1,
    )}\u00a0% til ${formatDecimal(top.b.frequencyPercent, 1)}\u00a0% fra ${from} til ${to}`
  }
  const [top] = relativeChanges(rows, ageGroups, from, to, measure).sort((x, y) => y.pct - x.pct)
  if (!top) return null
  if (top.pct <= 0)
    return `Antall brukere gikk ned i alle valgte aldersgrupper fra ${from} til ${to}`
  return `Antall brukere økte mest blant ${keepTogether(top.group.label)}: +${formatDecimal(top.pct, 0)}\u00a0% fra ${from} til ${to}`
}
