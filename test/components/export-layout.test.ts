import { describe, expect, it } from 'vitest'
import {
  EXPORT_SIZES,
  exportLayout,
  legendItemWidth,
  wrapLines,
} from '@/components/charts/export-layout'

const spec = {
  title: 'Heltid for alle tilsvarer om lag 90 % av SSBs anslåtte årsverksvekst til 2035',
  subtitle: 'Årsverk som manglet til heltid, per utdanningsgruppe, 2021',
  legend: [
    { label: 'Årsverk', color: 'var(--series-1)', mark: 'solid' as const },
    { label: 'Årsverk som mangler til heltid', color: 'var(--series-2)', mark: 'hatched' as const },
  ],
  source: 'Opptrappingsplan for heltid og god bemanning i omsorgstjenesten, tabell 5.1',
  link: 'https://example.org/heltid-i-tall/?seksjon=arsverk',
}

describe('wrapLines', () => {
  it('breaks between words and keeps every word', () => {
    const lines = wrapLines('Få helsefagarbeidere har heltid i omsorgstjenesten', 20)
    expect(lines.every((l) => l.length <= 20)).toBe(true)
    expect(lines.join(' ')).toBe('Få helsefagarbeidere har heltid i omsorgstjenesten')
  })

  it('cuts a word longer than a line (an address) rather than overflow', () => {
    expect(wrapLines('https://example.org/a/very/long/path', 10)).toEqual([
      'https://ex',
      'ample.org/',
      'a/very/lon',
      'g/path',
    ])
  })
})

describe('exportLayout', () => {
  it('keeps every text of the 4:5 feed image at 32 px or more, as the feed preset promises', () => {
    const m = EXPORT_SIZES.sosial
    for (const size of [m.title, m.subtitle, m.legend, m.chart.font]) {
      expect(size).toBeGreaterThanOrEqual(32)
    }
    expect([m.width, m.height]).toEqual([1080, 1350])
  })

  it('ends with the source and the address of the view', () => {
    const plan = exportLayout(spec, EXPORT_SIZES.standard)
    const footer = plan.footerLines.join(' ')
    expect(footer).toMatch(/^Kilde: Opptrappingsplan/)
    expect(footer).toContain('Se alle tall: https://example.org/')
  })

  it('wraps the legend into rows that fit inside the margins', () => {
    const legend = [...spec.legend, ...spec.legend, ...spec.legend]
    for (const m of Object.values(EXPORT_SIZES)) {
      const plan = exportLayout({ ...spec, legend }, m)
      expect(plan.legendRows.flat()).toHaveLength(legend.length)
      expect(plan.legendRows.length).toBeGreaterThan(1)
      for (const row of plan.legendRows) {
        const width = row.reduce((sum, item) => sum + legendItemWidth(item, m), 0)
        expect(width).toBeLessThanOrEqual(m.width - 2 * m.pad)
      }
    }
  })

  it('puts the chart lower for a longer title', () => {
    const m = EXPORT_SIZES.lysbilde
    const short = exportLayout({ ...spec, title: 'Kort tittel' }, m)
    const long = exportLayout(spec, m)
    expect(long.titleLines.length).toBeGreaterThan(short.titleLines.length)
    expect(long.chartTop).toBeGreaterThan(short.chartTop)
  })
})
