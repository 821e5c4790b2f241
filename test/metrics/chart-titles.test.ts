import { describe, expect, it } from 'vitest'
import { spreadLabels, valueTicks } from '@/components/charts/chart-parts'
import { arsverkRows, arsverkTitle } from '@/metrics/arsverk-table'
import { fullTimeRows, fullTimeTitle } from '@/metrics/full-time'
import { growthRows, growthSummary, growthTitle } from '@/metrics/growth'
import { usersTitle } from '@/metrics/users-series'
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
      'Heltidsandelen har økt, men er bare 35\u00a0% blant hjelpepleiere',
    )
    const fell = rows.map((r) => ({ ...r, changeSince2016: -1 }))
    expect(fullTimeTitle(fell)).toMatch(/^Heltid i 2023: lavest med 35\u00a0% blant hjelpepleiere$/)
  })

  it('users: the age group that grew most, and the growth split', () => {
    const users = loadDataset('users')
    const population = loadDataset('population')
    // «0–49 år» is kept on one line: word joiners around the dash, a no-break space.
    expect(usersTitle(users.rows, users.ageGroups, 2009, 2021, 'brukere')).toBe(
      'Antall brukere økte mest blant 0\u2060–\u206049\u00a0år: +31\u00a0% fra 2009 til 2021',
    )
    expect(usersTitle(users.rows, users.ageGroups, 2021, 2021, 'brukere')).toBeNull()
    const split = growthRows(users.rows, population.rows, users.ageGroups, 2009, 2021)
    expect(growthTitle(split, 2009, 2021)).toBe(
      'For 0\u2060–\u206049\u00a0år skyldes det meste av veksten at en større andel får tjenester',
    )
  })

  it('growth: the summary speaks of the same age group as the title', () => {
    const users = loadDataset('users')
    const population = loadDataset('population')
    const split = growthRows(users.rows, population.rows, users.ageGroups, 2009, 2021)
    // 80–89 år has the largest change in share (−21 035), but the title is about 0–49 år,
    // where the share explains most of a growth: the summary must be too.
    expect(growthSummary(split, 2009, 2021)).toMatch(/^For 0–49 år skyldes 16\u00a0133 av økningen/)
    // Only the older groups: none grew mostly from a larger share; both speak of them all.
    const older = split.filter((r) => ['80-89', '90+'].includes(r.id))
    expect(growthTitle(older, 2009, 2021)).not.toMatch(/^For /)
    expect(growthSummary(older, 2009, 2021)).toMatch(/^For alle valgte aldersgrupper /)
  })
})

describe('valueTicks', () => {
  it('ends at the data, not a round number far beyond it', () => {
    expect(valueTicks(63_251)).toEqual([0, 20_000, 40_000, 60_000])
    expect(valueTicks(100)).toEqual([0, 25, 50, 75, 100])
    // Merged by level (up to 91 017 sysselsatte): even steps, never 0 / 30 000 / 70 000.
    expect(valueTicks(91_017)).toEqual([0, 20_000, 40_000, 60_000, 80_000])
    expect(valueTicks(91_017, 3)).toEqual([0, 25_000, 50_000, 75_000])
    expect(valueTicks(53.4, 3)).toEqual([0, 20, 40])
    expect(valueTicks(0)).toEqual([])
    expect(valueTicks(Number.NaN)).toEqual([])
  })
})

describe('spreadLabels', () => {
  it('keeps labels where they want to be when they do not touch', () => {
    expect(spreadLabels([10, 50, 90], 16, 0, 100)).toEqual([10, 50, 90])
  })
  it('moves labels that would touch apart, in their order, within the bounds', () => {
    // The users chart at 375 px: «50–66 år» and «90+ år» end 8 px apart.
    const [a, b] = spreadLabels([200, 192], 16, 0, 300)
    expect(a! - b!).toBeGreaterThanOrEqual(16)
    expect(spreadLabels([95, 98, 99], 10, 0, 100)).toEqual([80, 90, 100])
    expect(spreadLabels([], 10, 0, 100)).toEqual([])
  })
})
