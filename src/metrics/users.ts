/**
 * Metrics on users of the care services per age group, and their frequency in the
 * population. Users are counted on 31 December; the matching population is the one on
 * 1 January of the following year (the same day, one second later).
 */

export interface UserRow {
  ageGroup: string
  year: number
  users: number
}

export interface PopulationRow {
  year: number
  population: Record<string, number>
}

/**
 * Population of an age group on 31 December of `year`, read as 1 January of `year + 1`.
 * Unknown year or age group → null.
 */
export function populationAtYearEnd(
  rows: readonly PopulationRow[],
  ageGroup: string,
  year: number,
): number | null {
  const row = rows.find((r) => r.year === year + 1)
  return row?.population[ageGroup] ?? null
}

/**
 * User frequency (brukerfrekvens) = users / population, as a fraction (0.019 = 1.9 %).
 * A population of zero or none → null.
 */
export function userFrequency(users: number, population: number | null): number | null {
  return population !== null && population > 0 ? users / population : null
}

/**
 * Users there would have been at a base year's frequency:
 * population (target year) × frequency (base year). Unit: persons, not rounded.
 */
export function usersAtFrequency(population: number, baseFrequency: number): number {
  return population * baseFrequency
}

export interface GrowthSplit {
  /** Users in the base year and in the target year. */
  baseUsers: number
  targetUsers: number
  /** targetUsers − baseUsers. */
  total: number
  /** Users in the target year had the base year's frequency held. */
  atBaseFrequency: number
  /** Growth explained by more people in the age group: atBaseFrequency − baseUsers. */
  demographic: number
  /** Growth explained by a larger share receiving services: targetUsers − atBaseFrequency. */
  frequency: number
}

/**
 * Splits the growth in users between two years into a demographic part and a
 * frequency part; the two add up to the total exactly. Null when a population is missing.
 */
export function splitGrowth(
  baseUsers: number,
  basePopulation: number | null,
  targetUsers: number,
  targetPopulation: number | null,
): GrowthSplit | null {
  const baseFrequency = userFrequency(baseUsers, basePopulation)
  if (baseFrequency === null || targetPopulation === null) return null
  const atBaseFrequency = usersAtFrequency(targetPopulation, baseFrequency)
  return {
    baseUsers,
    targetUsers,
    total: targetUsers - baseUsers,
    atBaseFrequency,
    demographic: atBaseFrequency - baseUsers,
    frequency: targetUsers - atBaseFrequency,
  }
}

/**
 * Share of all users in `year` who belong to `ageGroups`, as a fraction.
 * No users that year → null.
 */
export function shareOfUsers(
  rows: readonly UserRow[],
  year: number,
  ageGroups: readonly string[],
): number | null {
  const inYear = rows.filter((r) => r.year === year)
  const all = inYear.reduce((sum, r) => sum + r.users, 0)
  const selected = inYear
    .filter((r) => ageGroups.includes(r.ageGroup))
    .reduce((sum, r) => sum + r.users, 0)
  return all > 0 ? selected / all : null
}
