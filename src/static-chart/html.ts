import { TABLE_FOLD } from '@/components/charts/chart-config'
import { LABELS_ABOVE_BELOW_PX, PAGE_LAYOUT, pageLayout } from '@/components/charts/chart-layout'
import { DASH, type LegendItem } from '@/components/charts/legend'
import { OPEN_FULL_LABEL } from '@/state/embed'
import { SECTIONS } from '@/state/view-state'
import { hostOf } from '@/metrics/sources'
import { barChartSvg, type RenderedChart } from './bar-chart'
import type { ChartEmbed, TableSpec } from './charts'
import { lineChartSvg } from './line-chart'
import { attrs, escapeXml as e } from './markup'

/**
 * A chart embed's content as HTML: the finding as the heading, what is shown, the legend,
 * the chart (SVG), its table, a short source and «Se alle tall i Heltid i tall», with the
 * page's own classes so the page's stylesheet dresses it as the page's chart-only embed.
 * The same text at build time (the static page) and in the browser (a link with filters).
 */

const NEW_TAB = '<span class="visually-hidden"> (åpnes i ny fane)</span>'

/** The legend as the page's <Legend> writes it (a unit test holds the two equal). */
export function legendHtml(items: readonly LegendItem[]): string {
  const swatch = (item: LegendItem) => {
    if (item.mark === 'solid') return `<rect width="28" height="14" fill="${e(item.color)}"></rect>`
    if (item.mark === 'hatched') {
      const lines = [0, 7, 14, 21, 28]
        .map(
          (x) =>
            `<line x1="${x}" y1="14" x2="${x + 7}" y2="0" stroke="var(--bg)" stroke-width="2"></line>`,
        )
        .join('')
      return `<rect width="28" height="14" fill="${e(item.color)}"></rect>${lines}<rect width="27" height="13" x="0.5" y="0.5" fill="none" stroke="${e(item.color)}"></rect>`
    }
    return `<line x1="0" y1="7" x2="28" y2="7" stroke="${e(item.color)}" stroke-width="3"${attrs({ 'stroke-dasharray': DASH[item.mark] })}></line>`
  }
  return `<ul class="legend">${items
    .map(
      (item) =>
        `<li><svg width="28" height="14" aria-hidden="true" focusable="false">${swatch(item)}</svg>${e(item.label)}</li>`,
    )
    .join('')}</ul>`
}

/** The table; in its scroll box (keyboard-scrollable, as the page's) where it is seen. */
export function tableHtml(table: TableSpec, scrollBox = true): string {
  const head = table.head
    .map((h, i) => {
      const sort =
        table.sorted?.index === i ? (table.sorted.desc ? 'descending' : 'ascending') : undefined
      return `<th${attrs({ scope: 'col', class: i > 0 ? 'numeric' : undefined, 'aria-sort': sort })}>${e(h)}</th>`
    })
    .join('')
  const row = (r: { header: string; cells: readonly string[] }) =>
    `<tr><th scope="row">${e(r.header)}</th>${r.cells.map((c) => `<td class="numeric">${e(c)}</td>`).join('')}</tr>`
  const markup = `<table class="data-table"><caption>${e(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${table.rows.map(row).join('')}</tbody>${table.foot ? `<tfoot>${row(table.foot)}</tfoot>` : ''}</table>`
  return scrollBox
    ? `<div class="table-scroll" role="region" aria-label="${e(table.label)}" tabindex="0">${markup}</div>`
    : markup
}

/** The layouts a page's chart takes: names above the bars on a narrow plot, else on an axis. */
export const NARROW_LAYOUT = pageLayout(LABELS_ABOVE_BELOW_PX - 1)
export const WIDE_LAYOUT = PAGE_LAYOUT

/** A fluid drawing in its box, whose padding puts the plot where the page's chart has it. */
function plotBox(drawn: RenderedChart, kind: string, name: string): { html: string; css: string } {
  return {
    html: `<div class="sc-plot sc-plot--${kind} ${name}">${drawn.svg}</div>`,
    css: `${drawn.css}${drawn.css ? '\n' : ''}.${name}{padding:0 ${drawn.right}px 0 ${drawn.left}px}`,
  }
}

