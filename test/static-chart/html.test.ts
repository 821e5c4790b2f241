import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { within } from '@testing-library/dom'
import { describe, expect, it } from 'vitest'
import { ARSVERK_EMBED_LEGEND, FULL_TIME_SERIES, lineStyle } from '@/components/chart-config'
import { HatchPattern } from '@/components/chart-parts'
import { Legend } from '@/components/legend'
import { barChartSvg, hatchPattern, type BarChartSpec } from '@/static-chart/bar-chart'
import type { ChartEmbed } from '@/static-chart/charts'
import { embedBody, legendHtml } from '@/static-chart/html'

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
  ticks: [0, 20, 40],
  formatTick: String,
  valueLabel: { series: 'b', color: 'var(--series-2)', format: (v) => `${v} mangler` },
  height: 146,
}

const embed: ChartEmbed = {
  section: 'arsverk',
  title: 'Flest mangler blant de første',
  subtitle: 'Årsverk 2021.',
  summary: 'Oppsummering.',
  legend: ARSVERK_EMBED_LEGEND,
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
  it('draws each row’s bars in order, stacked, with the value at the end', () => {
    const box = dom(barChartSvg(spec).svg)
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
    expect([...box.querySelectorAll('.sc-tick text')].map((t) => t.textContent)).toEqual([
      '0',
      '20',
      '40',
    ])
  })

  it('at a fixed width, draws in pixels and leaves out tick labels that do not fit', () => {
    const wide = dom(barChartSvg(spec, { width: 618 }).svg)
    expect(wide.querySelector('rect.sc-bar')?.getAttribute('width')).toBe('300')
    const many = {
      ...spec,
      ticks: [0, 5, 10, 15, 20, 25, 30, 35, 40],
      formatTick: (v: number) => `${v} 000 000`,
    }
    const narrow = dom(barChartSvg(many, { width: 300 }).svg)
    expect(narrow.querySelectorAll('.sc-tick').length).toBeLessThan(9)
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
    ['the årsverk embed', ARSVERK_EMBED_LEGEND],
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
