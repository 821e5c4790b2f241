/**
 * Where each dataset lives, and the first fetch of all of them. Nothing else here: the
 * page's entry (main.tsx) imports this before the rest of the app has loaded.
 */
export const DATA_FILES = {
  arsverk: 'arsverk-2021.json',
  users: 'brukere-alder.json',
  population: 'befolkning-1-januar.json',
  fullTime2021: 'heltidsandel-2021.json',
  fullTime2023: 'heltidsandel-2023.json',
  keyFigures: 'nokkeltall.json',
  ksFullTime: 'ks-heltid.json',
  arsverk2023: 'arsverk-2023.json',
} as const

export type DatasetName = keyof typeof DATA_FILES

/** Every dataset, in the order above. */
export const NAMES = Object.keys(DATA_FILES) as DatasetName[]

/** A data file's URL, relative to the page's base, so the site works under any sub-path. */
export const dataUrl = (file: string): string => `${import.meta.env.BASE_URL}data/${file}`

/** One file's fetch under way: its response, how to abandon it, when it began. */
export interface Fetching {
  response: Promise<Response>
  controller: AbortController
  startedAt: number
}

/** Fetches one data file; the response is read and validated later (see requests.ts). */
export function fetchFile(name: DatasetName): Fetching {
  const controller = new AbortController()
  const response = fetch(dataUrl(DATA_FILES[name]), { signal: controller.signal })
  // Handled where it is read; this keeps an early failure from counting as unhandled.
  response.catch(() => undefined)
  return { response, controller, startedAt: Date.now() }
}

/** Fetches every data file at once. */
export function fetchAll(): Map<DatasetName, Fetching> {
  return new Map(NAMES.map((name) => [name, fetchFile(name)]))
}
