import { formatInteger } from './format'
import { OTHER_GROUP, validateRow, type WorkplaceRow } from './workplace'
import type { GroupRef } from './workplace-csv'

/**
 * The workplace rows in a «Lag lenke» link: in the URL's fragment, which browsers never
 * send to a server, merged where rows repeat, and read back without ever failing.
 */

/**
 * The rows in a URL fragment value: "group~employees~percent" joined by "_", each part
 * URI-encoded. Fragments are not sent to servers.
 */
export function encodeWorkplace(rows: readonly Omit<WorkplaceRow, 'id'>[]): string {
  return rows
    .map((r) =>
      [r.group, r.employees, r.percent].map((p) => encodeURIComponent(p.trim())).join('~'),
    )
    .join('_')
}

/** Reads rows back from a fragment value; anything malformed gives no rows, never an error. */
export function decodeWorkplace(
  value: string,
  groups: readonly GroupRef[],
): Omit<WorkplaceRow, 'id'>[] {
  if (value.length > 20_000) return []
  const rows: Omit<WorkplaceRow, 'id'>[] = []
  for (const part of value.split('_')) {
    const fields = part.split('~')
    if (fields.length !== 3) continue
    try {
      const [group = '', employees = '', percent = ''] = fields.map((f) => decodeURIComponent(f))
      const known = groups.some((g) => g.id === group) || group === OTHER_GROUP
      rows.push({
        group: known ? group : OTHER_GROUP,
        employees: employees.slice(0, 20),
        percent: percent.slice(0, 20),
      })
    } catch {
      // A broken percent-escape: skip that row.
    }
    if (rows.length >= 200) break
  }
  return rows
}

/** How many rows a «Lag lenke» link carries at most (see decodeWorkplace). */
export const LINK_ROW_LIMIT = 200

/**
 * Fewer rows with the same figures, for a link: rows of one group with the same position
 * size become one row with their employees summed, so "12 helsefagarbeidere at 75 %" is
 * one row whether it was typed once or imported as twelve lines. Rows that do not validate
 * are kept as typed. Årsverk, employees and every share stay exactly the same.
 */
export function mergeRows(rows: readonly Omit<WorkplaceRow, 'id'>[]): Omit<WorkplaceRow, 'id'>[] {
  const merged = new Map<string, { group: string; employees: number; percent: number }>()
  const invalid: Omit<WorkplaceRow, 'id'>[] = []
  for (const row of rows) {
    const { value } = validateRow({ id: '', ...row })
    if (!value) {
      invalid.push(row)
      continue
    }
    const key = `${value.group}|${value.percent}`
    const found = merged.get(key)
    if (found) found.employees += value.employees
    else merged.set(key, { ...value })
  }
  const number = (n: number) => String(n).replace('.', ',')
  return [
    ...[...merged.values()].map((r) => ({
      group: r.group,
      employees: String(r.employees),
      percent: number(r.percent),
    })),
    ...invalid,
  ]
}

/**
 * The rows a «Lag lenke» link carries, and what to tell the reader about them: as typed
 * up to LINK_ROW_LIMIT rows; merged (mergeRows) when there are more; no link when even
 * merged there are too many (`rows` null, and the note says to share the CSV instead).
 */
export function linkRows(rows: readonly Omit<WorkplaceRow, 'id'>[]): {
  rows: Omit<WorkplaceRow, 'id'>[] | null
  note: string | null
} {
  const linked = rows.length > LINK_ROW_LIMIT ? mergeRows(rows) : [...rows]
  const count = (n: number) => formatInteger(n)
  if (linked.length > LINK_ROW_LIMIT) {
    return {
      rows: null,
      note: `En lenke kan ta med ${LINK_ROW_LIMIT} ulike rader, og du har ${count(linked.length)}. Last ned CSV-filen og del den i stedet.`,
    }
  }
  return {
    rows: linked,
    note:
      linked.length < rows.length
        ? `Rader med samme gruppe og stillingsprosent er slått sammen i lenken (${count(rows.length)} rader ble ${count(linked.length)}). Tallene er de samme.`
        : null,
  }
}
