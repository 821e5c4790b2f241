import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  decimalsOf,
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPoints,
  formatShare,
  typeset,
} from '@/metrics/format'
import { formatKeyFigure } from '@/metrics/key-figures'

// Intl writes a no-break space; compare with plain spaces for readability.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('nb-NO formatting', () => {
  it.each([
    [formatInteger(54_105), '54 105'],
    [formatInteger(148_820.4), '148 820'],
    [formatInteger(999), '999'],
    [formatShare(50_095 / 63_251), '79,2 %'],
    [formatShare(0.0238), '2,4 %'],
    [formatShare(0.984, 0), '98 %'],
    [formatPercent(2.4), '2,4 %'],
    [formatDecimal(8.7, 1), '8,7'],
    [formatPoints(4.5), '+4,5 prosentpoeng'],
    [formatPoints(0), '0,0 prosentpoeng'],
    [
      formatKeyFigure({ id: 'a', value: 55_000, unit: 'arsverk', qualifier: 'om lag' }),
      'om lag 55 000 årsverk',
    ],
    [
      formatKeyFigure({ id: 'b', value: 1.2, unit: 'mrd-kr', qualifier: 'om lag' }),
      'om lag 1,2 mrd. kr',
    ],
    [formatKeyFigure({ id: 'c', value: 8.7, unit: 'prosent', qualifier: null }), '8,7 %'],
  ])('%s is %s', (actual, expected) => {
    expect(plain(actual)).toBe(expected)
  })

  it('never breaks a number across lines', () => {
    expect(formatInteger(54_105)).not.toContain(' ')
    expect(formatShare(0.792)).not.toContain(' ')
  })

  it('negative numbers use the minus sign', () => {
    expect(plain(formatInteger(-1234))).toBe('−1 234')
  })

  it.each([[null], [Number.NaN], [Number.POSITIVE_INFINITY]])('%s is shown as a dash', (value) => {
    expect(formatInteger(value)).toBe('–')
    expect(formatShare(value)).toBe('–')
  })

  it('counts the decimals a source used', () => {
    expect(decimalsOf(8.7)).toBe(1)
    expect(decimalsOf(55_000)).toBe(0)
  })
})

describe('the hand-written formatter writes what Intl.NumberFormat writes for nb-NO', () => {
  const intl = (decimals: number) =>
    new Intl.NumberFormat('nb-NO', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    })

  it('for any number a figure on the page can take, with 0 to 3 decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
          fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 200),
        ),
        fc.integer({ min: 0, max: 3 }),
        (value, decimals) => {
          expect(formatDecimal(value, decimals)).toBe(intl(decimals).format(value))
        },
      ),
      { numRuns: 5000 },
    )
  })

  it.each([
    [0.125, 2],
    [1.005, 2],
    [2.5, 0],
    [-2.5, 0],
    [-0.04, 1],
    [-0, 0],
    [999.95, 1],
    [9999.5, 0],
    [54_105, 0],
    [1088, 0],
  ])('%s with %i decimals', (value, decimals) => {
    expect(formatDecimal(value, decimals)).toBe(intl(decimals).format(value))
  })

  it('whole numbers as formatInteger rounds them', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (value) => {
        expect(formatInteger(value)).toBe(intl(0).format(Math.round(value)))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('typeset', () => {
  it('keeps dates and spans of years on one line', () => {
    expect(typeset('1. januar 2009–2026')).toBe('1.\u00a0januar 2009\u2060–\u20602026')
    expect(typeset('4. kvartal 2023')).toBe('4.\u00a0kvartal 2023')
    expect(typeset('Brukere 2009 og 2021')).toBe('Brukere 2009 og 2021')
  })
})
