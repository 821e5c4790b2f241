import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { csvParse, type DSVRowArray } from 'd3-dsv'
import { parseDataset, type DatasetName, type Datasets, DATASETS } from '@/data/schema'

// Vitest runs from the repository root; jsdom's URL cannot make file paths.
export const DATA_DIR = resolve(process.cwd(), 'public/data') + '/'
/** Copies of the source documents, kept in the repository (see test/fixtures/sources/README.md). */
export const SOURCES_DIR = resolve(process.cwd(), 'test/fixtures/sources') + '/'
/** The steering repository's copies, present beside the clone on CI and in a work session. */
export const SHARED_DIR = resolve(process.cwd(), '../shared') + '/'
export const PLAN_FILE = 'seeds/003_2b6053aa48cae9a4.txt'

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

/** The plan's text with no-break spaces made plain, split into lines. */
export function planLines(): string[] {
  return readFileSync(`${SOURCES_DIR}${PLAN_FILE}`, 'utf8')
    .replace(/\u00a0/g, ' ')
    .split('\n')
}

/** A simple source CSV (no quoted fields) as rows of cells. */
export function sourceCsv(name: string): string[][] {
  return readFileSync(`${SOURCES_DIR}data/${name}`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','))
}

/** A source CSV with quoted fields, parsed by header into records. */
export function sourceRecords(name: string): DSVRowArray<string> {
  return csvParse(readFileSync(`${SOURCES_DIR}data/${name}`, 'utf8'))
}
