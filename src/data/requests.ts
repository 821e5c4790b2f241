import { fetchFile, NAMES, type Fetching } from './files'
import { loadDataset } from './load'
import type { DatasetName, Datasets } from './schema'

// No React here: start.tsx uses these before React renders.

export type DatasetState<T> =
  | { status: 'loading'; slow?: boolean }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown }

export type DatasetStates = { [K in DatasetName]: DatasetState<Datasets[K]> }

/** After this long, a file still loading is reported as slow (it may still arrive). */
export const SLOW_AFTER_MS = 5000

/** One file's request under way: what it will give, how to abandon it, when it began. */
export interface DatasetRequest<K extends DatasetName = DatasetName> {
  result: Promise<Datasets[K]>
  controller: AbortController
  startedAt: number
}

export type DatasetRequests = Map<DatasetName, DatasetRequest>

/** Starts loading one file, or goes on with a fetch already under way. */
export function requestDataset<K extends DatasetName>(
  name: K,
  fetching: Fetching = fetchFile(name),
): DatasetRequest<K> {
  const result = loadDataset(name, fetching)
  // Settled here too, so a failure nobody has waited for yet is not reported as unhandled.
  result.catch(() => undefined)
  return { result, controller: fetching.controller, startedAt: fetching.startedAt }
}

/** Starts loading every file at once, going on with the fetches main.tsx began. */
export function requestAll(early?: Map<DatasetName, Fetching>): DatasetRequests {
  return new Map(NAMES.map((name) => [name, requestDataset(name, early?.get(name))]))
}

/**
 * Every file's state if all arrive within `ms`, else null. A file that fails counts as
 * arrived (in an error state).
 */
export async function settleWithin(
  requests: DatasetRequests,
  ms: number,
): Promise<DatasetStates | null> {
  const settled = Promise.all(
    NAMES.map(async (name): Promise<[DatasetName, DatasetState<unknown>]> => {
      const request = requests.get(name)
      if (!request) return [name, { status: 'loading' }]
      try {
        return [name, { status: 'ready', data: await request.result }]
      } catch (error) {
        return [name, { status: 'error', error }]
      }
    }),
  )
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<null>((done) => {
    timer = setTimeout(() => done(null), ms)
  })
  const entries = await Promise.race([settled, late])
  clearTimeout(timer)
  return entries ? (Object.fromEntries(entries) as DatasetStates) : null
}
