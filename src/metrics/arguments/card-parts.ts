import type { DatasetName } from '@/data/files'
import { countInWords } from '../format'
import {
  planSectionLabel,
  type ProvenanceLike,
  shortSourceLabel,
  sourceHref,
  sourceLabel,
} from '../sources'
import type { ArgumentSource } from './types'

/** Small helpers every kind of card uses: optional fields, names in a list, sources. */

/** `{ [key]: value }` when there is a value, else nothing (for optional fields). */
export const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>

export const planSource = (heading: string): ArgumentSource => ({
  label: planSectionLabel(heading),
  short: 'Opptrappingsplanen',
  href: sourceHref('keyFigures'),
})
/** A dataset's source: full and short label, and its entry under «Kilder og definisjoner». */
export const dataSource = (provenance: ProvenanceLike, name: DatasetName): ArgumentSource => ({
  label: sourceLabel(provenance),
  short: shortSourceLabel(provenance),
  href: sourceHref(name),
})
export const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} og ${list.at(-1)}`

/**
 * «Utvalg: sykepleiere og helsefagarbeidere» for a card about some of the groups; none
 * when every group is chosen.
 */
export function selectionNote(
  all: readonly { id: string; textName: string }[],
  chosen: readonly string[],
): string | undefined {
  const picked = all.filter((g) => chosen.includes(g.id))
  if (picked.length === all.length) return undefined
  return picked.length <= 3
    ? `Utvalg: ${names(picked.map((g) => g.textName))}`
    : `Utvalg: ${countInWords(picked.length)} av ${countInWords(all.length)} utdanningsgrupper`
}
