import { DATASETS, DatasetError, parseDataset, type DatasetName, type Datasets } from './schema'

/**
 * Fetches one data file relative to the page's base URL, so the site works at the
 * domain root and under any sub-path, then validates it.
 */
export async function loadDataset<K extends DatasetName>(
  name: K,
  signal?: AbortSignal,
): Promise<Datasets[K]> {
  const { file } = DATASETS[name]
  const url = `${import.meta.env.BASE_URL}data/${file}`
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new DatasetError(file, 'network error', 'network')
  }
  if (!response.ok) throw new DatasetError(file, `HTTP ${response.status}`, 'http')
  let json: unknown
  try {
    json = await response.json()
  } catch {
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
