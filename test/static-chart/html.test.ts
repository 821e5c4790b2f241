import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { within } from '@testing-library/dom'
import { describe, expect, it } from 'vitest'
import { arsverkLegend, FULL_TIME_SERIES, lineStyle } from '@/components/charts/chart-config'
import { barChartHeight, barRows, LABELS_ABOVE_BELOW_PX } from '@/components/charts/chart-layout'
import { HatchPattern } from '@/components/charts/chart-parts'
import { Legend } from '@/components/charts/legend'
import { barChartSvg, hatchPattern, type BarChartSpec } from '@/static-chart/bar-chart'
import type { ChartEmbed } from '@/static-chart/charts'
import { chartMarkup, embedBody, legendHtml, NARROW_LAYOUT, WIDE_LAYOUT } from '@/static-chart/html'

const spec: BarChartSpec = {
  id: 't',
  layout: 'stacked',
  series: [
    { id: 'a', label: 'A', color: 'var(--series-1)', hatched: false },
    { id: 'b', label: 'B', color: 'var(--series-2)', hatched: true },
  ],
  rows: [
    { id: 'r1', label: 'Første', values: { a: 30, b: 10 }, tooltip: 'Første: 30 og 10' },
    { id: 'r2', label: 'Andre', values: { a: 10, b: 5 }, tooltip: 'Andre' },
  ],
  domainMax: 40,
  ticks: (layout) => (layout.labelsAbove ? [0, 40] : [0, 20, 40]),
  formatTick: String,
  valueLabel: { series: 'b', color: 'var(--series-2)', format: (v) => `${v} mangler` },
}

const embed: ChartEmbed = {
  section: 'arsverk',
  title: 'Flest mangler blant de første',
  subtitle: 'De to gruppene der flest årsverk mangler, 2021',
  summary: 'Oppsummering.',
  legend: arsverkLegend('antall'),
  chart: { kind: 'bars', spec },
  empty: null,
  table: {
    label: 'Tabell',
    caption: 'Tallene',
    head: ['Gruppe', 'Mangler'],
    sorted: { index: 1, desc: true },
    rows: [{ header: 'Første', cells: ['10'] }],
  },
  sources: [{ label: 'Planen', anchor: 'kilde-arsverk', url: 'https://www.regjeringen.no/x' }],
}

function dom(html: string) {
  const box = document.createElement('div')
  box.innerHTML = html
  document.body.replaceChildren(box)
  return box
}

describe('the static bar chart', () => {
  it('on a wide plot: names on the axis, each row’s bars in order, stacked, the value at the end', () => {
    const drawn = barChartSvg(spec, WIDE_LAYOUT)
    const box = dom(drawn.svg)
    const rows = [...box.querySelectorAll('.sc-row')]
    expect(rows.map((r) => r.getAttribute('data-label'))).toEqual(['Første', 'Andre'])
    const [a, b] = [...rows[0]!.querySelectorAll('rect.sc-bar')]
    // Fluid: percentages of the plot's width; the second part starts where the first ends.
    expect(a?.getAttribute('width')).toBe('75%')
    expect(b?.getAttribute('x')).toBe('75%')
    expect(b?.getAttribute('width')).toBe('25%')
    expect(b?.getAttribute('fill')).toBe('url(#t-hatch-b)')
    expect(rows[0]!.querySelector('.sc-value')?.textContent).toBe('10 mangler')
    expect(rows[0]!.querySelector('title')?.textContent).toBe('Første: 30 og 10')
    // The name on the category axis, left of the plot, ending at its tick.
    const name = rows[0]!.querySelector('.sc-category')
    expect(name?.getAttribute('text-anchor')).toBe('end')
    expect(box.querySelector('.sc-category--above')).toBeNull()
    expect([...box.querySelectorAll('.sc-tick text')].map((t) => t.textContent)).toEqual([
      '0',
      '20',
      '40',
    ])
    // The page's geometry: its height, its bar thickness, its margins and category axis.
    expect(drawn.height).toBe(barChartHeight(WIDE_LAYOUT, 2))
    expect(a?.getAttribute('height')).toBe(String(barRows(WIDE_LAYOUT).bar))
    expect([drawn.left, drawn.right]).toEqual([4 + 176, 65])
  })

  it('on a narrow plot: each name on its own line above its bars, no category axis, fewer ticks', () => {
    const drawn = barChartSvg(spec, NARROW_LAYOUT)
    const box = dom(drawn.svg)
    const names = [...box.querySelectorAll('.sc-category--above')]
    expect(names.map((n) => n.textContent)).toEqual(['Første', 'Andre'])
    const bar = box.querySelector('rect.sc-bar')
    // Where the bars start, on the line above the first bar: its top less 0.45 em.
    expect(names[0]?.getAttribute('x')).toBe('0%')
    expect(Number(names[0]?.getAttribute('y'))).toBeCloseTo(
      Number(bar?.getAttribute('y')) - 13 * 0.45,
      1,
    )
    expect(names[0]?.getAttribute('font-weight')).toBe('600')
    expect([...box.querySelectorAll('.sc-tick text')].map((t) => t.textContent)).toEqual([
      '0',
      '40',
    ])
    expect(drawn.height).toBe(barChartHeight(NARROW_LAYOUT, 2))
    expect([drawn.left, drawn.right]).toEqual([18, 65])
  })

  it('embedded, is drawn both ways, and the chart’s width at the page’s breakpoint shows one', () => {
    const { html, css } = chartMarkup(embed)
    const box = dom(html)
    expect(box.querySelectorAll('svg.sc-svg')).toHaveLength(2)
    expect(box.querySelectorAll('.sc-plot--narrow .sc-category--above')).toHaveLength(2)
    expect(box.querySelectorAll('.sc-plot--wide .sc-category--above')).toHaveLength(0)
    // Each drawing's own pattern ids.
    const ids = [...box.querySelectorAll('pattern')].map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(css).toContain(
      `@container (width < ${LABELS_ABOVE_BELOW_PX}px) {.sc-arsverk .sc-plot--wide{display:none}}`,
    )
    expect(css).toContain(
      `@container (width >= ${LABELS_ABOVE_BELOW_PX}px) {.sc-arsverk .sc-plot--narrow{display:none}}`,
    )
    expect(css).toContain('.sc-arsverk-narrow{padding:0 65px 0 18px}')
    expect(css).toContain('.sc-arsverk-wide{padding:0 65px 0 180px}')
  })

  it('at a fixed width, draws in pixels', () => {
    const wide = dom(barChartSvg(spec, WIDE_LAYOUT, { width: 618 }).svg)
    // The plot: 618 px less the category axis and margins (180) and the right margin (65).
    expect(wide.querySelector('rect.sc-bar')?.getAttribute('width')).toBe(String(0.75 * 373))
    expect(wide.querySelectorAll('.sc-tick')).toHaveLength(3)
  })

  it('stripes a series as the page’s HatchPattern does', () => {
    const react = renderToStaticMarkup(
      createElement(HatchPattern, { id: 'p', color: 'var(--series-2)' }),
    )
    const box = (markup: string) => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
      svg.innerHTML = markup
      return svg.innerHTML
    }
    expect(box(hatchPattern('p', 'var(--series-2)'))).toBe(box(react))
  })
})

