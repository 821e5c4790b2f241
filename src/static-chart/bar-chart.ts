import { attrs, escapeXml, fixedHorizontal, fluidHorizontal, num, type Horizontal } from './markup'
import { tickCss, tickRanges } from './ticks'
import { wrapWords } from './text-width'

/**
 * Horizontal bar charts as SVG text, drawn as the page's Recharts bar charts are
 * (components/arsverk-chart.tsx, full-time-chart.tsx with chart-parts.tsx): the same
 * margins, category column, bar thickness, axis, grid and value labels, so the static
 * chart and the page's chart look alike. Pure: a spec in, markup out.
 */

export interface BarSeries {
  id: string
  label: string
  /** CSS colour, e.g. "var(--series-1)". */
  color: string
  /** Drawn with diagonal stripes over the colour (the second signal besides colour). */
  hatched: boolean
}

export interface BarRow {
  id: string
  label: string
  /** A value per series id, in the axis' unit. */
  values: Record<string, number>
  /** The text a pointer over the row shows (a native tooltip). */
  tooltip: string
}

export interface BarChartSpec {
  /** An id unique on the page, for the SVG's own ids and classes. */
  id: string
  /** `stacked`: the series end to end in one bar; `grouped`: one bar per series. */
  layout: 'stacked' | 'grouped'
  /** In drawing order: bottom of the stack first, or top bar of the group first. */
  series: readonly BarSeries[]
  rows: readonly BarRow[]
  domainMax: number
  ticks: readonly number[]
  formatTick: (value: number) => string
  /** The figure written at the end of each row's bar of this series (or of the stack). */
  valueLabel: { series: string; color: string; format: (value: number) => string }
  /** The chart's height in px: rows × row height + the axis. */
  height: number
}

/** Recharts' layout of these charts (chart-parts.tsx: HORIZONTAL_BARS, CATEGORY_AXIS). */
export const BAR_LAYOUT = {
  top: 4,
  bottom: 4,
  /** The chart's left margin and the category axis' width: the plot starts here. */
  left: 4 + 150,
  right: 64,
  axisHeight: 30,
  categoryGap: 8,
  groupGap: 2,
  tickSize: 6,
  tickMargin: 2,
  labelWidth: 142,
  fontSize: 13,
  /** Recharts measures category labels in the page's own font size, not the tick's. */
  measureSize: 16,
  valueOffset: 5,
} as const

export interface RenderedChart {
  /** The <svg> element. */
  svg: string
  /** Rules the chart needs beside it (which tick labels a narrow chart hides). */
  css: string
}

/**
 * Stripes over a colour, as the page's HatchPattern draws them (a unit test holds the
 * two equal): an 8 px tile turned 45°, a 3 px line in the background colour.
 */
export function hatchPattern(id: string, color: string, background = 'var(--bg)'): string {
  return `<pattern${attrs({ id, patternUnits: 'userSpaceOnUse', width: 8, height: 8, patternTransform: 'rotate(45)' })}><rect${attrs({ width: 8, height: 8, fill: color })}></rect><line${attrs({ x1: 0, y1: 0, x2: 0, y2: 8, stroke: background, 'stroke-width': 3 })}></line></pattern>`
}

/** Colours as written (CSS variables) or resolved (for an image renderer without CSS). */
export type ColorOf = (color: string) => string
const asIs: ColorOf = (c) => c

/**
 * The chart as SVG. `width`: a fixed chart width in px (for an image); without it the
 * chart is fluid and fills its box (see markup.ts), and `css` hides the tick labels that
 * a chart of that width cannot fit, as Recharts would.
 */
