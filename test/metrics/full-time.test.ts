import { describe, expect, it } from 'vitest'
import { derivedLevels } from '@/metrics/full-time'
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
