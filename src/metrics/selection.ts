/**
 * Resolves a selection from the URL against the ids the data actually has.
 * null → every id (the default). An empty list → none (the reader chose none).
 * A list → the known ids in it, in the data's order; if it names no known id at all,
 * it is a malformed or stale link, and the default (every id) applies.
 */
export function resolveSelection(
  selected: readonly string[] | null,
  known: readonly string[],
): string[] {
  if (selected === null) return [...known]
  if (selected.length === 0) return []
  const chosen = known.filter((id) => selected.includes(id))
  return chosen.length > 0 ? chosen : [...known]
}

/** Toggles one id in a resolved selection, keeping the data's order. */
export function toggleId(
  selected: readonly string[],
  id: string,
  known: readonly string[],
): string[] {
  const next = selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]
  return known.filter((k) => next.includes(k))
}

/** The form a selection takes in the store: null when every id is chosen. */
export function storedSelection(
  selected: readonly string[],
  known: readonly string[],
): string[] | null {
  return selected.length === known.length && known.every((id) => selected.includes(id))
    ? null
    : [...selected]
}
