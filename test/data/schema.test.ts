import { describe, expect, it } from 'vitest'
import { DATASETS, DatasetError, parseDataset, type DatasetName } from '@/data/schema'
import { dataFiles, loadAll, readJson } from '../helpers/files'

const names = Object.keys(DATASETS) as DatasetName[]

describe('contract: every file in public/data parses with the schema the app uses', () => {
  it('has a schema for every data file, and a file for every schema', () => {
    expect(dataFiles().sort()).toEqual(names.map((n) => DATASETS[n].file).sort())
  })

  it.each(names)('%s parses', (name) => {
    expect(() => parseDataset(name, readJson(DATASETS[name].file))).not.toThrow()
  })

  it('årsverk and sysselsatte of the 12 groups add up to the published totals', () => {
    const { arsverk } = loadAll()
    expect(arsverk.groups).toHaveLength(12)
    expect(arsverk.groups.reduce((s, g) => s + g.arsverk, 0)).toBe(148_820)
    expect(arsverk.groups.reduce((s, g) => s + g.sysselsatte, 0)).toBe(202_925)
    expect(arsverk.total).toEqual({ arsverk: 148_820, sysselsatte: 202_925 })
  })

  it('every dataset shows its provenance', () => {
    for (const data of Object.values(loadAll())) {
      expect(data.provenance.document).not.toBe('')
      expect(data.provenance.attribution).not.toBe('')
    }
  })

  it('users and population use the same age groups', () => {
    const { users, population } = loadAll()
    expect(users.ageGroups.map((a) => a.id)).toEqual(population.ageGroups)
  })

  it('population covers 1 January of every year after a users year', () => {
    const { users, population } = loadAll()
    const years = population.rows.map((r) => r.year)
    for (const year of users.years) expect(years).toContain(year + 1)
  })
})

// A deep copy of a real file, with one change, for each way a file can be broken.
function broken(name: DatasetName, change: (data: Record<string, any>) => void): unknown {
  const data = structuredClone(readJson(DATASETS[name].file)) as Record<string, any>
  change(data)
  return data
}

describe('a malformed file throws an error naming the file and the field path', () => {
  it.each<[string, DatasetName, (d: Record<string, any>) => void, RegExp]>([
    [
      'a number given as text',
      'arsverk',
      (d) => (d.groups[3].sysselsatte = '1 444'),
      /^arsverk-2021\.json: groups\[3\]\.sysselsatte: .*number/,
    ],
    [
      'a negative count',
      'users',
      (d) => (d.rows[2].users = -5),
      /^brukere-alder\.json: rows\[2\]\.users: /,
    ],
    [
      'a missing provenance field',
      'population',
      (d) => delete d.provenance.attribution,
      /^befolkning-1-januar\.json: provenance\.attribution: /,
    ],
    [
      'groups that no longer add up to the total',
      'arsverk',
      (d) => (d.groups[0].arsverk += 1),
      /^arsverk-2021\.json: total\.arsverk: the groups must add up/,
    ],
    [
      'a group in an unknown level',
      'arsverk',
      (d) => (d.groups[0].level = 'ukjent'),
      /^arsverk-2021\.json: groups: every group must name one of the listed levels/,
    ],
    [
      'a missing users cell',
      'users',
      (d) => d.rows.pop(),
      /^brukere-alder\.json: rows: must hold exactly one row/,
    ],
    [
      'a percentage above 100',
      'fullTime2023',
      (d) => (d.rows[0].percent2023 = 164.2),
      /^heltidsandel-2023\.json: rows\[0\]\.percent2023: /,
    ],
    [
      'an unknown unit',
      'keyFigures',
      (d) => (d.figures[1].unit = 'kroner'),
      /^nokkeltall\.json: figures\[1\]\.unit: /,
    ],
    [
      'a population row without an age group',
      'population',
      (d) => delete d.rows[4].population['90+'],
      /^befolkning-1-januar\.json: rows: every row must give/,
    ],
    [
      'an empty object',
      'fullTime2021',
      (d) => {
        for (const key of Object.keys(d)) Reflect.deleteProperty(d, key)
      },
      /^heltidsandel-2021\.json: provenance: /,
    ],
  ])('%s', (_case, name, change, message) => {
    const input = broken(name, change)
    expect(() => parseDataset(name, input)).toThrow(DatasetError)
    expect(() => parseDataset(name, input)).toThrow(message)
  })

  it.each([null, 42, 'text'])('rejects %j as a whole file', (input) => {
    expect(() => parseDataset('keyFigures', input)).toThrow(/^nokkeltall\.json: \(root\): /)
  })

  it('rejects an array where an object belongs, naming the first missing field', () => {
    expect(() => parseDataset('keyFigures', [])).toThrow(/^nokkeltall\.json: provenance: /)
  })
})
