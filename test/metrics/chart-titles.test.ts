import { describe, expect, it } from 'vitest'
import { valueTicks } from '@/components/chart-parts'
import { arsverkRows, arsverkTitle } from '@/metrics/arsverk-table'
import { fullTimeRows, fullTimeTitle } from '@/metrics/full-time'
import { growthRows, growthTitle, usersTitle } from '@/metrics/users-series'
import { loadDataset } from '../helpers/files'

const arsverk = loadDataset('arsverk')
const all = (ids?: string[]) =>
  arsverkRows(arsverk.groups, arsverk.levels, ids ?? arsverk.groups.map((g) => g.id), false)

describe('chart titles state the finding', () => {
  it('årsverk: where most are missing; with one group, how many', () => {
    expect(arsverkTitle(all())).toBe(
      'Flest årsverk mangler til heltid blant pleieassistenter uten helse- og sosialfaglig utdanning',
    )
    // Plan, 2021: 63 251 helsefagarbeidere employed, 50 095 årsverk: 13 156 missing.
    expect(arsverkTitle(all(['helsefagarbeider']))).toBe(
      '13\u00a0156 årsverk mangler til heltid blant helsefagarbeidere',
    )
    expect(arsverkTitle([])).toBeNull()
  })

  it('full-time: risen everywhere since 2016, lowest in 2023', () => {
    const rows = fullTimeRows(loadDataset('fullTime2023').rows)
    expect(fullTimeTitle(rows)).toBe(
      'Flere har heltid enn i 2016, men bare 35\u00a0% blant hjelpepleiere',
    )
    const fell = rows.map((r) => ({ ...r, changeSince2016: -1 }))
    expect(fullTimeTitle(fell)).toMatch(/^Heltid i 2023: lavest med 35\u00a0% blant hjelpepleiere$/)
  })

  it('users: the age group that grew most, and the growth split', () => {
    const users = loadDataset('users')
    const population = loadDataset('population')
    expect(usersTitle(users.rows, users.ageGroups, 2009, 2021, 'brukere')).toBe(
      'Antall brukere økte mest blant 0–49 år: +31\u00a0% fra 2009 til 2021',
    )
    expect(usersTitle(users.rows, users.ageGroups, 2021, 2021, 'brukere')).toBeNull()
    const split = growthRows(users.rows, population.rows, users.ageGroups, 2009, 2021)
    expect(growthTitle(split, 2009, 2021)).toBe(
      'For 0–49 år skyldes mest av veksten at en større andel får tjenester',
    )
  })
})

describe('valueTicks', () => {
  it('ends at the data, not a round number far beyond it', () => {
    expect(valueTicks(63_251)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000])
    expect(valueTicks(100)).toEqual([0, 25, 50, 75, 100])
    expect(valueTicks(0)).toEqual([])
    expect(valueTicks(Number.NaN)).toEqual([])
  })
})
