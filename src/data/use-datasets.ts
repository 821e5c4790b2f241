import { useCallback, useEffect, useRef, useState } from 'react'
import { NAMES } from './files'
import {
  requestDataset,
  SLOW_AFTER_MS,
  type DatasetRequest,
  type DatasetRequests,
  type DatasetState,
  type DatasetStates,
} from './requests'
import type { DatasetName, Datasets } from './schema'

export type { DatasetState, DatasetStates } from './requests'

const allLoading = () =>
  Object.fromEntries(NAMES.map((name) => [name, { status: 'loading' }])) as DatasetStates

/** How the page starts: with every file's state known (to hydrate), or requests under way. */
export type DatasetStart = { states: DatasetStates } | { requests: DatasetRequests } | undefined

/**
 * Loads every dataset in parallel, each on its own: one broken or slow file leaves the
 * others usable. `retry(name)` abandons that file's request and loads it again. `start`
 * hands over what was loaded (or is loading) before React started.
 */
export function useDatasets(start?: DatasetStart): {
  states: DatasetStates
  retry: (name: DatasetName) => void
} {
  const [states, setStates] = useState<DatasetStates>(() =>
    start && 'states' in start ? start.states : allLoading(),
  )
  const requests = useRef(new Map<DatasetName, AbortController>())
  const handedOver = useRef(start && 'requests' in start ? start.requests : null)

  const follow = useCallback((name: DatasetName, request: DatasetRequest) => {
    requests.current.get(name)?.abort()
    requests.current.set(name, request.controller)
    const { signal } = request.controller
    const slow = setTimeout(
      () => {
        setStates((s) =>
          s[name].status === 'loading' ? { ...s, [name]: { status: 'loading', slow: true } } : s,
        )
      },
      Math.max(0, SLOW_AFTER_MS - (Date.now() - request.startedAt)),
    )
    request.result
      .then(
        (data) => {
          if (!signal.aborted) setStates((s) => ({ ...s, [name]: { status: 'ready', data } }))
        },
        (error: unknown) => {
          if (!signal.aborted) setStates((s) => ({ ...s, [name]: { status: 'error', error } }))
        },
      )
      .finally(() => clearTimeout(slow))
  }, [])

  useEffect(() => {
    const current = requests.current
    if (!(start && 'states' in start)) {
      for (const name of NAMES) {
        // A request started before React is followed, unless an earlier mount (StrictMode
        // runs effects twice in development) abandoned it.
        const early = handedOver.current?.get(name)
        follow(name, early && !early.controller.signal.aborted ? early : requestDataset(name))
      }
    }
    return () => {
      for (const controller of current.values()) controller.abort()
      current.clear()
    }
    // `start` is read once, when the page starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [follow])

  const retry = useCallback(
    (name: DatasetName) => {
      setStates((s) => ({ ...s, [name]: { status: 'loading' } }))
      follow(name, requestDataset(name))
    },
    [follow],
  )

  return { states, retry }
}

/**
 * The combined state of the datasets a section needs: loading while any is loading
 * (slow if any of those is slow), an error listing every failed file, or all the data.
 */
export function combine<K extends DatasetName>(
  states: DatasetStates,
  names: readonly K[],
): DatasetState<Pick<Datasets, K>> & { failed?: K[]; slowFiles?: K[] } {
  const failed = names.filter((n) => states[n].status === 'error')
  if (failed.length > 0) {
    const first = states[failed[0]!]
    return { status: 'error', error: first.status === 'error' ? first.error : undefined, failed }
  }
  const loading = names.filter((n) => states[n].status === 'loading')
  if (loading.length > 0) {
    const slowFiles = loading.filter((n) => {
      const s = states[n]
      return s.status === 'loading' && s.slow === true
    })
    return { status: 'loading', slow: slowFiles.length > 0, slowFiles }
  }
  const data = Object.fromEntries(
    names.map((n) => [n, (states[n] as { data: unknown }).data]),
  ) as Pick<Datasets, K>
  return { status: 'ready', data }
}