describe('the static legend', () => {
  it.each([
    ['the årsverk chart', arsverkLegend('antall')],
    ['the årsverk chart in shares', arsverkLegend('andel')],
    ['the full-time chart', [FULL_TIME_SERIES.percent2016, FULL_TIME_SERIES.percent2023]],
    ['lines', [{ label: 'L', color: lineStyle(1).color, mark: 'dashed' as const }]],
  ])('is the page’s <Legend> for %s', (_name, items) => {
    const normal = (html: string) => dom(html).innerHTML
    expect(normal(legendHtml(items))).toBe(
      normal(renderToStaticMarkup(createElement(Legend, { items }))),
    )
  })
})

describe('the embed’s content', () => {
  it('has the finding as a heading, the summary, the chart, the table, the source and the link', () => {
    const box = dom(embedBody(embed, { withTable: true, fullPage: '../../?grupper=a' }).html)
    const page = within(box)
    expect(page.getByRole('heading', { level: 3 }).textContent).toBe(embed.title)
    expect(page.getByRole('figure', { name: embed.title })).toBeInTheDocument()
    expect(page.getByText(/Oppsummering\./)).toBeInTheDocument()
    expect(page.getByRole('table', { name: 'Tallene' })).toBeInTheDocument()
    expect(page.getByRole('columnheader', { name: 'Mangler' })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    expect(box.querySelector('details > summary')?.textContent).toBe('Vis tallene som tabell')
    expect(page.getByRole('link', { name: /^Planen/ })).toHaveAttribute(
      'href',
      '../../?grupper=a#kilde-arsverk',
    )
    expect(page.getByRole('link', { name: /regjeringen\.no/ })).toHaveAttribute(
      'href',
      'https://www.regjeringen.no/x',
    )
    const open = page.getByRole('link', { name: /Se alle tall i Heltid i tall/ })
    expect(open).toHaveAttribute('href', '../../?grupper=a#arsverk')
    expect(open).toHaveAttribute('target', '_blank')
  })

  it('without the table part, keeps the table for screen readers only', () => {
    const box = dom(embedBody(embed, { withTable: false, fullPage: '../../' }).html)
    expect(box.querySelector('details')).toBeNull()
    expect(box.querySelector('.visually-hidden table')).not.toBeNull()
  })

  it('writes text as text', () => {
    const hostile = { ...embed, title: '<img src=x onerror=alert(1)>' }
    const box = dom(embedBody(hostile, { withTable: false, fullPage: '../../' }).html)
    expect(box.querySelector('img')).toBeNull()
    expect(within(box).getByRole('heading', { level: 3 }).textContent).toBe(hostile.title)
  })
})
