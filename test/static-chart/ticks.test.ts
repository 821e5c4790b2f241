import { describe, expect, it } from 'vitest'
import { shownTicks, shownTicksStartEnd, tickCss, tickRanges } from '@/static-chart/ticks'

describe('shownTicks: which labels fit, from the last back', () => {
  it('shows every label with room between them', () => {
    expect(shownTicks([0, 100, 200], [20, 20, 20], -50, 250)).toEqual([true, true, true])
  })

  it('hides a label that would touch the one after it (a 5 px gap)', () => {
    expect(shownTicks([0, 24, 48], [20, 20, 20], -50, 250)).toEqual([true, false, true])
  })

  it('hides a label that would reach past the chart’s start', () => {
    expect(shownTicks([5, 100], [20, 20], 0, 200)).toEqual([false, true])
  })
})

describe('shownTicksStartEnd: Recharts’ preserveStartEnd', () => {
  it('keeps the first and the last, and between them those with room', () => {
    expect(shownTicksStartEnd([10, 30, 50, 70, 90], [30, 30, 30, 30, 30], 0, 100)).toEqual([
      true,
      false,
      true,
      false,
      true,
    ])
  })

  it('moves the last label in from the edge rather than drop it', () => {
    expect(shownTicksStartEnd([20, 100], [30, 30], 0, 100)).toEqual([true, true])
  })
})

describe('tickRanges and tickCss: labels hidden by chart width', () => {
  const labels = ['2009', '2011', '2013', '2015', '2017', '2019', '2021']
  const ranges = tickRanges({
    count: labels.length,
    labels,
    fontSize: 13,
    coordinate: (i, width) => 92 + (i / 6) * (width - 92 - 73),
    // As the users chart: every year on a wide plot, preserveStartEnd on a narrow one.
    interval: (width) => (width < 520 ? 'preserveStartEnd' : 'all'),
  })

  it('a narrow chart hides some labels, keeping both ends; a wide one none', () => {
    expect(ranges.length).toBeGreaterThan(0)
    const at = (width: number) =>
      ranges.find((r) => r.from <= width && (r.to === null || width < r.to))?.hidden ?? []
    expect(at(375).length).toBeGreaterThan(0)
    expect(at(375)).not.toContain(0)
    expect(at(375)).not.toContain(6)
    expect(at(520)).toEqual([])
    expect(at(1200)).toEqual([])
  })

  it('writes a container query for each range', () => {
    const css = tickCss([{ from: 300, to: 400, hidden: [1, 3] }], 'sc-x', 'x-tick')
    expect(css).toBe(
      '@container (width >= 300px) and (width < 400px) {.sc-x .x-tick-1,.sc-x .x-tick-3{display:none}}',
    )
  })
})
