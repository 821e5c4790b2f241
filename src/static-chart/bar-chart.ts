import {
  barChartHeight,
  barRows,
  categoryWidth,
  horizontalBars,
  nameAboveY,
  valueAxisHeight,
  type ChartLayout,
} from '@/components/charts/chart-layout'
import { attrs, escapeXml, fixedHorizontal, fluidHorizontal, num, type Horizontal } from './markup'
import { wrapWords } from './text-width'

/**
 * Horizontal bar charts as SVG text, drawn as the page's Recharts bar charts are
 * (components/arsverk-chart.tsx, full-time-chart.tsx with chart-parts.tsx) for a layout:
 * with the names on a category axis (a wide plot), or each name on its own line above
 * its bars (a narrow plot, `layout.labelsAbove`). Margins, row height, bar thickness,
 * ticks and the rest come from the same pure functions (components/charts/chart-layout.ts), so
 * the static chart and the page's chart look alike. Pure: a spec and a layout in, markup out.
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
  /** The name on the axis or above the bars (the short name). */
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
  /**
   * In drawing order: bottom of the stack first, or top bar of the group first. With the
   * names above the bars, a row's name stands over the first series' bar.
   */
  series: readonly BarSeries[]
  rows: readonly BarRow[]
  domainMax: number
  /** The value axis' ticks for a layout (fewer on a narrow plot). */
  ticks: (layout: ChartLayout) => readonly number[]
  formatTick: (value: number) => string
  /** The figure written at the end of each row's bar of this series (or of the stack). */
  valueLabel: { series: string; color: string; format: (value: number) => string }
}

/** The chart's height in px for a layout (its own, or rows × row height + the axis). */
export const barSpecHeight = (spec: BarChartSpec, layout: ChartLayout) =>
  layout.height ??
  barChartHeight(layout, spec.rows.length, spec.layout === 'stacked' ? 1 : spec.series.length)

/** Recharts' own settings that the page's charts leave as they are. */
export const RECHARTS = {
  tickSize: 6,
  tickMargin: 2,
  /** Recharts measures category labels in the page's own font size, not the tick's. */
  measureSize: 16,
  /** A LabelList's distance from the end of its bar. */
  valueOffset: 5,
  /** Gap between the category axis' tick text and its width (categoryAxis: width − 8). */
  categoryPadding: 8,
} as const

/** Where a bar chart's plot lies in its box, for a layout: the px left and right of it. */
export function barPlotInsets(layout: ChartLayout) {
  const { margin } = horizontalBars(layout)
  return {
    left: margin.left + (layout.labelsAbove ? 0 : categoryWidth(layout)),
    right: margin.right,
  }
}

