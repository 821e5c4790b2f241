import { fetchFile, type Fetching } from './files'
import { DATASETS, DatasetError, parseDataset, type DatasetName, type Datasets } from './schema'

/**
 * Reads and validates one data file: from a fetch already under way (`fetching`, see
 * files.ts), or a new one.
 */
export async function loadDataset<K extends DatasetName>(
  name: K,
  fetching: Fetching = fetchFile(name),
): Promise<Datasets[K]> {
  const { file } = DATASETS[name]
  const { signal } = fetching.controller
  let response: Response
  try {
    response = await fetching.response
  } catch (cause) {
    if (signal.aborted) throw cause
    throw new DatasetError(file, 'network error', 'network')
  }
  if (!response.ok) throw new DatasetError(file, `HTTP ${response.status}`, 'http')
  let json: unknown
  try {
    json = await response.json()
  } catch (cause) {
    if (signal.aborted) throw cause
    throw new DatasetError(file, 'not valid JSON', 'json')
  }
  return parseDataset(name, json)
}

/** A Norwegian sentence for the reader: what went wrong with which file. */
export function describeError(error: unknown): string {
  if (error instanceof DatasetError) {
    switch (error.kind) {
      case 'network':
        return `Datafilen «${error.file}» kunne ikke hentes. Sjekk nettforbindelsen og prøv igjen.`
      case 'http':
        return `Datafilen «${error.file}» kunne ikke hentes fra serveren.`
      case 'json':
        return `Datafilen «${error.file}» er skadet og kan ikke leses.`
      case 'schema':
        return `Datafilen «${error.file}» har innhold som ikke stemmer med det vi forventer.`
    }
  }
  return 'Tallene kunne ikke lastes på grunn av en ukjent feil.'
}
