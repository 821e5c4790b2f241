import { useCallback, useEffect, useRef, useState } from 'react'
import { loadDataset } from './load'
import { DATASETS, type DatasetName, type Datasets } from './schema'

export type DatasetState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: unknown }

export type DatasetStates = { [K in DatasetName]: DatasetState<Datasets[K]> }

const NAMES = Object.keys(DATASETS) as DatasetName[]

const allLoading = () =>
  Object.fromEntries(NAMES.map((name) => [name, { status: 'loading' }])) as DatasetStates

/**
 * Loads every dataset in parallel, each on its own: one broken file leaves the others
 * usable. `retry(name)` loads one file again.
 */
export function useDatasets(): { states: DatasetStates; retry: (name: DatasetName) => void } {
  const [states, setStates] = useState<DatasetStates>(allLoading)
  const controller = useRef<AbortController | null>(null)

  const fetchInto = useCallback((name: DatasetName) => {
    const signal = controller.current?.signal
    loadDataset(name, signal).then(
      (data) => {
        if (!signal?.aborted) setStates((s) => ({ ...s, [name]: { status: 'ready', data } }))
      },
      (error: unknown) => {
        if (!signal?.aborted) setStates((s) => ({ ...s, [name]: { status: 'error', error } }))
      },
    )
  }, [])

  useEffect(() => {
    controller.current = new AbortController()
    NAMES.forEach(fetchInto)
    return () => controller.current?.abort()
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
 * The combined state of the datasets a section needs: loading while any is loading,
 * an error listing every failed file, or all the data.
 */
export function combine<K extends DatasetName>(
  states: DatasetStates,
  names: readonly K[],
): DatasetState<Pick<Datasets, K>> & { failed?: K[] } {
  const failed = names.filter((n) => states[n].status === 'error')
  if (failed.length > 0) {
    const first = states[failed[0]!]
    return { status: 'error', error: first.status === 'error' ? first.error : undefined, failed }
  }
  if (names.some((n) => states[n].status === 'loading')) return { status: 'loading' }
  const data = Object.fromEntries(
    names.map((n) => [n, (states[n] as { data: unknown }).data]),
  ) as Pick<Datasets, K>
  return { status: 'ready', data }
}
