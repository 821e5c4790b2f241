import { describe, expect, it } from 'vitest'
import { citedYear, findFigure, formatKeyFigure, sickLeaveRows } from '@/metrics/key-figures'
import { loadAll } from '../helpers/files'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')

describe('sick leave per group, from the plan', () => {
  const { keyFigures } = loadAll()

  it('lists the service first, then the three groups the plan names, with its figures', () => {
    const rows = sickLeaveRows(keyFigures.figures)
    expect(rows.map((r) => r.who)).toEqual([
      'Hele omsorgstjenesten',
      'Helsefagarbeidere, aktivitører og barne- og ungdomsarbeidere',
      'Sykepleiere uten videreutdanning',
      'Sykepleiere med videreutdanning',
    ])
    // The plan: «økte til 8,7 pst. i 2021», «i overkant 10 pst.» for the highest group,
    // «9,4 pst.» for nurses without further education.
    expect(plain(formatKeyFigure(rows[0]!.figure))).toBe('8,7 %')
    expect(plain(formatKeyFigure(rows[1]!.figure))).toMatch(/^i overkant av 10 %$/)
    expect(plain(formatKeyFigure(rows[2]!.figure))).toBe('9,4 %')
  })

  it('leaves out a group the data lacks and gives nothing when none is there', () => {
    const without = keyFigures.figures.filter((f) => f.id !== 'sykefravaer-hoyest-2021')
    expect(sickLeaveRows(without)).toHaveLength(3)
    expect(sickLeaveRows([])).toEqual([])
  })
})

describe('key figures', () => {
  it('finds a figure by id, and says undefined for one that is missing', () => {
    expect(findFigure([{ id: 'a' }], 'a')).toEqual({ id: 'a' })
    expect(findFigure([{ id: 'a' }], 'b')).toBeUndefined()
  })

  it('reads the year out of the plan’s citation', () => {
    expect(citedYear({ citedSource: 'SSB (2019): Arbeidsmarkedet for helsepersonell' })).toBe(
      '2019',
    )
    expect(citedYear({})).toBeUndefined()
  })
})
