import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseDataset, type DatasetName, type Datasets, DATASETS } from '@/data/schema'

// Vitest runs from the repository root; jsdom's URL cannot make file paths.
export const DATA_DIR = resolve(process.cwd(), 'public/data') + '/'
export const SHARED_DIR = resolve(process.cwd(), '../shared') + '/'
export const PLAN_PATH = `${SHARED_DIR}seeds/003_2b6053aa48cae9a4.txt`

export function dataFiles(): string[] {
  return readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'))
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(`${DATA_DIR}${file}`, 'utf8'))
}

/** Loads and validates one dataset from public/data, as the app does. */
export function loadDataset<K extends DatasetName>(name: K): Datasets[K] {
  return parseDataset(name, readJson(DATASETS[name].file))
}

export function loadAll(): Datasets {
  const names = Object.keys(DATASETS) as DatasetName[]
  return Object.fromEntries(names.map((n) => [n, loadDataset(n)])) as Datasets
}

/**
 * The source documents live beside the repo in ../shared (as on CI). .ci/run sets
 * REQUIRE_SOURCES so they must be there; elsewhere (a lone clone, GitHub Actions) the
 * source-tracing tests are skipped.
 */
export const sourcesAvailable = existsSync(PLAN_PATH)
if (!sourcesAvailable && process.env.REQUIRE_SOURCES) {
  throw new Error(`Source documents missing: expected ${PLAN_PATH} beside the repository`)
}

/** The plan's text with no-break spaces made plain, split into lines. */
export function planLines(): string[] {
  return readFileSync(PLAN_PATH, 'utf8')
    .replace(/\u00a0/g, ' ')
    .split('\n')
}

export function sharedCsv(name: string): string[][] {
  return readFileSync(`${SHARED_DIR}data/${name}`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','))
}
