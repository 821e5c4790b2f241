import { describe, expect, it } from 'vitest'
import {
  arsverkAtTarget,
  averagePositionSize,
  extraArsverkAtTarget,
  fullTimeArsverk,
  fullTimePotential,
  scenario,
  shareOfNeed,
  sumWorkforce,
} from '@/metrics/workforce'
import { loadDataset } from '../helpers/files'

const arsverk = loadDataset('arsverk')
const group = (id: string) => {
  const found = arsverk.groups.find((g) => g.id === id)
  if (!found) throw new Error(`no group ${id}`)
  return found
}

describe('average position size = årsverk / sysselsatte', () => {
  it.each([
    // The plan's figure "Gjennomsnittlig stillingsstørrelse i ulike yrkesgrupper 2021".
    ['helsefagarbeider', 0.792],
    ['pleieassistent-uten-fagutdanning', 0.541],
    ['sykepleier', 0.895],
    ['vernepleier', 0.938],
  ])('%s: %f', (id, expected) => {
    expect(averagePositionSize(group(id))).toBeCloseTo(expected, 3)
  })

  it('is 73.3 % for the whole care service', () => {
    expect(averagePositionSize(arsverk.total)).toBeCloseTo(0.7334, 4)
  })

  it('is null, not zero, for a group with nobody employed', () => {
    expect(averagePositionSize({ arsverk: 0, sysselsatte: 0 })).toBeNull()
  })
})

describe('full-time potential = sysselsatte − årsverk', () => {
  // Computed exactly from the plan's table; the plan's text rounds each ("om lag").
  it.each([
    ['total', arsverk.total, 54_105, 55_000],
    ['sykepleier', group('sykepleier'), 3_787, 4_000],
    ['helsefagarbeider', group('helsefagarbeider'), 13_156, 14_000],
    ['pleieassistent-uten-fagutdanning', group('pleieassistent-uten-fagutdanning'), 28_881, 30_000],
  ])('%s: %i (the plan says about %i)', (_name, row, exact, planRounded) => {
    expect(fullTimePotential(row)).toBe(exact)
    // The plan's rounding is to the nearest thousand upwards of the exact figure.
    expect(Math.abs(planRounded - exact)).toBeLessThan(1_200)
  })

  it('årsverk if everyone were full-time equals sysselsatte', () => {
    expect(fullTimeArsverk(arsverk.total)).toBe(202_925)
  })

  it('is never negative', () => {
    expect(fullTimePotential({ arsverk: 110, sysselsatte: 100 })).toBe(0)
  })

  it('sums over the groups to the total', () => {
    const sum = arsverk.groups.reduce((s, g) => s + fullTimePotential(g), 0)
    expect(sum).toBe(54_105)
  })
})

describe('sumWorkforce', () => {
  it('adds up the 12 groups to the published total row', () => {
    expect(sumWorkforce(arsverk.groups)).toEqual({ arsverk: 148_820, sysselsatte: 202_925 })
  })
  it('sums an empty list to zero', () => {
    expect(sumWorkforce([])).toEqual({ arsverk: 0, sysselsatte: 0 })
  })
})

describe('share of the 2035 need', () => {
  it.each([
    [54_105, 55_000, 0.9837],
    [55_000, 55_000, 1],
    [0, 55_000, 0],
  ])('%i of %i → %f', (value, need, expected) => {
    expect(shareOfNeed(value, need)).toBeCloseTo(expected, 4)
  })
  it('is null for a need of zero', () => {
    expect(shareOfNeed(100, 0)).toBeNull()
  })
})

describe('scenario: target average position size', () => {
  it.each([
    // helsefagarbeidere: 63 251 × 0.90 = 56 925.9 → 6 830.9 extra
    ['helsefagarbeider', 0.9, 56_925.9, 6_830.9],
    // pleieassistenter uten: 62 906 × 0.75 = 47 179.5 → 13 154.5 extra
    ['pleieassistent-uten-fagutdanning', 0.75, 47_179.5, 13_154.5],
    // vernepleiere already above 80 %: unchanged
    ['vernepleier', 0.8, 9_460, 0],
    // target 100 % gives the full-time potential
    ['sykepleier', 1, 36_053, 3_787],
  ])('%s to %f → %f årsverk (+%f)', (id, target, expectedArsverk, expectedExtra) => {
    expect(arsverkAtTarget(group(id), target)).toBeCloseTo(expectedArsverk, 6)
    expect(extraArsverkAtTarget(group(id), target)).toBeCloseTo(expectedExtra, 6)
  })

  it('applies per-group targets and totals the extra årsverk', () => {
    const result = scenario(arsverk.groups, (g) => (g.id === 'helsefagarbeider' ? 0.9 : null))
    expect(result.totalExtra).toBeCloseTo(6_830.9, 6)
    expect(result.rows.filter((r) => r.extra > 0)).toHaveLength(1)
  })

  it('at 100 % for every group equals the full-time potential', () => {
    expect(scenario(arsverk.groups, () => 1).totalExtra).toBeCloseTo(54_105, 6)
  })

  it('leaves a group at or above the target exactly as it is', () => {
    expect(extraArsverkAtTarget(group('vernepleier'), 0.5)).toBe(0)
    expect(arsverkAtTarget(group('vernepleier'), 9_460 / 10_085)).toBe(9_460)
    expect(arsverkAtTarget({ arsverk: 0, sysselsatte: 0 }, 1)).toBe(0)
  })

  it('of no groups is zero', () => {
    expect(scenario([], () => 1).totalExtra).toBe(0)
  })
})