export interface RenderedChart {
  /** The <svg> element. */
  svg: string
  /** Rules the chart needs beside it (which tick labels a narrow chart hides). */
  css: string
  /** The drawing's height in px. */
  height: number
  /** The px between the chart's box and its plot, left and right (a fluid chart's padding). */
  left: number
  right: number
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

export interface DrawOptions {
  /** A fixed chart width in px (for an image); without it the chart is fluid. */
  width?: number | undefined
  colorOf?: ColorOf | undefined
  fontFamily?: string | undefined
  /** Tells two drawings of one chart on a page apart (their pattern ids). */
  variant?: string | undefined
}

/**
 * The chart as SVG for a layout. Without `width` the chart is fluid and fills its box
 * (see markup.ts): the box's padding must be `left` and `right` of the result.
 */
export function barChartSvg(
  spec: BarChartSpec,
  layout: ChartLayout,
  options: DrawOptions = {},
): RenderedChart {
  const color = options.colorOf ?? asIs
  const font = layout.font
  const barsPerRow = spec.layout === 'stacked' ? 1 : spec.series.length
  const height = barSpecHeight(spec, layout)
  const sized = { ...layout, height }
  const { margin } = horizontalBars(sized)
  const { left, right } = barPlotInsets(sized)
  const h: Horizontal =
    options.width === undefined ? fluidHorizontal() : fixedHorizontal(options.width - left - right)
  const plotTop = margin.top
  const plotBottom = height - margin.bottom - valueAxisHeight(sized)
  const band = spec.rows.length > 0 ? (plotBottom - plotTop) / spec.rows.length : 0
  // As Recharts places bars of a given size: centred in the band, whole px from its top.
  const { bar: size, gap } = barRows(sized, barsPerRow, spec.rows.length)
  const barGap = barsPerRow > 1 ? gap : 0
  const offset = Math.round((band - (barsPerRow * size + (barsPerRow - 1) * barGap)) / 2)
  const f = (value: number) => (spec.domainMax > 0 ? Math.max(0, value) / spec.domainMax : 0)
  const ticks = spec.ticks(sized)
  const muted = color('var(--muted)')
  const text = color('var(--text)')
  const key = options.variant ? `${spec.id}-${options.variant}` : spec.id
  const { tickSize, tickMargin } = RECHARTS

  const defs = spec.series
    .filter((s) => s.hatched)
    .map((s) => hatchPattern(`${key}-hatch-${s.id}`, color(s.color), color('var(--bg)')))
    .join('')
  const fillOf = (s: BarSeries) => (s.hatched ? `url(#${key}-hatch-${s.id})` : color(s.color))

  // As Recharts draws the grid: a line at each tick (every tick label shows), and at the
  // plot's far edge.
  const gridLine = (x: string) =>
    `<line${attrs({ x1: x, x2: x, y1: plotTop, y2: plotBottom, stroke: color('var(--border)') })}></line>`
  const grid = ticks.map((t) => gridLine(h.x(f(t)))).join('') + gridLine(h.x(1))

  const valueText = (x: string, y: number, value: number) =>
    `<text${attrs({ class: 'sc-value', x, dx: RECHARTS.valueOffset, y, dy: '0.355em', 'font-size': font, 'font-weight': 700, fill: color(spec.valueLabel.color) })}>${escapeXml(spec.valueLabel.format(value))}</text>`

  const rows = spec.rows
    .map((row, i) => {
      const top = plotTop + i * band
      const centre = top + band / 2
      const rects: string[] = []
      let labelAt = 0
      let start = 0
      spec.series.forEach((s, k) => {
        const value = row.values[s.id] ?? 0
        const y = spec.layout === 'stacked' ? top + offset : top + offset + k * (size + barGap)
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
          rects.push(valueText(h.x(to), y + size / 2, value))
        }
      })
      if (spec.layout === 'stacked') {
        rects.push(
          valueText(h.x(labelAt), top + offset + size / 2, row.values[spec.valueLabel.series] ?? 0),
        )
      }
      let name: string
      if (layout.labelsAbove) {
        // On the line above the row's first bar, where the bars start (NameAbove).
        name = `<text${attrs({ class: 'sc-category sc-category--above', x: h.x(0), y: nameAboveY(top + offset, font), 'font-size': font, 'font-weight': 600, fill: text })}>${escapeXml(row.label)}</text>`
      } else {
        const x = -(tickSize + tickMargin)
        const lines = wrapWords(
          row.label,
          categoryWidth(sized) - RECHARTS.categoryPadding,
          RECHARTS.measureSize,
        )
        const label = `<text${attrs({ class: 'sc-category', x, y: centre, 'text-anchor': 'end', fill: text, 'font-size': font })}>${lines
          .map(
            (line, n) =>
              `<tspan${attrs({ x, dy: n === 0 ? `${num(-((lines.length - 1) / 2) + 0.355)}em` : '1em' })}>${escapeXml(line)}</tspan>`,
          )
          .join('')}</text>`
        const tick = `<line${attrs({ x1: -tickSize, x2: 0, y1: centre, y2: centre, stroke: muted })}></line>`
        name = tick + label
      }
      return `<g class="sc-row" data-label="${escapeXml(row.label)}"><title>${escapeXml(row.tooltip)}</title>${name}${rects.join('')}</g>`
    })
    .join('')

  const axis = [
    `<line${attrs({ x1: 0, x2: h.x(1), y1: plotBottom, y2: plotBottom, stroke: muted })}></line>`,
    // The category axis' line, where it shows.
    layout.labelsAbove
      ? ''
      : `<line${attrs({ x1: 0, x2: 0, y1: plotTop, y2: plotBottom, stroke: muted })}></line>`,
    ...ticks.map(
      (t) =>
        `<g class="sc-tick"><line${attrs({ x1: h.x(f(t)), x2: h.x(f(t)), y1: plotBottom, y2: plotBottom + tickSize, stroke: muted })}></line><text${attrs({ x: h.x(f(t)), y: plotBottom + tickSize + tickMargin, dy: '0.71em', 'text-anchor': 'middle', fill: muted, 'font-size': font })}>${escapeXml(spec.formatTick(t))}</text></g>`,
    ),
  ].join('')

  const body = `<defs>${defs}</defs><g class="sc-grid">${grid}</g><g class="sc-rows">${rows}</g><g class="sc-axis">${axis}</g>`
  const family = options.fontFamily ? { 'font-family': options.fontFamily } : {}
  const svg = h.fluid
    ? `<svg${attrs({ class: 'sc-svg', width: '100%', height, overflow: 'visible', 'aria-hidden': 'true', focusable: 'false', ...family })}>${body}</svg>`
    : `<svg${attrs({ width: options.width, height, ...family })}><g transform="translate(${left},0)">${body}</g></svg>`
  return { svg, css: '', height, left, right }
}