/**
 * The chart's markup and the rules it needs, drawn fluid for the page. A bar chart is
 * drawn twice, as the page draws it on a narrow plot (each name above its bars) and on a
 * wide one (names on the axis); a container query on the chart's box shows the one for
 * its width, at the page's own breakpoint. A line chart differs only in which year labels
 * show, which its own container queries decide.
 */
export function chartMarkup(embed: ChartEmbed): { html: string; css: string } {
  if (!embed.chart) return { html: '', css: '' }
  const id = `sc-${embed.section}`
  if (embed.chart.kind === 'lines') {
    return plotBox(lineChartSvg(embed.chart.spec, WIDE_LAYOUT), 'lines', `${id}-plot`)
  }
  const spec = embed.chart.spec
  const narrow = plotBox(
    barChartSvg(spec, NARROW_LAYOUT, { variant: 'narrow' }),
    'bars sc-plot--narrow',
    `${id}-narrow`,
  )
  const wide = plotBox(
    barChartSvg(spec, WIDE_LAYOUT, { variant: 'wide' }),
    'bars sc-plot--wide',
    `${id}-wide`,
  )
  const breakpoint = `@container (width < ${LABELS_ABOVE_BELOW_PX}px) {.${id} .sc-plot--wide{display:none}}\n@container (width >= ${LABELS_ABOVE_BELOW_PX}px) {.${id} .sc-plot--narrow{display:none}}`
  return { html: narrow.html + wide.html, css: [narrow.css, wide.css, breakpoint].join('\n') }
}

export interface BodyOptions {
  /** With the table folded under the chart (del=diagram-tabell); else for screen readers only. */
  withTable: boolean
  /** The full page's address with the view's query, without fragment ("../../?grupper=a"). */
  fullPage: string
}

/** The content of <main>, and the CSS the chart needs (see chartMarkup). */
export function embedBody(embed: ChartEmbed, options: BodyOptions): { html: string; css: string } {
  const label = SECTIONS.find((s) => s.id === embed.section)?.label ?? ''
  const { html: plot, css } = chartMarkup(embed)
  const id = `sc-${embed.section}`
  const newTab = { target: '_blank', rel: 'noopener' }
  const sources = embed.sources
    .map(
      (s) =>
        `<a${attrs({ href: `${options.fullPage}#${s.anchor}`, ...newTab })}>${e(s.label)}${NEW_TAB}</a>${
          s.url
            ? ` (<a${attrs({ href: s.url, ...newTab, class: 'source-line__published' })}>${e(hostOf(s.url))}${NEW_TAB}</a>)`
            : ''
        }`,
    )
    .join('; ')
  const table = embed.table ? tableHtml(embed.table, options.withTable) : ''
  const figure = embed.chart
    ? `<figure class="chart" aria-labelledby="${id}-title"><h3 id="${id}-title" class="chart__title">${e(embed.title)}</h3><p class="chart__subtitle">${e(embed.subtitle)}</p><figcaption class="visually-hidden">${e(embed.summary)} <span class="visually-hidden">Tabellen under viser de samme tallene.</span></figcaption>${
        embed.legend ? legendHtml(embed.legend) : ''
      }<div class="chart__plot sc-chart ${id}">${plot}</div></figure>${
        table
          ? options.withTable
            ? `<details class="table-fold"><summary>${e(TABLE_FOLD)}</summary>${table}</details>`
            : `<div class="visually-hidden">${table}</div>`
          : ''
      }`
    : `<p class="empty-state" role="status">${e(embed.empty ?? '')}</p>`
  const inner = `${figure}<p class="source-line"><span class="source-line__label">Kilde: </span>${sources}.</p>`
  const content = embed.subsection ? `<div class="subsection">${inner}</div>` : inner
  const html = `<h1 class="visually-hidden">Heltid i tall</h1><section class="section" id="${embed.section}" aria-labelledby="${id}-section"><h2 id="${id}-section" class="visually-hidden">${e(label)}</h2>${content}</section><p class="open-full"><a${attrs({ href: `${options.fullPage}#${embed.section}`, ...newTab })}>${e(OPEN_FULL_LABEL)}${NEW_TAB}</a></p>`
  return { html, css }
}
