import { describe, expect, it } from 'vitest'
import {
  arsverkBars,
  arsverkRows,
  arsverkSummary,
  arsverkTitle,
  asShares,
  totalsRow,
  type GroupInput,
} from '@/metrics/arsverk-table'
import { resolveSelection, storedSelection, toggleId } from '@/metrics/selection'
import { loadDataset } from '../helpers/files'

const data = loadDataset('arsverk')
const allIds = data.groups.map((g) => g.id)

const tinyGroups: GroupInput[] = [
  {
    id: 'a',
    name: 'A',
    shortName: 'A',
    textName: 'aer',
    level: 'x',
    arsverk: 50,
    sysselsatte: 100,
  },
  { id: 'b', name: 'B', shortName: 'B', textName: 'ber', level: 'x', arsverk: 30, sysselsatte: 40 },
  { id: 'c', name: 'C', shortName: 'C', textName: 'cer', level: 'y', arsverk: 9, sysselsatte: 10 },
]
const tinyLevels = [
  { id: 'x', label: 'Nivå X', textName: 'ansatte på nivå X' },
  { id: 'y', label: 'Nivå Y', textName: 'ansatte på nivå Y' },
  { id: 'z', label: 'Nivå Z', textName: 'ansatte på nivå Z' },
]

describe('resolveSelection', () => {
  it.each<[string[] | null, string[]]>([
    [null, ['a', 'b', 'c']],
    [[], []],
    [
      ['c', 'a'],
      ['a', 'c'],
    ],
    [['a', 'nope'], ['a']],
    [['nope'], ['a', 'b', 'c']],
  ])('%j → %j', (selected, expected) => {
    expect(resolveSelection(selected, ['a', 'b', 'c'])).toEqual(expected)
  })

  it('toggles in the data order and stores "all" as null', () => {
    expect(toggleId(['c'], 'a', ['a', 'b', 'c'])).toEqual(['a', 'c'])
    expect(toggleId(['a', 'c'], 'a', ['a', 'b', 'c'])).toEqual(['c'])
    expect(storedSelection(['a', 'b', 'c'], ['a', 'b', 'c'])).toBeNull()
    expect(storedSelection(['a'], ['a', 'b', 'c'])).toEqual(['a'])
  })
})

describe('arsverkRows', () => {
  it('derives the columns for each chosen group', () => {
    const [a] = arsverkRows(tinyGroups, tinyLevels, ['a'], false)
    expect(a).toMatchObject({
      arsverk: 50,
      sysselsatte: 100,
      averagePositionSize: 0.5,
      fullTime: 100,
      potential: 50,
    })
  })

  it('merges chosen groups per level, leaving out empty levels', () => {
    const rows = arsverkRows(tinyGroups, tinyLevels, ['a', 'b', 'c'], true)
    expect(rows.map((r) => [r.name, r.arsverk, r.sysselsatte, r.potential])).toEqual([
      ['Nivå X', 80, 140, 60],
      ['Nivå Y', 9, 10, 1],
    ])
    expect(rows[0]?.members).toEqual(['A', 'B'])
  })

  it('gives no rows for no chosen groups', () => {
    expect(arsverkRows(tinyGroups, tinyLevels, [], false)).toEqual([])
    expect(arsverkRows(tinyGroups, tinyLevels, [], true)).toEqual([])
  })

  it('the levels of the real data add up to the published totals', () => {
    const rows = arsverkRows(data.groups, data.levels, allIds, true)
    expect(rows).toHaveLength(4)
    const total = totalsRow(rows)
    expect([total.arsverk, total.sysselsatte, total.potential]).toEqual([148_820, 202_925, 54_105])
  })

  it('the higher-education level has an average position size of 90.7 %', () => {
    const rows = arsverkRows(data.groups, data.levels, allIds, true)
    const higher = rows.find((r) => r.id === 'niva-hoyere')
    // (1 325 + 1 302 + 2 077 + 32 266 + 9 460) / (1 444 + 1 440 + 2 282 + 36 053 + 10 085)
    expect(higher?.averagePositionSize).toBeCloseTo(46_430 / 51_304, 10)
  })
})

