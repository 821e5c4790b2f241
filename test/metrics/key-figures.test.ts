import { describe, expect, it } from 'vitest'
import {
  citedYear,
  findFigure,
  formatKeyFigure,
  sickLeaveRows,
  sickLeaveView,
} from '@/metrics/key-figures'
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

describe('the sick-leave part as the page shows it', () => {
  const { keyFigures } = loadAll()

  it('names the year in its title, keeps the qualifier apart, and says 2021 was a pandemic year', () => {
    const view = sickLeaveView(keyFigures.figures)!
    expect(view.title).toBe('Sykefravær i omsorgstjenesten 2021 (planen)')
    expect(view.listLabel).toBe('Sykefravær i 2021 etter gruppe')
    const highest = view.rows[1]!
    expect(highest.qualifier).toBe('i overkant av')
    expect(plain(highest.value)).toBe('10 %')
    expect(plain(highest.stated)).toBe('i overkant av 10 %')
    expect(highest.quote).toMatch(/^«.+»$/)
    // The plan: «i underkant av 8 pst.» in the years before 2020.
    expect(plain(view.note!)).toBe(
      '2021 var et år med koronapandemi. I årene før 2020 lå sykefraværet i omsorgstjenestene i underkant av 8 %.',
    )
  })

  it('has no note without the year before, and no view without figures', () => {
    const without = keyFigures.figures.filter((f) => f.id !== 'sykefravaer-for-2020')
    expect(sickLeaveView(without)!.note).toBeNull()
    expect(sickLeaveView([])).toBeNull()
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
