import { useCallback, useEffect, useRef, useState } from 'react'
import { loadDataset } from './load'
import { DATASETS, type DatasetName, type Datasets } from './schema'

export type DatasetState<T> =
  | { status: 'loading'; slow?: boolean }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown }

export type DatasetStates = { [K in DatasetName]: DatasetState<Datasets[K]> }

const NAMES = Object.keys(DATASETS) as DatasetName[]

/** After this long, a file still loading is reported as slow (it may still arrive). */
export const SLOW_AFTER_MS = 5000

const allLoading = () =>
  Object.fromEntries(NAMES.map((name) => [name, { status: 'loading' }])) as DatasetStates

/**
 * Loads every dataset in parallel, each on its own: one broken or slow file leaves the
 * others usable. `retry(name)` abandons that file's request and loads it again.
 */
export function useDatasets(): { states: DatasetStates; retry: (name: DatasetName) => void } {
  const [states, setStates] = useState<DatasetStates>(allLoading)
  const requests = useRef(new Map<DatasetName, AbortController>())

  const fetchInto = useCallback((name: DatasetName) => {
    requests.current.get(name)?.abort()
    const controller = new AbortController()
    requests.current.set(name, controller)
    const { signal } = controller
    const slow = setTimeout(() => {
      setStates((s) =>
        s[name].status === 'loading' ? { ...s, [name]: { status: 'loading', slow: true } } : s,
      )
    }, SLOW_AFTER_MS)
    loadDataset(name, signal)
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
    NAMES.forEach(fetchInto)
    return () => {
      for (const controller of current.values()) controller.abort()
      current.clear()
    }
  }, [fetchInto])

  const retry = useCallback(
    (name: DatasetName) => {
      setStates((s) => ({ ...s, [name]: { status: 'loading' } }))
      fetchInto(name)
    },
    [fetchInto],
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
