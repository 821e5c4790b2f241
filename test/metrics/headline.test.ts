import { describe, expect, it } from 'vitest'
import { usersUnder67InYear, workforceHeadline } from '@/metrics/headline'
import { growthRows } from '@/metrics/growth'
import { loadAll } from '../helpers/files'

describe('headline figures from the real data', () => {
  const data = loadAll()
  const w = workforceHeadline(data)

  it('54 105 årsverk locked in part-time against a need of about 55 000', () => {
    expect(w.potential).toBe(54_105)
    expect(w.need2035).toBe(55_000)
    expect(w.potentialShareOfNeed).toBeCloseTo(0.9837, 4)
  })

  it('average position size 73.3 %, lowest for pleieassistenter without education', () => {
    expect(w.averagePositionSize).toBeCloseTo(0.7334, 4)
    expect(w.positionSizes[0]?.id).toBe('pleieassistent-uten-fagutdanning')
    expect(w.positionSizes.at(-1)?.id).toBe('vernepleier')
  })

  it('41.4 % of users under 67 in 2021; about 16 100 of the growth under 50 not demographic', () => {
    const h = usersUnder67InYear(data.users.rows, 2021)
    expect(h.shareUnder67).toBeCloseTo(0.4143, 4)
    expect([h.usersUnder67, h.usersAll]).toEqual([122_572, 295_856])
    const young = data.users.ageGroups.filter((a) => a.id === '0-49')
    const [growth] = growthRows(data.users.rows, data.population.rows, young, 2009, 2021)
    expect(growth?.total).toBe(19_357)
    expect(growth?.frequency).toBeCloseTo(16_133, 0)
  })
})

describe('headline figures from tiny tables', () => {
  const workforce = {
    arsverk: {
      groups: [
        { id: 'a', name: 'A', arsverk: 50, sysselsatte: 100 },
        { id: 'b', name: 'B', arsverk: 0, sysselsatte: 0 },
      ],
      total: { arsverk: 50, sysselsatte: 100 },
    },
    keyFigures: { figures: [] },
  }
  const rows = [{ ageGroup: '0-49', year: 2020, users: 10 }]

  it('follows the data: another table gives other figures', () => {
    expect(workforceHeadline(workforce).potential).toBe(50)
    expect(workforceHeadline(workforce).averagePositionSize).toBe(0.5)
    expect(usersUnder67InYear(rows, 2020).shareUnder67).toBe(1)
  })

  it('without the 2035 need, has no share of it', () => {
    const w = workforceHeadline(workforce)
    expect(w.need2035).toBeUndefined()
    expect(w.potentialShareOfNeed).toBeNull()
  })

  it('puts a group with no employees last', () => {
    expect(workforceHeadline(workforce).positionSizes.map((g) => g.id)).toEqual(['a', 'b'])
  })

  it('with no users in the year, has no share', () => {
    const h = usersUnder67InYear(rows, 2021)
    expect(h.shareUnder67).toBeNull()
    expect(h.usersAll).toBe(0)
  })
})

describe('the workforce headline follows the chosen groups', () => {
  const data = loadAll()

  it('for all groups: the total and the plan total statement', () => {
    const w = workforceHeadline(data)
    expect([w.selectedCount, w.groupCount, w.arsverk, w.sysselsatte]).toEqual([
      12, 12, 148_820, 202_925,
    ])
    expect(w.planStatementId).toBe('heltidspotensial-plan')
  })

  it.each([
    ['helsefagarbeider', 13_156, 'heltidspotensial-plan-helsefagarbeider'],
    ['sykepleier', 3_787, 'heltidspotensial-plan-sykepleier'],
    [
      'pleieassistent-uten-fagutdanning',
      28_881,
      'heltidspotensial-plan-pleieassistent-uten-fagutdanning',
    ],
    ['vernepleier', 625, undefined],
  ])('%s alone: %i, plan statement %s', (id, potential, statement) => {
    const w = workforceHeadline(data, [id])
    expect(w.potential).toBe(potential)
    expect(w.planStatementId).toBe(statement)
  })

  it('two groups: sums, their own average, no plan statement', () => {
    const w = workforceHeadline(data, ['helsefagarbeider', 'sykepleier'])
    expect(w.potential).toBe(16_943)
    expect(w.averagePositionSize).toBeCloseTo(82_361 / 99_304, 10)
    expect(w.positionSizes.map((g) => g.id)).toEqual(['helsefagarbeider', 'sykepleier'])
    expect(w.planStatementId).toBeUndefined()
  })

  it('no groups: zero and no average', () => {
    const w = workforceHeadline(data, [])
    expect([w.potential, w.averagePositionSize, w.potentialShareOfNeed]).toEqual([0, null, 0])
  })
})