describe('totalsRow', () => {
  it('follows the chosen rows', () => {
    const rows = arsverkRows(data.groups, data.levels, ['helsefagarbeider', 'sykepleier'], false)
    const total = totalsRow(rows)
    expect(total.arsverk).toBe(50_095 + 32_266)
    expect(total.potential).toBe(13_156 + 3_787)
    expect(total.averagePositionSize).toBeCloseTo(82_361 / 99_304, 10)
  })
  it('of no rows is zero with no average', () => {
    const total = totalsRow([])
    expect([total.arsverk, total.potential, total.averagePositionSize]).toEqual([0, 0, null])
  })
})

describe('shares of the whole care service', () => {
  it('helsefagarbeidere hold 33.7 % of årsverk and 24.3 % of the potential', () => {
    const [row] = arsverkRows(data.groups, data.levels, ['helsefagarbeider'], false)
    const shares = asShares(row!, data.total)
    expect(shares.arsverk).toBeCloseTo(50_095 / 148_820, 10)
    expect(shares.sysselsatte).toBeCloseTo(63_251 / 202_925, 10)
    expect(shares.potential).toBeCloseTo(13_156 / 54_105, 10)
  })
  it('a zero total gives no share', () => {
    const [row] = arsverkRows(tinyGroups, tinyLevels, ['a'], false)
    expect(asShares(row!, { arsverk: 0, sysselsatte: 0 })).toEqual({
      arsverk: null,
      sysselsatte: null,
      fullTime: null,
      potential: null,
    })
  })
})

describe('chart series and summary', () => {
  const rows = arsverkRows(data.groups, data.levels, allIds, false)

  it('sorts by potential, biggest first, stacks to sysselsatte, and names bars short', () => {
    const bars = arsverkBars(rows, 'antall')
    expect(bars[0]?.id).toBe('pleieassistent-uten-fagutdanning')
    expect(bars[0]?.label).toBe('Pleieassistenter uten helse-/sosialutd.')
    expect(bars[0]?.row.name).toBe('Pleieassistenter uten helse- og sosialfaglig utdanning')
    expect(bars[1]?.id).toBe('helsefagarbeider')
    for (const bar of bars) expect(bar.arsverk + bar.potential).toBe(bar.row.sysselsatte)
  })

  it('in shares, draws each row’s part of what is missing: the summary’s 53 %', () => {
    const bars = arsverkBars(rows, 'andel')
    expect(bars.reduce((s, b) => s + b.potential, 0)).toBeCloseTo(100, 10)
    expect(bars.every((b) => b.arsverk === 0)).toBe(true)
    // 28 881 / 54 105 = 53,4 %: the bar and the sentence give the same share.
    expect(bars[0]?.potential).toBeCloseTo((28_881 / 54_105) * 100, 10)
    expect(arsverkSummary(rows)).toContain('(53\u00a0%)')
  })

  it('adds to the title: the share of the whole, and the groups that follow', () => {
    expect(arsverkSummary(rows)?.replace(/\u00a0/g, ' ')).toBe(
      '28 881 av de 54 105 årsverkene som mangler til heltid, er blant pleieassistenter uten helse- og sosialfaglig utdanning (53 %). Deretter kommer helsefagarbeidere (13 156) og sykepleiere (3 787).',
    )
    expect(arsverkSummary(rows)).not.toContain(arsverkTitle(rows))
    const some = arsverkRows(data.groups, data.levels, ['sykepleier', 'vernepleier'], false)
    expect(arsverkSummary(some, true)).toContain('i de valgte gruppene')
  })

  it('with one row, says how the figure comes about; merged by level, names the level', () => {
    const one = arsverkRows(data.groups, data.levels, ['sykepleier'], false)
    expect(arsverkSummary(one)?.replace(/\u00a0/g, ' ')).toBe(
      '36 053 sykepleiere hadde til sammen 32 266 årsverk. Med hel stilling til alle ville det vært 36 053.',
    )
    const levels = arsverkRows(data.groups, data.levels, allIds, true)
    expect(arsverkSummary(levels)).toMatch(
      /er blant ansatte med annen eller ingen helse- og sosialfaglig utdanning \(/,
    )
  })

  it('has no summary with no rows', () => {
    expect(arsverkSummary([])).toBeNull()
  })
})
