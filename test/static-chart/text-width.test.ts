import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { advanceWidths } from '../../build/font-metrics'
import { ADVANCES, textWidth, wrapWords } from '@/static-chart/text-width'

const font = (file: string) => advanceWidths(readFileSync(resolve('build/fonts', file)))

describe('text widths', () => {
  it.each([
    ['book', 'DejaVuSans.subset.ttf'],
    ['bold', 'DejaVuSans-Bold.subset.ttf'],
  ] as const)('the %s table is the shipped font’s own advances', (weight, file) => {
    const widths = font(file)
    const off = [...ADVANCES].filter(
      ([c, a]) => Math.abs((widths.get(c) ?? Number.NaN) - a[weight]) > 0.0006,
    )
    expect(off.map(([c]) => c)).toEqual([])
  })

  it('adds the advances of each character at the font size', () => {
    // DejaVu Sans: «0» is 0.636 em, the no-break space 0.318 em.
    expect(textWidth('00', 10)).toBeCloseTo(12.72, 5)
    expect(textWidth('0\u00a00', 10)).toBeCloseTo(15.9, 5)
    expect(textWidth('M', 10, true)).toBeGreaterThan(textWidth('M', 10))
  })

  it('counts a character it does not know as wide, never as nothing', () => {
    expect(textWidth('中', 10)).toBeCloseTo(textWidth('M', 10), 5)
  })
})

describe('wrapping a category label as the page’s charts do', () => {
  it.each([
    [
      'Pleieassistent uten helse- og sosialfaglig utdanning',
      ['Pleieassistent', 'uten helse- og', 'sosialfaglig', 'utdanning'],
    ],
    ['Pleieassistent med annen helseutdanning', ['Pleieassistent', 'med annen', 'helseutdanning']],
    ['Helsefagarbeidere', ['Helsefagarbeidere']],
  ])('%s', (label, lines) => {
    // 142 px wide, measured at 16 px: what Recharts did with these labels in Chromium.
    expect(wrapWords(label, 142, 16)).toEqual(lines)
  })

  it('keeps a word wider than the line whole, on its own line', () => {
    expect(wrapWords('a Omsorgsarbeiderutdanningen b', 60, 16)).toEqual([
      'a',
      'Omsorgsarbeiderutdanningen',
      'b',
    ])
  })
})
