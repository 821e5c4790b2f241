import { describe, expect, it } from 'vitest'
import {
  populationAtYearEnd,
  shareOfUsers,
  splitGrowth,
  userFrequency,
  usersAtFrequency,
} from '@/metrics/users'
import { loadDataset } from '../helpers/files'

const users = loadDataset('users')
const population = loadDataset('population')

const usersIn = (ageGroup: string, year: number) =>
  users.rows.find((r) => r.ageGroup === ageGroup && r.year === year)?.users ?? NaN

describe('user frequency = users / population on 1 January of the following year', () => {
  it.each(users.rows.map((r) => [r.ageGroup, r.year, r.users, r.frequencyPercent] as const))(
    '%s %i: %i users → %f % as published',
    (ageGroup, year, count, published) => {
      const frequency = userFrequency(count, populationAtYearEnd(population.rows, ageGroup, year))
      expect(frequency).not.toBeNull()
      expect(Math.round((frequency ?? 0) * 1000) / 10).toBe(published)
    },
  )

  it('reproduces all 35 published cells', () => {
    expect(users.rows).toHaveLength(35)
  })

  it('is null when the population is unknown or zero', () => {
    expect(userFrequency(10, null)).toBeNull()
    expect(userFrequency(10, 0)).toBeNull()
    expect(populationAtYearEnd(population.rows, '0-49', 1900)).toBeNull()
    expect(populationAtYearEnd(population.rows, 'no-such-group', 2021)).toBeNull()
  })
})

describe('growth split for users under 50, 2009–2021 (the plan: about 16 000 of 20 000)', () => {
  const split = splitGrowth(
    usersIn('0-49', 2009),
    populationAtYearEnd(population.rows, '0-49', 2009),
    usersIn('0-49', 2021),
    populationAtYearEnd(population.rows, '0-49', 2021),
  )

  it('gives 64 792 users in 2021 at the 2009 frequency (the plan truncates 64 792.9)', () => {
    expect(split?.atBaseFrequency).toBeGreaterThanOrEqual(64_791)
    expect(split?.atBaseFrequency).toBeLessThanOrEqual(64_793)
    expect(Math.trunc(split?.atBaseFrequency ?? 0)).toBe(64_792)
  })

  it('has a total growth of 19 357 (the plan: "veksten på 20 000")', () => {
    expect(split?.total).toBe(19_357)
  })

  it('puts about 16 100 of it down to a larger share receiving services', () => {
    expect(split?.frequency).toBeCloseTo(16_133, 0)
    expect(Math.round((split?.frequency ?? 0) / 1000) * 1000).toBe(16_000)
  })

  it('has parts that add up to the total', () => {
    expect((split?.demographic ?? 0) + (split?.frequency ?? 0)).toBeCloseTo(19_357, 9)
  })

  it('is null when a population is missing', () => {
    expect(splitGrowth(1, null, 2, 3)).toBeNull()
    expect(splitGrowth(1, 10, 2, null)).toBeNull()
  })

  it('counterfactual users = population × base frequency', () => {
    expect(usersAtFrequency(1000, 0.02)).toBe(20)
  })
})

describe('share of users under 67', () => {
  it('is 41.4 % in 2021 (the plan: "nærmere 41 pst.")', () => {
    expect(shareOfUsers(users.rows, 2021, ['0-49', '50-66'])).toBeCloseTo(0.4143, 4)
  })
  it('is null for a year with no users', () => {
    expect(shareOfUsers(users.rows, 1990, ['0-49'])).toBeNull()
  })
})
