import { describe, expect, it } from 'vitest'
import { growthRows, growthSummary, growthTotal } from '@/metrics/growth'
import {
  resolveYears,
  usersCellText,
  userSeries,
  usersSummary,
  usersTitle,
  yearsInRange,
} from '@/metrics/users-series'
import { loadDataset } from '../helpers/files'

const users = loadDataset('users')
const population = loadDataset('population')
const plain = (s: string | null) => s?.replace(/\u00a0/g, ' ')
const youngest = users.ageGroups.filter((a) => a.id === '0-49')

describe('usersCellText', () => {
  it('writes users whole and the user frequency with one decimal, as the table shows them', () => {
    const row = users.rows.find((r) => r.ageGroup === '0-49' && r.year === 2021)!
    expect(usersCellText(users.rows, '0-49', 2021, 'brukere')).toBe(
      row.users.toLocaleString('nb-NO'),
    )
    expect(plain(usersCellText(users.rows, '0-49', 2021, 'frekvens'))).toBe(
      `${row.frequencyPercent.toLocaleString('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`,
    )
  })

  it('says null for a year the source has no figure for', () => {
    expect(usersCellText(users.rows, '0-49', 2010, 'brukere')).toBeNull()
    expect(usersCellText([], '0-49', 2021, 'frekvens')).toBeNull()
  })
})

describe('resolveYears', () => {
  const years = [2009, 2011, 2013]
  it.each<[number | null, number | null, { from: number; to: number }]>([
    [null, null, { from: 2009, to: 2013 }],
    [2011, null, { from: 2011, to: 2013 }],
    [2010, 2011, { from: 2009, to: 2011 }],
    [2013, 2009, { from: 2009, to: 2013 }],
    [2011, 2011, { from: 2011, to: 2011 }],
  ])('%s–%s → %j', (from, to, expected) => {
    expect(resolveYears(from, to, years)).toEqual(expected)
  })
  it('picks in range', () => {
    expect(yearsInRange(users.years, 2011, 2017)).toEqual([2011, 2013, 2015, 2017])
  })
})

describe('userSeries', () => {
  it('gives users or the published frequency per year and age group', () => {
    const [first] = userSeries(users.rows, ['0-49', '90+'], [2009], 'brukere')
    expect(first).toEqual({ year: 2009, '0-49': 61_569, '90+': 31_088 })
    const [freq] = userSeries(users.rows, ['0-49'], [2021], 'frekvens')
    expect(freq).toEqual({ year: 2021, '0-49': 2.4 })
  })
  it('gives points without values for no age groups', () => {
    expect(userSeries(users.rows, [], [2009, 2011], 'brukere')).toEqual([
      { year: 2009 },
      { year: 2011 },
    ])
  })
})

describe('summaries', () => {
  it('names the age group that changed most', () => {
    expect(plain(usersSummary(users.rows, youngest, 2009, 2021, 'brukere'))).toBe(
      'Blant 0–49 år økte antall brukere fra 61 569 i 2009 til 80 926 i 2021.',
    )
    // A share changes in percentage points; the title names the largest change, which the
    // chart draws where it can be seen (80–89 år fell 10,9 points), and the summary speaks
    // of the same group, then of the one that rose most (0–49 år, +0,5 points).
    expect(plain(usersTitle(users.rows, users.ageGroups, 2009, 2021, 'frekvens'))).toBe(
      'Brukerfrekvensen falt mest blant 80\u2060–\u206089 år: fra 49,9 % til 39,0 % fra 2009 til 2021',
    )
    expect(plain(usersSummary(users.rows, users.ageGroups, 2009, 2021, 'frekvens'))).toBe(
      'Blant 80–89 år falt brukerfrekvensen med 10,9 prosentpoeng. Mest opp gikk den blant 0–49 år: fra 1,9 % til 2,4 % (+0,5 prosentpoeng).',
    )
  })
  it('has none for one year or no groups', () => {
    expect(usersSummary(users.rows, youngest, 2021, 2021, 'brukere')).toBeNull()
    expect(usersSummary(users.rows, [], 2009, 2021, 'brukere')).toBeNull()
  })
})

describe('growth split per age group', () => {
  it('reproduces the plan for 0–49 years, 2009–2021', () => {
    const [row] = growthRows(users.rows, population.rows, youngest, 2009, 2021)
    expect(row?.total).toBe(19_357)
    expect(Math.trunc(row?.atBaseFrequency ?? 0)).toBe(64_792)
    expect(row?.frequency).toBeCloseTo(16_133, 0)
    expect(plain(growthSummary(row ? [row] : [], 2009, 2021))).toBe(
      'For 0–49 år skyldes 16 133 av økningen på 19 357 brukere fra 2009 til 2021 at en større andel av aldersgruppen får tjenester; 3 224 skyldes at aldersgruppen ble større.',
    )
  })

  it('shows a falling share as a negative frequency part (80–89 years)', () => {
    const rows = growthRows(users.rows, population.rows, users.ageGroups, 2009, 2021)
    const old = rows.find((r) => r.id === '80-89')
    expect(old?.total).toBe(75_607 - 91_969)
    expect(old?.frequency).toBeLessThan(0)
    expect(old?.demographic).toBeGreaterThan(0)
  })

  it('has parts that add up, per group and in total', () => {
    const rows = growthRows(users.rows, population.rows, users.ageGroups, 2011, 2019)
    for (const r of rows) expect(r.demographic + r.frequency).toBeCloseTo(r.total, 8)
    const total = growthTotal(rows)
    expect(total.total).toBe(rows.reduce((s, r) => s + r.total, 0))
    expect(total.demographic + total.frequency).toBeCloseTo(total.total, 8)
  })

  it('leaves out groups without population and sums none to zero', () => {
    expect(growthRows(users.rows, [], youngest, 2009, 2021)).toEqual([])
    expect(growthTotal([]).total).toBe(0)
    expect(growthSummary([], 2009, 2021)).toBeNull()
  })
})
