import { describe, expect, it } from 'vitest'
import { derivedLevels, fullTimeBars, fullTimeRows, fullTimeSummary } from '@/metrics/full-time'
import { loadDataset } from '../helpers/files'

const data = loadDataset('fullTime2023')

describe('derived 2022 and 2016 levels = 2023 − change', () => {
  it.each([
    ['sykepleier', 62.9, 54.1],
    ['helsefagarbeider', 33.4, 20.4],
    ['vernepleier', 75.4, 68.4],
  ])('%s: %f in 2022, %f in 2016', (id, in2022, in2016) => {
    const row = data.rows.find((r) => r.id === id)
    expect(row).toBeDefined()
    expect(derivedLevels(row!)).toEqual({ percent2022: in2022, percent2016: in2016 })
  })

  it('is 59.8 % and 53.0 % for all education groups', () => {
    expect(derivedLevels(data.all)).toEqual({ percent2022: 59.8, percent2016: 53 })
  })
})

describe('full-time rows, chart order and summary', () => {
  const rows = fullTimeRows(data.rows)

  it('adds the derived levels to every row', () => {
    expect(rows.find((r) => r.id === 'hjelpepleier')).toMatchObject({
      percent2023: 35.1,
      percent2022: 33.9,
      percent2016: 27.7,
    })
  })

  it('orders the chart by the 2023 share', () => {
    expect(
      fullTimeBars(rows)
        .map((r) => r.id)
        .slice(0, 2),
    ).toEqual(['barnevernspedagog', 'sosionom'])
  })

  it('names the biggest rise and the lowest share', () => {
    expect(fullTimeSummary(rows)?.replace(/\u00a0/g, ' ')).toBe(
      'Fra 2016 til 2023 økte heltidsandelen mest for helsefagarbeidere (+17,5 prosentpoeng, til 37,9 %), og i 2023 er den lavest for hjelpepleiere (35,1 %).',
    )
    expect(fullTimeSummary([])).toBeNull()
  })
})
