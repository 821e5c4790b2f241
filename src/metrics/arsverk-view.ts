import {
  arsverkBars,
  arsverkRows,
  type ArsverkBar,
  type ArsverkMeasure,
  type ArsverkRow,
  type GroupInput,
  type LevelInput,
} from './arsverk-table'
import { resolveSelection } from './selection'
import { topRows, topRowsCaption } from './short-chart'

/**
 * What the page, the argument sheet and the slides show of the årsverk per group, from
 * the reader's choice in the link (`grupper`, `niva`). All three call these functions, so
 * a filtered view shows the same groups, levels and short chart everywhere.
 */

/** The reader's choice of groups (null: all) and whether groups merge per level. */
export interface ArsverkChoice {
  groups: readonly string[] | null
  byLevel: boolean
}

export interface ArsverkSelection {
  /** Every group id the data has, in its order. */
  known: string[]
  /** The chosen group ids, resolved against the data (see `resolveSelection`). */
  selected: string[]
  /** The rows shown: the chosen groups, or their levels with `byLevel`. */
  rows: ArsverkRow[]
  /** True when some groups are left out (not with levels, which always sum what is chosen). */
  filtered: boolean
}

export function arsverkSelection(
  data: { groups: readonly GroupInput[]; levels: readonly LevelInput[] },
  choice: ArsverkChoice,
): ArsverkSelection {
  const known = data.groups.map((g) => g.id)
  const selected = resolveSelection(choice.groups, known)
  const rows = arsverkRows(data.groups, data.levels, selected, choice.byLevel)
  return {
    known,
    selected,
    rows,
    filtered: rows.length > 0 && !choice.byLevel && selected.length < known.length,
  }
}

/**
 * The short chart of a chart embedded alone, the 4:5 image, the argument sheet and the
 * slide: the rows where most årsverk are missing to full-time, largest first (ties by
 * name), and how many of how many that is in words («de fem gruppene der flest årsverk
 * mangler, av tolv»; null when every row is shown).
 */
export function shortArsverkBars(
  rows: readonly ArsverkRow[],
  measure: ArsverkMeasure = 'antall',
): { bars: ArsverkBar[]; left: string | null } {
  const bars = topRows(arsverkBars(rows, measure))
  return {
    bars,
    left: topRowsCaption(bars.length, rows.length, 'gruppene der flest årsverk mangler'),
  }
}
