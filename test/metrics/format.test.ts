import { describe, expect, it } from 'vitest'
import {
  decimalsOf,
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPoints,
  formatShare,
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