export function barChartSvg(
  spec: BarChartSpec,
  options: { width?: number; colorOf?: ColorOf; fontFamily?: string } = {},
): RenderedChart {
  const L = BAR_LAYOUT
  const color = options.colorOf ?? asIs
  const h: Horizontal =
    options.width === undefined
      ? fluidHorizontal()
      : fixedHorizontal(options.width - L.left - L.right)
  const plotTop = L.top
  const plotBottom = spec.height - L.bottom - L.axisHeight
  const band = spec.rows.length > 0 ? (plotBottom - plotTop) / spec.rows.length : 0
  const bars = spec.layout === 'stacked' ? 1 : spec.series.length
  const gap = bars > 1 ? L.groupGap : 0
  let size = (band - 2 * L.categoryGap - (bars - 1) * gap) / bars
  if (size > 1) size = Math.floor(size)
  const f = (value: number) => (spec.domainMax > 0 ? Math.max(0, value) / spec.domainMax : 0)
  const muted = color('var(--muted)')
  const text = color('var(--text)')
  const tickClass = `${spec.id}-tick`

  const defs = spec.series
    .filter((s) => s.hatched)
    .map((s) => hatchPattern(`${spec.id}-hatch-${s.id}`, color(s.color), color('var(--bg)')))
    .join('')
  const fillOf = (s: BarSeries) => (s.hatched ? `url(#${spec.id}-hatch-${s.id})` : color(s.color))

  // A fixed chart knows its width: the tick labels that do not fit are left out.
  const fixedHidden =
    options.width === undefined
      ? []
      : (tickRanges(
          spec.ticks.map(f),
          spec.ticks.map(spec.formatTick),
          L.fontSize,
          L.left,
          L.right,
          options.width,
          options.width,
        )[0]?.hidden ?? [])
  // As Recharts draws the grid: a line at each tick whose label shows (so a hidden label
  // hides its line too), and at the plot's far edge.
  const gridLine = (x: string, className?: string) =>
    `<line${attrs({ class: className, x1: x, x2: x, y1: plotTop, y2: plotBottom, stroke: color('var(--border)') })}></line>`
  const grid =
    spec.ticks
      .map((t, i) => (fixedHidden.includes(i) ? '' : gridLine(h.x(f(t)), `${tickClass}-${i}`)))
      .join('') + gridLine(h.x(1))

  const rows = spec.rows
    .map((row, i) => {
      const top = plotTop + i * band
      const centre = top + band / 2
      const rects: string[] = []
      let labelAt = 0
      let start = 0
      spec.series.forEach((s, k) => {
        const value = row.values[s.id] ?? 0
        const y =
          spec.layout === 'stacked' ? top + L.categoryGap : top + L.categoryGap + k * (size + gap)
        const from = spec.layout === 'stacked' ? start : 0
        const to = from + f(value)
        if (spec.layout === 'stacked') start = to
        rects.push(
          `<rect${attrs({
            class: 'sc-bar',
            'data-series': s.id,
            'data-value': String(value),
            x: h.x(from),
            y,
            width: h.width(to - from),
            height: size,
            fill: fillOf(s),
            stroke: s.hatched ? color(s.color) : undefined,
          })}></rect>`,
        )
        if (s.id === spec.valueLabel.series) labelAt = to
        if (s.id === spec.valueLabel.series && spec.layout === 'grouped') {
          rects.push(valueText(h.x(to), y + size / 2, row.values[s.id] ?? 0))
        }
      })
      if (spec.layout === 'stacked') {
        rects.push(
          valueText(
            h.x(labelAt),
            top + L.categoryGap + size / 2,
            row.values[spec.valueLabel.series] ?? 0,
          ),
        )
      }
      const lines = wrapWords(row.label, L.labelWidth, L.measureSize)
      const label = `<text${attrs({ class: 'sc-category', x: -(L.tickSize + L.tickMargin), y: centre, 'text-anchor': 'end', fill: text, 'font-size': L.fontSize })}>${lines
        .map(
          (line, n) =>
            `<tspan${attrs({ x: -(L.tickSize + L.tickMargin), dy: n === 0 ? `${num(-((lines.length - 1) / 2) + 0.355)}em` : '1em' })}>${escapeXml(line)}</tspan>`,
        )
        .join('')}</text>`
      const tick = `<line${attrs({ x1: -L.tickSize, x2: 0, y1: centre, y2: centre, stroke: muted })}></line>`
      return `<g class="sc-row" data-label="${escapeXml(row.label)}"><title>${escapeXml(row.tooltip)}</title>${tick}${label}${rects.join('')}</g>`
    })
    .join('')

  function valueText(x: string, y: number, value: number) {
    return `<text${attrs({ class: 'sc-value', x, dx: L.valueOffset, y, dy: '0.355em', 'font-size': L.fontSize, 'font-weight': 700, fill: color(spec.valueLabel.color) })}>${escapeXml(spec.valueLabel.format(value))}</text>`
  }

  const axis = [
    `<line${attrs({ x1: 0, x2: h.x(1), y1: plotBottom, y2: plotBottom, stroke: muted })}></line>`,
    `<line${attrs({ x1: 0, x2: 0, y1: plotTop, y2: plotBottom, stroke: muted })}></line>`,
    ...spec.ticks.map((t, i) =>
      fixedHidden.includes(i)
        ? ''
        : `<g class="sc-tick ${tickClass}-${i}"><line${attrs({ x1: h.x(f(t)), x2: h.x(f(t)), y1: plotBottom, y2: plotBottom + L.tickSize, stroke: muted })}></line><text${attrs({ x: h.x(f(t)), y: plotBottom + L.tickSize + L.tickMargin, dy: '0.71em', 'text-anchor': 'middle', fill: muted, 'font-size': L.fontSize })}>${escapeXml(spec.formatTick(t))}</text></g>`,
    ),
  ].join('')

  const body = `<defs>${defs}</defs><g class="sc-grid">${grid}</g><g class="sc-rows">${rows}</g><g class="sc-axis">${axis}</g>`
  const font = options.fontFamily ? { 'font-family': options.fontFamily } : {}
  const svg = h.fluid
    ? `<svg${attrs({ class: 'sc-svg', width: '100%', height: spec.height, overflow: 'visible', 'aria-hidden': 'true', focusable: 'false', ...font })}>${body}</svg>`
    : `<svg${attrs({ width: options.width, height: spec.height, ...font })}><g transform="translate(${L.left},0)">${body}</g></svg>`
  const css = h.fluid
    ? tickCss(
        tickRanges(spec.ticks.map(f), spec.ticks.map(spec.formatTick), L.fontSize, L.left, L.right),
        `sc-${spec.id}`,
        tickClass,
      )
    : ''
  return { svg, css }
}
