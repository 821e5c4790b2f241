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
  /** The name in running text, plural and lower case («sykepleiere»). */
  textName: string
  level: string
}

export interface LevelInput {
  id: string
  label: string
  /** The level's people in running text («ansatte med fagutdanning fra videregående»). */
  textName: string
}

/** One row of the årsverk table and chart: a group, or a level of education. */
export interface ArsverkRow extends WorkforceRow {
  id: string
  name: string
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
  name: string,
  textName: string,
  members: string[],
  w: WorkforceRow,
): ArsverkRow {
  return {
    id,
    name,
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
  if (!byLevel) return chosen.map((g) => toRow(g.id, g.name, g.textName, [g.name], g))
  return levels.flatMap((level) => {
    const members = chosen.filter((g) => g.level === level.id)
    if (members.length === 0) return []
    return [
      toRow(
        `niva-${level.id}`,
        level.label,
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
    'Sum',
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
  name: string
  /** In the chosen measure: årsverk or share of all årsverk (percent). */
  arsverk: number
  /** In the chosen measure: potential årsverk or share of all sysselsatte (percent). */
  potential: number
  row: ArsverkRow
}

/**
 * The chart's series: årsverk today with the full-time potential stacked on top, so a bar
 * reaches sysselsatte; the biggest potential first. In shares, both parts are percent of
 * all sysselsatte, so a bar reaches the group's share of everyone employed.
 */
export function arsverkBars(
  rows: readonly ArsverkRow[],
  measure: 'antall' | 'andel',
  total: WorkforceRow,
): ArsverkBar[] {
  const scale = (value: number) =>
    measure === 'antall' ? value : total.sysselsatte > 0 ? (value / total.sysselsatte) * 100 : 0
  return [...rows]
    .sort((a, b) => b.potential - a.potential || a.name.localeCompare(b.name, 'nb'))
    .map((row) => ({
      id: row.id,
      name: row.name,
      arsverk: scale(row.arsverk),
      potential: scale(row.potential),
      row,
    }))
}

/** One sentence on the chart: which row holds most of the potential. Null with no rows. */
export function arsverkSummary(rows: readonly ArsverkRow[]): string | null {
  const [top] = [...rows].sort((a, b) => b.potential - a.potential)
  if (!top) return null
  const total = rows.reduce((s, r) => s + r.potential, 0)
  const share = total > 0 ? top.potential / total : null
  const count = formatInteger(top.potential)
  if (rows.length === 1) return `Blant ${top.textName} mangler ${count} årsverk til heltid.`
  return `Flest årsverk mangler til heltid blant ${top.textName}: ${count} av ${formatInteger(
    total,
  )} i de valgte gruppene${share !== null ? ` (${formatShare(share, 0)})` : ''}.`
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
