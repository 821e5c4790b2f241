import { describe, expect, it } from 'vitest'
import { arsverkSelection, shortArsverkBars } from '@/metrics/arsverk-view'
import { fullTimeEnds, fullTimeRows } from '@/metrics/full-time'
import { arsverkSlide, fullTimeSlide } from '@/metrics/slides'
import { loadDataset } from '../helpers/files'

const arsverk = loadDataset('arsverk')
const fullTime = loadDataset('fullTime2023')
const source = { label: 'Kilde', href: '#kilde-arsverk' }

describe('arsverkSelection', () => {
  it('shows every group when the link names none, and says nothing is left out', () => {
    const all = arsverkSelection(arsverk, { groups: null, byLevel: false })
    expect(all.rows).toHaveLength(arsverk.groups.length)
    expect(all.selected).toEqual(all.known)
    expect(all.filtered).toBe(false)
  })

  it('keeps the chosen groups, in the data’s order, and says some are left out', () => {
    const [first, second] = arsverk.groups
    const two = arsverkSelection(arsverk, { groups: [second!.id, first!.id], byLevel: false })
    expect(two.rows.map((r) => r.id)).toEqual([first!.id, second!.id])
    expect(two.filtered).toBe(true)
  })

  it('merges the chosen groups per level of education with `niva`, summing their årsverk', () => {
    const levels = arsverkSelection(arsverk, { groups: null, byLevel: true })
    expect(levels.rows.every((r) => r.id.startsWith('niva-'))).toBe(true)
    const sum = (rows: readonly { arsverk: number }[]) => rows.reduce((s, r) => s + r.arsverk, 0)
    expect(sum(levels.rows)).toBeCloseTo(sum(arsverk.groups), 6)
    expect(levels.filtered).toBe(false)
  })

  it('treats a stale link that names no known group as the default, and none as none', () => {
    expect(
      arsverkSelection(arsverk, { groups: ['finnes-ikke'], byLevel: false }).rows,
    ).toHaveLength(arsverk.groups.length)
    expect(arsverkSelection(arsverk, { groups: [], byLevel: false }).rows).toEqual([])
  })
})

describe('one short chart for the embed, the argument sheet and the slide', () => {
  it('draws the five groups where most årsverk are missing, largest first, and says so', () => {
    const { rows } = arsverkSelection(arsverk, { groups: null, byLevel: false })
    const { bars, left } = shortArsverkBars(rows)
    expect(bars).toHaveLength(5)
    const potentials = bars.map((b) => b.potential)
    expect(potentials).toEqual([...potentials].sort((a, b) => b - a))
    expect(Math.min(...potentials)).toBeGreaterThanOrEqual(
      Math.max(...rows.filter((r) => !bars.some((b) => b.id === r.id)).map((r) => r.potential)),
    )
    expect(left).toMatch(/^de fem gruppene der flest årsverk mangler, av /)
  })

  it('gives the slide the same bars as the sheet, by group and by level', () => {
    for (const byLevel of [false, true]) {
      const { rows } = arsverkSelection(arsverk, { groups: null, byLevel })
      const slide = arsverkSlide(rows, '2021', source)!
      expect(slide.chart?.bars.map((b) => b.id)).toEqual(
        shortArsverkBars(rows).bars.map((b) => b.id),
      )
    }
  })

  it('shows every row and no caption when there are five or fewer', () => {
    const { rows } = arsverkSelection(arsverk, { groups: null, byLevel: true })
    expect(shortArsverkBars(rows)).toMatchObject({ left: null })
    expect(shortArsverkBars(rows).bars).toHaveLength(rows.length)
  })
})

describe('fullTimeEnds', () => {
  it('draws both ends of the education groups’ range, as the slide does', () => {
    const groups = fullTimeRows(fullTime.rows)
    const { bars, ends } = fullTimeEnds(groups)
    expect(bars[0]!.percent2023).toBe(Math.max(...groups.map((r) => r.percent2023)))
    expect(ends).toContain(bars[0])
    expect(ends).toContain(bars.at(-1))
    expect(fullTimeSlide(groups, source)!.chart?.bars.map((b) => b.id)).toEqual(
      ends.map((r) => r.id),
    )
  })

  it('gives no bars for no rows', () => {
    expect(fullTimeEnds([])).toEqual({ bars: [], ends: [] })
  })
})
