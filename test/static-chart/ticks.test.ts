import { describe, expect, it } from 'vitest'
import { niceTicks, shownTicks, tickCss, tickRanges } from '@/static-chart/ticks'

describe('niceTicks: a number axis from 0, as Recharts makes it', () => {
  it.each([
    [92_000, [0, 25_000, 50_000, 75_000, 100_000]],
    [81_000, [0, 25_000, 50_000, 75_000, 100_000]],
    [52.3, [0, 15, 30, 45, 60]],
    [10, [0, 3, 6, 9, 12]],
    [1, [0, 0.25, 0.5, 0.75, 1]],
    [0, [0]],
  ])('max %d → %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks)
  })
})

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

describe('tickRanges and tickCss: labels hidden by chart width', () => {
  const fractions = [0, 1 / 6, 2 / 6, 3 / 6, 4 / 6, 5 / 6, 1]
  const labels = ['0', '10 000', '20 000', '30 000', '40 000', '50 000', '60 000']
  const ranges = tickRanges(fractions, labels, 13, 154, 64)

  it('a narrow chart hides some labels; a wide one none', () => {
    expect(ranges.length).toBeGreaterThan(0)
    const at = (width: number) =>
      ranges.find((r) => r.from <= width && (r.to === null || width < r.to))?.hidden ?? []
    expect(at(375).length).toBeGreaterThan(0)
    expect(at(1200)).toEqual([])
    // The last tick always shows: it is the one the others make room for.
    expect(at(320)).not.toContain(6)
  })

  it('writes a container query for each range', () => {
    const css = tickCss([{ from: 300, to: 400, hidden: [1, 3] }], 'sc-x', 'x-tick')
    expect(css).toBe(
      '@container (width >= 300px) and (width < 400px) {.sc-x .x-tick-1,.sc-x .x-tick-3{display:none}}',
    )
  })
})
