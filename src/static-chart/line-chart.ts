import {
  LABELS_ABOVE_BELOW_PX,
  lineChartFrame,
  lineEndLabelY,
  type ChartLayout,
} from '@/components/charts/chart-layout'
import { RECHARTS, type ColorOf, type DrawOptions, type RenderedChart } from './bar-chart'
import { attrs, escapeXml, fixedHorizontal, fluidHorizontal, num, type Horizontal } from './markup'
import { tickCss, tickRanges } from './ticks'

/**
 * A line chart over years as SVG text, drawn as the page's Recharts line chart is
 * (components/users-chart.tsx): the same margins, axes, grid, dots and names at the line
 * ends, from the same pure functions (components/charts/chart-layout.ts). Pure: a spec and a
 * layout in, markup out.
 */

export interface LineSpec {
  id: string
  /** The name written at the line's end. */
  endLabel: string
  color: string
  width: number
  dash: string | undefined
  /** The end label in bold (the strong lines). */
  bold: boolean
  /** One value per year (null where the year has none). */
  values: readonly (number | null)[]
}

export interface LineChartSpec {
  id: string
  years: readonly number[]
  lines: readonly LineSpec[]
  /** The value axis' ticks, from 0; the last is the axis' top. */
  ticks: readonly number[]
  formatTick: (value: number) => string
  /** The tooltip for each year (a native tooltip over the year's column). */
  tooltips: readonly string[]
  height: number
}

/** The dots on the lines, as the page draws them. */
const DOT = 3
/** The names at the lines' ends stand this far right of the last dot. */
const END_OFFSET = 8

/**
 * Where the plot lies in the chart's box, for a layout: px left of the first year (the
 * margin, the value axis and the first year's inset) and right of the last.
 */
export function linePlotInsets(layout: ChartLayout) {
  const { margin, valueAxisWidth, yearInset } = lineChartFrame(layout)
  return { left: margin.left + valueAxisWidth, inset: yearInset, right: margin.right }
}

/**
 * The chart as SVG; fluid without `width` (see bar-chart.ts), else fixed in px. The
 * year labels follow the page: all of them on a wide plot; on a narrow one (the page's
 * names-above layout) Recharts' `preserveStartEnd` choice, which a fluid chart makes by
 * container queries (`css`) and a fixed one here.
 */
