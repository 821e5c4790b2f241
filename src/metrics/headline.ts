import { findFigure } from './key-figures'
import { shareOfUsers } from './users'
import { averagePositionSize, fullTimePotential, shareOfNeed, sumWorkforce } from './workforce'

/* The inputs are structurally typed so tests can pass tiny tables. */
export interface WorkforceInput {
  arsverk: {
    groups: readonly { id: string; name: string; arsverk: number; sysselsatte: number }[]
    total: { arsverk: number; sysselsatte: number }
  }
  keyFigures: {
    figures: readonly { id: string; value: number; groups?: readonly string[] | undefined }[]
  }
}

export interface GroupPositionSize {
  id: string
  name: string
  averagePositionSize: number | null
}

export interface WorkforceHeadline {
  /** How many groups the figures cover, of how many. */
  selectedCount: number
  groupCount: number
  /** Sums over the chosen groups. */
  arsverk: number
  sysselsatte: number
  /**
   * The id of the plan's own (rounded) statement of this potential: the total one when
   * every group is chosen, a group's own when just that group is; otherwise undefined.
   */
  planStatementId: string | undefined
  /** sysselsatte − årsverk for the whole care service. */
  potential: number
  /** SSB's projected need for more årsverk by 2035, as the plan states it (undefined if absent). */
  need2035: number | undefined
  /** potential / need2035. */
  potentialShareOfNeed: number | null
  averagePositionSize: number | null
  /** Groups from the lowest average position size to the highest. */
  positionSizes: GroupPositionSize[]
}

export const UNDER_67 = ['0-49', '50-66'] as const

/**
 * Users under 67 in `year` against all users that year: the counts, and the share as a
 * fraction (null with no users that year).
 */
export function usersUnder67InYear(
  rows: readonly { ageGroup: string; year: number; users: number }[],
  year: number,
): { shareUnder67: number | null; usersUnder67: number; usersAll: number } {
  const inYear = rows.filter((r) => r.year === year)
  return {
    shareUnder67: shareOfUsers(rows, year, UNDER_67),
    usersUnder67: inYear
      .filter((r) => (UNDER_67 as readonly string[]).includes(r.ageGroup))
      .reduce((sum, r) => sum + r.users, 0),
    usersAll: inYear.reduce((sum, r) => sum + r.users, 0),
  }
}

/**
 * The workforce headline for the chosen groups (all by default). The potential is the sum
 * of each group's potential, so it matches the table's totals row.
 */
export function workforceHeadline(
  { arsverk, keyFigures }: WorkforceInput,
  selected: readonly string[] = arsverk.groups.map((g) => g.id),
): WorkforceHeadline {
  const groups = arsverk.groups.filter((g) => selected.includes(g.id))
  const sum = sumWorkforce(groups)
  const potential = groups.reduce((s, g) => s + fullTimePotential(g), 0)
  const need2035 = findFigure(keyFigures.figures, 'behov-2035')?.value
  const all = groups.length === arsverk.groups.length
  const planStatementId = all
    ? 'heltidspotensial-plan'
    : keyFigures.figures.find(
        (f) =>
          f.id.startsWith('heltidspotensial-plan-') &&
          f.groups?.length === groups.length &&
          groups.every((g) => f.groups?.includes(g.id)),
      )?.id
  return {
    selectedCount: groups.length,
    groupCount: arsverk.groups.length,
    arsverk: sum.arsverk,
    sysselsatte: sum.sysselsatte,
    planStatementId: findFigure(keyFigures.figures, planStatementId ?? '')
      ? planStatementId
      : undefined,
    potential,
    need2035,
    potentialShareOfNeed: need2035 === undefined ? null : shareOfNeed(potential, need2035),
    averagePositionSize: averagePositionSize(sum),
    positionSizes: groups
      .map((g) => ({ id: g.id, name: g.name, averagePositionSize: averagePositionSize(g) }))
      .sort((a, b) => (a.averagePositionSize ?? Infinity) - (b.averagePositionSize ?? Infinity)),
  }
}
