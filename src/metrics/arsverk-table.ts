import { formatInteger, formatShare } from './format'
import {
  averagePositionSize,
  fullTimeArsverk,
  fullTimePotential,
  sumWorkforce,
  type WorkforceRow,
} from './workforce'

export interface GroupInput extends WorkforceRow {
  id: string
  name: string
  /** A name short enough for a chart's category axis. */
  shortName: string
  /** The name in running text, plural and lower case («sykepleiere»). */
  textName: string
  level: string
}

export interface LevelInput {
  id: string
  label: string
  /** A label short enough for a chart's category axis; the label where none is given. */
  shortLabel?: string | undefined
  /** The level's people in running text («ansatte med fagutdanning fra videregående»). */
  textName: string
}

/** One row of the årsverk table and chart: a group, or a level of education. */
export interface ArsverkRow extends WorkforceRow {
  id: string
  name: string
  /** The name on a chart's category axis (the full name is in the tooltip and table). */
  shortName: string
  /** The row's people in running text: a group's plural, or a level's description. */
  textName: string
  /** Names of the groups merged into this row (one for a group row). */
  members: string[]
  averagePositionSize: number | null
  fullTime: number
  potential: number
}

function toRow(
  id: string,
  [name, shortName]: readonly [string, string],
  textName: string,
  members: string[],
  w: WorkforceRow,
): ArsverkRow {
  return {
    id,
    name,
    shortName,
    textName,
    members,
    arsverk: w.arsverk,
    sysselsatte: w.sysselsatte,
    averagePositionSize: averagePositionSize(w),
    fullTime: fullTimeArsverk(w),
    potential: fullTimePotential(w),
  }
}

/**
 * The rows for the chosen groups, each with its derived columns; with `byLevel`, the
 * chosen groups merged per level of education (levels with no chosen group left out).
 */
export function arsverkRows(
  groups: readonly GroupInput[],
  levels: readonly LevelInput[],
  selected: readonly string[],
  byLevel: boolean,
): ArsverkRow[] {
  const chosen = groups.filter((g) => selected.includes(g.id))
  if (!byLevel)
    return chosen.map((g) => toRow(g.id, [g.name, g.shortName], g.textName, [g.name], g))
  return levels.flatMap((level) => {
    const members = chosen.filter((g) => g.level === level.id)
    if (members.length === 0) return []
    return [
      toRow(
        `niva-${level.id}`,
        [level.label, level.shortLabel ?? level.label],
        level.textName,
        members.map((m) => m.name),
        sumWorkforce(members),
      ),
    ]
  })
}

/**
 * The totals row of the shown rows. Its potential is the sum of the rows' potentials
 * (so it matches the column above it), and its average is årsverk / sysselsatte.
 */
export function totalsRow(rows: readonly ArsverkRow[]): ArsverkRow {
  const sum = sumWorkforce(rows)
  const row = toRow(
    'total',
    ['Sum', 'Sum'],
    'alle som vises',
    rows.flatMap((r) => r.members),
    sum,
  )
  return { ...row, potential: rows.reduce((s, r) => s + r.potential, 0) }
}

/** A row's numbers as shares of the whole care service's totals (fractions). */
export interface ShareRow {
  arsverk: number | null
  sysselsatte: number | null
  fullTime: number | null
  potential: number | null
}

/**
 * årsverk / all årsverk, sysselsatte and årsverk if full-time / all sysselsatte,
 * potential / the whole service's potential. A zero total gives null.
 */
export function asShares(row: ArsverkRow, total: WorkforceRow): ShareRow {
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : null)
  const totalPotential = fullTimePotential(total)
  return {
    arsverk: share(row.arsverk, total.arsverk),
    sysselsatte: share(row.sysselsatte, total.sysselsatte),
    fullTime: share(row.fullTime, total.sysselsatte),
    potential: share(row.potential, totalPotential),
  }
}

export interface ArsverkBar {
  id: string
  /** The name on the category axis (short); the tooltip shows `row.name`. */
  label: string
  /**
   * «antall»: the årsverk. «andel»: not drawn (0), as the chart then shows one thing
   * only, each row's share of the årsverk that are missing to full-time.
   */
  arsverk: number
  /** «antall»: årsverk missing to full-time; «andel»: percent of all those shown. */
  potential: number
  row: ArsverkRow
}

export type ArsverkMeasure = 'antall' | 'andel'

/**
 * The chart's series, the biggest gap first. In numbers: årsverk with the årsverk missing
 * to full-time stacked on top, so a bar reaches sysselsatte. In shares: each row's part
 * of all årsverk missing to full-time in the rows shown, in percent (they add up to 100),
 * the same share the summary and the table's first column give.
 */
export function arsverkBars(rows: readonly ArsverkRow[], measure: ArsverkMeasure): ArsverkBar[] {
  const missing = rows.reduce((s, r) => s + r.potential, 0)
  return [...rows]
    .sort((a, b) => b.potential - a.potential || a.name.localeCompare(b.name, 'nb'))
    .map((row) => ({
      id: row.id,
      label: row.shortName,
      arsverk: measure === 'antall' ? row.arsverk : 0,
      potential:
        measure === 'antall' ? row.potential : missing > 0 ? (row.potential / missing) * 100 : 0,
      row,
    }))
}

/**
 * One sentence on the chart that adds to its title: how much of the whole the first row
 * holds and which rows follow; with one row, how the figure comes about. Null with no rows.
 */
export function arsverkSummary(rows: readonly ArsverkRow[], filtered = false): string | null {
  const [top, second, third] = [...rows].sort((a, b) => b.potential - a.potential)
  if (!top) return null
  if (rows.length === 1) {
    return `${formatInteger(top.sysselsatte)} ${top.textName} hadde til sammen ${formatInteger(
      top.arsverk,
    )} årsverk. Med hel stilling til alle ville det vært ${formatInteger(top.sysselsatte)}.`
  }
  const total = rows.reduce((s, r) => s + r.potential, 0)
  const share = total > 0 ? ` (${formatShare(top.potential / total, 0)})` : ''
  const after = second
    ? ` Deretter kommer ${second.textName} (${formatInteger(second.potential)})${
        third ? ` og ${third.textName} (${formatInteger(third.potential)})` : ''
      }.`
    : ''
  return `${formatInteger(top.potential)} av de ${formatInteger(total)} årsverkene som mangler til heltid${
    filtered ? ' i de valgte gruppene' : ''
  }, er blant ${top.textName}${share}.${after}`
}

/**
 * The chart's finding as a title: where most årsverk are missing to full-time. With one
 * row, how many are missing there. Null with no rows.
 */
export function arsverkTitle(rows: readonly ArsverkRow[]): string | null {
  const [top] = [...rows].sort((a, b) => b.potential - a.potential)
  if (!top) return null
  if (rows.length === 1)
    return `${formatInteger(top.potential)} årsverk mangler til heltid blant ${top.textName}`
  return `Flest årsverk mangler til heltid blant ${top.textName}`
}
