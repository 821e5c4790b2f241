import { formatInteger, formatSignedInteger, keepTogether } from './format'
import { populationAtYearEnd, splitGrowth, type GrowthSplit, type PopulationRow } from './users'
import type { AgeGroup, UserRowInput } from './users-series'

/**
 * The change in users between two years per age group, split in two: what more (or fewer)
 * people in the age group explain, and what a larger (or smaller) share receiving
 * services explains (`splitGrowth`). Here: the rows, their sum, and the finding in words.
 */

export interface GrowthRow extends GrowthSplit {
  id: string
  label: string
}

/**
 * Growth from `from` to `to` per chosen age group, split into «more people in the age
 * group» and «a larger share receives services». Groups without population are left out.
 */
export function growthRows(
  rows: readonly Pick<UserRowInput, 'ageGroup' | 'year' | 'users'>[],
  population: readonly PopulationRow[],
  ageGroups: readonly AgeGroup[],
  from: number,
  to: number,
): GrowthRow[] {
  return ageGroups.flatMap((group) => {
    const a = rows.find((r) => r.ageGroup === group.id && r.year === from)
    const b = rows.find((r) => r.ageGroup === group.id && r.year === to)
    if (!a || !b) return []
    const split = splitGrowth(
      a.users,
      populationAtYearEnd(population, group.id, from),
      b.users,
      populationAtYearEnd(population, group.id, to),
    )
    return split ? [{ id: group.id, label: group.label, ...split }] : []
  })
}

/** The sum of the rows: the parts of a growth split add up across age groups. */
export function growthTotal(rows: readonly GrowthRow[]): GrowthSplit {
  const sum = (key: keyof GrowthSplit) => rows.reduce((s, r) => s + r[key], 0)
  return {
    baseUsers: sum('baseUsers'),
    targetUsers: sum('targetUsers'),
    total: sum('total'),
    atBaseFrequency: sum('atBaseFrequency'),
    demographic: sum('demographic'),
    frequency: sum('frequency'),
  }
}

/**
 * The age group the growth chart is about: of the groups whose users grew, the one where
 * a larger share receiving services explains the most, provided it explains at least half
 * of that group's growth. Undefined when no group fits.
 */
function growthFocus(rows: readonly GrowthRow[]): GrowthRow | undefined {
  return [...rows]
    .filter((r) => r.total > 0 && r.frequency > 0 && r.frequency >= r.total / 2)
    .sort((a, b) => b.frequency - a.frequency)[0]
}

/**
 * The growth chart's finding as a title: for the focus group (see `growthFocus`), that a
 * larger share receiving services explains most of its growth; otherwise which of the two
 * parts explains most of the change in all groups together. Null for a single year or no rows.
 */
export function growthTitle(rows: readonly GrowthRow[], from: number, to: number): string | null {
  if (from === to || rows.length === 0) return null
  const focus = growthFocus(rows)
  if (focus)
    return `For ${keepTogether(focus.label)} skyldes det meste av veksten at en større andel får tjenester`
  const total = growthTotal(rows)
  return Math.abs(total.demographic) >= Math.abs(total.frequency)
    ? 'Endringen skyldes mest at aldersgruppene er blitt større eller mindre'
    : 'Endringen skyldes mest at en annen andel av aldersgruppene får tjenester'
}

/**
 * One sentence with the figures behind the title, about the same group as the title (or
 * all groups together when the title is about them). Null for a single year or no rows.
 */
export function growthSummary(rows: readonly GrowthRow[], from: number, to: number): string | null {
  if (from === to || rows.length === 0) return null
  const focus = growthFocus(rows)
  const row = focus ?? { label: 'alle valgte aldersgrupper', ...growthTotal(rows) }
  const change = row.total >= 0 ? 'økningen' : 'nedgangen'
  const share = row.frequency >= 0 ? 'større' : 'mindre'
  const people = row.demographic >= 0 ? 'ble større' : 'ble mindre'
  const group = focus ? 'aldersgruppen' : 'aldersgruppene'
  return `For ${row.label} skyldes ${formatInteger(Math.abs(row.frequency))} av ${change} på ${formatInteger(
    Math.abs(row.total),
  )} brukere fra ${from} til ${to} at en ${share} andel av ${group} får tjenester; ${formatInteger(
    Math.abs(row.demographic),
  )} skyldes at ${group} ${people}.`
}

/** The name above a growth bar: the age group and its change in all, either way. */
export const growthCaption = (row: GrowthRow) =>
  `${row.label}: i alt ${formatSignedInteger(row.total)}`
