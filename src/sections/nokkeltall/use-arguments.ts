import { useDeferredValue, useMemo } from 'react'
import { NAMES } from '@/data/files'
import type { Datasets } from '@/data/schema'
import type { DatasetStates } from '@/data/use-datasets'
import { buildArguments, withPublished, type Argument } from '@/metrics/arguments'
import { resolveSelection } from '@/metrics/selection'
import { resolveYears } from '@/metrics/users-series'
import { useViewStore } from '@/state/view-store'

/**
 * The argument cards that the loaded datasets and the active filters give. The filters are
 * read deferred: a filter change answers first where the reader is (the control, its
 * table), and the cards follow in a background render; until then they keep their value.
 */
export function useArguments(states: DatasetStates): { cards: Argument[]; loading: boolean } {
  const groups = useDeferredValue(useViewStore((s) => s.groups))
  const fromYear = useDeferredValue(useViewStore((s) => s.fromYear))
  const toYear = useDeferredValue(useViewStore((s) => s.toYear))
  return useMemo(() => {
    const ready: Partial<Datasets> = {}
    const urls: Record<string, string> = {}
    let loading = false
    for (const name of NAMES) {
      const state = states[name]
      if (state.status === 'ready') Object.assign(ready, { [name]: state.data })
      if (state.status === 'ready' && state.data.provenance.url)
        urls[name] = state.data.provenance.url
      if (state.status === 'loading') loading = true
    }
    const known = ready.arsverk?.groups.map((g) => g.id) ?? []
    const years = resolveYears(fromYear, toYear, ready.users?.years ?? [])
    const cards = withPublished(
      buildArguments(ready, {
        groups: resolveSelection(groups, known),
        from: years.from,
        to: years.to,
      }),
      urls,
    )
    return { cards, loading }
  }, [states, groups, fromYear, toYear])
}

/** The cards on the handout when the reader has not chosen: the first six. */
export const DEFAULT_HANDOUT_COUNT = 6
/** More than this many cards does not fit one A4 page. */
export const MAX_HANDOUT_CARDS = 7

export function handoutIds(cards: readonly Argument[], chosen: readonly string[] | null): string[] {
  const ids = cards.map((c) => c.id)
  if (chosen === null) return ids.slice(0, DEFAULT_HANDOUT_COUNT)
  return ids.filter((id) => chosen.includes(id)).slice(0, MAX_HANDOUT_CARDS)
}