export function lineChartSvg(
  spec: LineChartSpec,
  layout: ChartLayout,
  options: DrawOptions = {},
): RenderedChart {
  const color: ColorOf = options.colorOf ?? ((c: string) => c)
  const font = layout.font
  const { margin, axisHeight } = lineChartFrame(layout)
  const { left, inset, right } = linePlotInsets(layout)
  // The drawing's own coordinates start at the first year; the axes reach `inset` further left.
  const h: Horizontal =
    options.width === undefined
      ? fluidHorizontal()
      : fixedHorizontal(options.width - left - inset - right)
  const plotTop = margin.top
  const plotBottom = spec.height - margin.bottom - axisHeight
  const top = spec.ticks.at(-1) ?? 1
  const y = (value: number) => plotBottom - (top > 0 ? value / top : 0) * (plotBottom - plotTop)
  const n = spec.years.length
  const fx = (i: number) => (n > 1 ? i / (n - 1) : 0.5)
  const muted = color('var(--muted)')
  const tickClass = `${spec.id}-tick`
  const { tickSize, tickMargin } = RECHARTS

  const grid = spec.ticks
    .map(
      (t) =>
        `<line${attrs({ x1: -inset, x2: h.x(1), y1: y(t), y2: y(t), stroke: color('var(--border)') })}></line>`,
    )
    .join('')

  // The names at the lines' ends, moved apart as the page moves them.
  const ends = spec.lines.map((line) => {
    const points = line.values.flatMap((v, i) => (v === null ? [] : [{ i, v }]))
    return points.at(-1)
  })
  const endY = lineEndLabelY(
    ends.map((p) => p?.v ?? 0),
    top,
    layout,
    spec.height,
  )

  // A path cannot take percentages: in a fluid chart the lines are drawn in a box of
  // 1000 units stretched to the plot's width, with strokes that do not stretch.
  const pathX = (i: number) => (h.fluid ? fx(i) * 1000 : fx(i) * h.plotWidth)
  const lines = spec.lines.map((line, k) => {
    const points = line.values.flatMap((v, i) => (v === null ? [] : [{ i, v }]))
    const d = points
      .map((p, j) => `${j === 0 ? 'M' : 'L'}${num(pathX(p.i))},${num(y(p.v))}`)
      .join('')
    const stroke = color(line.color)
    const path = `<path${attrs({ d, fill: 'none', stroke, 'stroke-width': line.width, 'stroke-dasharray': line.dash, 'vector-effect': h.fluid ? 'non-scaling-stroke' : undefined })}></path>`
    const dots = points
      .map(
        (p) =>
          `<circle${attrs({ class: 'sc-dot', cx: h.x(fx(p.i)), cy: y(p.v), r: DOT, fill: stroke, stroke, 'stroke-width': line.width, 'data-value': String(p.v) })}></circle>`,
      )
      .join('')
    const last = points.at(-1)
    const end =
      last && last.i === n - 1
        ? `<text${attrs({ class: 'sc-line-end', x: h.x(fx(last.i)), dx: END_OFFSET, y: endY[k] ?? y(last.v), dy: '0.35em', 'font-size': font, 'font-weight': line.bold ? 700 : 400, fill: stroke })}>${escapeXml(line.endLabel)}</text>`
        : ''
    return { path, marks: `<g class="sc-line" data-line="${escapeXml(line.id)}">${dots}${end}</g>` }
  })
  const paths = lines.map((l) => l.path).join('')
  const pathBox = h.fluid
    ? `<svg${attrs({ width: '100%', height: spec.height, viewBox: `0 0 1000 ${spec.height}`, preserveAspectRatio: 'none', overflow: 'visible' })}>${paths}</svg>`
    : paths

  // Each year's column carries its tooltip.
  const columns = spec.years
    .map((year, i) => {
      const from = n > 1 ? Math.max(0, fx(i) - 0.5 / (n - 1)) : 0
      const to = n > 1 ? Math.min(1, fx(i) + 0.5 / (n - 1)) : 1
      return `<rect${attrs({ x: h.x(from), y: plotTop, width: h.width(to - from), height: plotBottom - plotTop, fill: 'transparent' })}><title>${escapeXml(spec.tooltips[i] ?? String(year))}</title></rect>`
    })
    .join('')

  // Which year labels show at a chart width: all on a wide plot, Recharts'
  // preserveStartEnd choice on a narrow one.
  const ranges = (min: number, max: number) =>
    tickRanges({
      count: n,
      labels: spec.years.map(String),
      fontSize: font,
      coordinate: (i, width) => left + inset + fx(i) * (width - left - inset - right),
      interval: (width) => (width < LABELS_ABOVE_BELOW_PX ? 'preserveStartEnd' : 'all'),
      min,
      max,
    })
  const fixedHidden =
    options.width === undefined ? [] : (ranges(options.width, options.width)[0]?.hidden ?? [])
  const axis = [
    `<line${attrs({ x1: -inset, x2: h.x(1), y1: plotBottom, y2: plotBottom, stroke: muted })}></line>`,
    `<line${attrs({ x1: -inset, x2: -inset, y1: plotTop, y2: plotBottom, stroke: muted })}></line>`,
    ...spec.years.map((year, i) =>
      fixedHidden.includes(i)
        ? ''
        : `<g class="sc-tick ${tickClass}-${i}"><line${attrs({ x1: h.x(fx(i)), x2: h.x(fx(i)), y1: plotBottom, y2: plotBottom + tickSize, stroke: muted })}></line><text${attrs({ x: h.x(fx(i)), y: plotBottom + tickSize + tickMargin, dy: '0.71em', 'text-anchor': 'middle', fill: muted, 'font-size': font })}>${year}</text></g>`,
    ),
    ...spec.ticks.map(
      (t) =>
        `<g class="sc-value-tick"><line${attrs({ x1: -inset - tickSize, x2: -inset, y1: y(t), y2: y(t), stroke: muted })}></line><text${attrs({ x: -inset - tickSize - tickMargin, y: y(t), dy: '0.355em', 'text-anchor': 'end', fill: muted, 'font-size': font })}>${escapeXml(spec.formatTick(t))}</text></g>`,
    ),
  ].join('')

  const body = `<g class="sc-grid">${grid}</g><g class="sc-axis">${axis}</g>${pathBox}<g class="sc-columns">${columns}</g>${lines.map((l) => l.marks).join('')}`
  const family = options.fontFamily ? { 'font-family': options.fontFamily } : {}
  const svg = h.fluid
    ? `<svg${attrs({ class: 'sc-svg', width: '100%', height: spec.height, overflow: 'visible', 'aria-hidden': 'true', focusable: 'false', ...family })}>${body}</svg>`
    : `<svg${attrs({ width: options.width, height: spec.height, ...family })}><g transform="translate(${left + inset},0)">${body}</g></svg>`
  const css = h.fluid ? tickCss(ranges(200, 1600), `sc-${spec.id}`, tickClass) : ''
  return { svg, css, height: spec.height, left: left + inset, right }
}
