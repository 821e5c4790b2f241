import { formatDecimal, formatPercent } from './format'
import { averagePositionSize } from './workforce'
import {
  figuresByGroup,
  OTHER_GROUP,
  type ValidRow,
  type Voice,
  type WorkplaceFigures,
} from './workplace'

/**
 * A unit against the nation: the same groups compared like with like, and the finding in
 * words. The national figures are the plan's (2021).
 */

/** A unit's average position size against the nation's for the same groups. */
export interface SameGroups {
  /** The unit's average position size over the rows whose group the nation has (0–1). */
  here: number | null
  /**
   * The nation's average position size for the same mix: each group's national average
   * weighted by the unit's employees in that group. Null without a matching group.
   */
  nation: number | null
  /** Employees in groups without a national figure («Annen gruppe»), left out of both. */
  leftOut: number
}

/**
 * Compares like with like: a unit of helsefagarbeidere and sykepleiere against those two
 * groups in the nation, not against the whole service (whose average the
 * pleieassistenter pull down). Rows in a group with no national figure are left out of
 * both sides and counted.
 */
export function sameGroups(
  rows: readonly ValidRow[],
  national: readonly { id: string; arsverk: number; sysselsatte: number }[],
): SameGroups {
  let employees = 0
  let arsverk = 0
  let weighted = 0
  let leftOut = 0
  for (const row of rows) {
    const group = national.find((g) => g.id === row.group)
    const size = group ? averagePositionSize(group) : null
    if (size === null) {
      leftOut += row.employees
      continue
    }
    employees += row.employees
    arsverk += (row.employees * row.percent) / 100
    weighted += row.employees * size
  }
  return {
    here: employees > 0 ? arsverk / employees : null,
    nation: employees > 0 ? weighted / employees : null,
    leftOut,
  }
}

/**
 * The finding of «din enhet mot landet», in words: smaller, about the same or larger
 * average positions than the same groups in the whole country in `year` (the national
 * figures are the plan's, 2021), in whole percentage points. Shares are 0–1.
 */
export function compareTitle(
  here: number | null,
  nation: number | null,
  year: string,
  voice: Voice = 'dere',
): string {
  const unit = voice === 'dere' ? 'Din enhet' : 'Vår enhet'
  if (here === null || nation === null) return `${unit} mot landet`
  const points = Math.round((here - nation) * 100)
  const where = `de samme gruppene i landet i ${year}`
  if (points <= -1)
    return `Stillingene hos ${voice} er ${-points} prosentpoeng mindre enn i ${where}`
  if (points >= 1) return `Stillingene hos ${voice} er ${points} prosentpoeng større enn i ${where}`
  return `Stillingene hos ${voice} er like store som i ${where}`
}

/**
 * The plan's 2021 full-time shares (heltidsandel-2021.json row ids) that match a national
 * group (arsverk-2021.json group id). The plan splits nurses in two; other groups have none.
 */
const PLAN_FULL_TIME: Readonly<Record<string, readonly string[]>> = {
  helsefagarbeider: ['helsefagarbeider'],
  'pleieassistent-uten-fagutdanning': ['uten-fagutdanning'],
  sykepleier: ['sykepleier-uten-videreutdanning', 'sykepleier-med-videreutdanning'],
}

/** One group of the unit beside the same group in the nation. */
export interface ComparisonRow {
  group: string
  /** The group's name as the page writes it; «Annen gruppe» for one the nation lacks. */
  name: string
  figures: WorkplaceFigures
  /** The nation's average position size for the group (0–1), null when it has none. */
  nationSize: number | null
  /** The plan's full-time shares for the group (percent): none, one, or two for nurses. */
  planFullTime: number[]
}

/** The unit's groups, in the order first entered, each with the nation's figures beside. */
export function comparisonRows(
  rows: readonly ValidRow[],
  national: readonly { id: string; name: string; arsverk: number; sysselsatte: number }[],
  planRows: readonly { id: string; percent: number }[],
): ComparisonRow[] {
  return figuresByGroup(rows).map(({ group, figures }) => {
    const n = national.find((g) => g.id === group)
    return {
      group,
      name: n?.name ?? 'Annen gruppe',
      figures,
      nationSize: n ? averagePositionSize(n) : null,
      planFullTime: (PLAN_FULL_TIME[group] ?? []).flatMap((id) =>
        planRows.filter((r) => r.id === id).map((r) => r.percent),
      ),
    }
  })
}

/** The plan's full-time share for a group as a cell: «–», «46 %» or a range «36–50 %». */
export function planFullTimeText(shares: readonly number[]): string {
  if (shares.length === 0) return '–'
  const low = Math.min(...shares)
  const high = Math.max(...shares)
  return low === high ? formatPercent(low, 0) : `${formatDecimal(low, 0)}–${formatPercent(high, 0)}`
}

/**
 * The groups a row can be, in the order a reader looks them up (alphabetical in
 * Norwegian; «Annen gruppe» is added after them by the form), and the group a new row
 * starts as: the largest in the care services, which the reader can change.
 */
export function workplaceGroups(
  national: readonly { id: string; name: string; sysselsatte: number }[],
): { groups: { id: string; name: string }[]; defaultGroup: string } {
  return {
    groups: national
      .map((g) => ({ id: g.id, name: g.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    defaultGroup: [...national].sort((a, b) => b.sysselsatte - a.sysselsatte)[0]?.id ?? OTHER_GROUP,
  }
}
