/**
 * A chart as a standalone image, the way a news graphic leaves the desk: the finding as
 * its title, what is shown under it, the legend, the chart, the source once and the
 * address of the view. Three sizes: «standard» (960 px wide, for articles and documents,
 * a 1920 px PNG), «lysbilde» (1280×720, 16:9, drawn at 1.5× into a 1920×1080 PNG for
 * slides) and «sosial» (1080×1350, 4:5, for social feeds, where an image is seen at a
 * third of its size: names above the bars and every label at least 32 px).
 *
 * The chart is drawn again off screen at the export's size and type size, so a download
 * from a phone is as wide as one from a desktop. Uses the browser's own serialiser and canvas.
 */
import { createElement, Suspense, type ReactElement } from 'react'
import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { sourceLine } from '@/metrics/sources'
import { ChartLayoutContext, type ChartLayout } from './chart-parts'
import { DASH, type LegendItem } from './legend'

const NS = 'http://www.w3.org/2000/svg'
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif'
const INK = '#1b1f24'
const MUTED = '#4a5561'
const INLINE = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
] as const

export type ExportSize = 'standard' | 'lysbilde' | 'sosial'

export interface ExportSpec {
  /** The finding, as on the page. */
  title: string
  /** What the chart shows (measure, unit, year). */
  subtitle?: string | undefined
  legend?: readonly LegendItem[] | undefined
  source: string
  /** The address of the view: «Se alle tall». */
  link: string
}

export interface ExportedChart {
  svg: string
  width: number
  height: number
  /** Pixel ratio for the PNG. */
  scale: number
}

interface Metrics {
  width: number
  /** Fixed height (slides, feeds), or null to fit the chart's own height. */
  height: number | null
  /** How the chart itself is drawn: its type size, and names above the bars or not. */
  chart: ChartLayout
  pad: number
  title: number
  subtitle: number
  legend: number
  small: number
  scale: number
}

const SIZES: Record<ExportSize, Metrics> = {
  standard: {
    width: 960,
    height: null,
    chart: { labelsAbove: false, font: 15 },
    pad: 24,
    title: 26,
    subtitle: 17,
    legend: 16,
    small: 14,
    scale: 2,
  },
  lysbilde: {
    width: 1280,
    height: 720,
    // Names above the bars here too: a long name on an axis eats a wide slide's plot.
    chart: { labelsAbove: true, font: 20 },
    pad: 40,
    title: 36,
    subtitle: 22,
    legend: 20,
    small: 17,
    scale: 1.5,
  },
  sosial: {
    width: 1080,
    height: 1350,
    chart: { labelsAbove: true, font: 32 },
    pad: 56,
    title: 54,
    subtitle: 32,
    legend: 32,
    small: 24,
    scale: 1,
  },
}

/** Copies the computed paint of every element, so CSS variables work outside the page. */
function inlineStyles(source: Element, target: Element) {
  const style = getComputedStyle(source)
  for (const property of INLINE) {
    const value = style.getPropertyValue(property)
    if (value) target.setAttribute(property, value)
  }
  const targetChildren = [...target.children]
  ;[...source.children].forEach((child, i) => {
    const copy = targetChildren[i]
    if (copy) inlineStyles(child, copy)
  })
}

/** Lines of at most `maxChars` characters, broken between words (or inside a long URL). */
export function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
    while (line.length > maxChars) {
      lines.push(line.slice(0, maxChars))
      line = line.slice(maxChars)
    }
  }
  if (line) lines.push(line)
  return lines
}

function text(
  doc: Document,
  content: string,
  x: number,
  y: number,
  size: number,
  weight = 400,
  fill = INK,
) {
  const node = doc.createElementNS(NS, 'text')
  node.setAttribute('x', String(x))
  node.setAttribute('y', String(y))
  node.setAttribute('font-size', String(size))
  node.setAttribute('font-weight', String(weight))
  node.setAttribute('font-family', FONT)
  node.setAttribute('fill', fill)
  node.textContent = content
  return node
}

/**
 * Characters per line for a font size: a safe average for Norwegian text in system-ui,
 * wider for bold (titles).
 */
const charsFor = (width: number, size: number, bold = false) =>
  Math.floor(width / (size * (bold ? 0.62 : 0.55)))

interface Layout {
  titleLines: string[]
  subtitleLines: string[]
  legendRows: LegendItem[][]
  footerLines: string[]
  chartTop: number
  footerHeight: number
}

/** Swatch, gap, label and the space before the next item. */
const legendItemWidth = (item: LegendItem, m: Metrics) =>
  m.legend * 2.6 + item.label.length * m.legend * 0.55 + m.legend * 1.5

function layout(spec: ExportSpec, m: Metrics): Layout {
  const inner = m.width - 2 * m.pad
  const titleLines = wrapLines(spec.title, charsFor(inner, m.title, true))
  const subtitleLines = spec.subtitle ? wrapLines(spec.subtitle, charsFor(inner, m.subtitle)) : []
  // Legend items in rows: swatch (2 × size) + gap + label + spacing.
  const legendRows: LegendItem[][] = []
  let row: LegendItem[] = []
  let used = 0
  for (const item of spec.legend ?? []) {
    const w = legendItemWidth(item, m)
    if (row.length > 0 && used + w > inner) {
      legendRows.push(row)
      row = []
      used = 0
    }
    row.push(item)
    used += w
  }
  if (row.length > 0) legendRows.push(row)
  const footerLines = [
    ...wrapLines(sourceLine(spec.source), charsFor(inner, m.small)),
    ...wrapLines(`Se alle tall: ${spec.link}`, charsFor(inner, m.small)),
  ]
  const chartTop =
    m.pad +
    titleLines.length * m.title * 1.2 +
    (subtitleLines.length ? 6 + subtitleLines.length * m.subtitle * 1.3 : 0) +
    (legendRows.length ? 12 + legendRows.length * m.legend * 1.6 : 0) +
    12
  const footerHeight = 16 + footerLines.length * m.small * 1.4 + m.pad
  return { titleLines, subtitleLines, legendRows, footerLines, chartTop, footerHeight }
}

/** A legend swatch `size` px high (twice as wide), with the series' hatching or dash. */
function swatch(
  doc: Document,
  item: LegendItem,
  color: string,
  x: number,
  y: number,
  size: number,
) {
  const group = doc.createElementNS(NS, 'g')
  group.setAttribute('transform', `translate(${x} ${y}) scale(${size / 14})`)
  if (item.mark === 'solid' || item.mark === 'hatched') {
    const rect = doc.createElementNS(NS, 'rect')
    rect.setAttribute('width', '28')
    rect.setAttribute('height', '14')
    rect.setAttribute('fill', color)
    group.append(rect)
    if (item.mark === 'hatched') {
      for (const x0 of [0, 7, 14, 21, 28]) {
        const line = doc.createElementNS(NS, 'line')
        line.setAttribute('x1', String(x0))
        line.setAttribute('y1', '14')
        line.setAttribute('x2', String(x0 + 7))
        line.setAttribute('y2', '0')
        line.setAttribute('stroke', '#ffffff')
        line.setAttribute('stroke-width', '2')
        group.append(line)
      }
    }
  } else {
    const line = doc.createElementNS(NS, 'line')
    line.setAttribute('x1', '0')
    line.setAttribute('y1', '7')
    line.setAttribute('x2', '28')
    line.setAttribute('y2', '7')
    line.setAttribute('stroke', color)
    line.setAttribute('stroke-width', '3')
    const dash = DASH[item.mark]
    if (dash) line.setAttribute('stroke-dasharray', dash)
    group.append(line)
  }
  return group
}

/** A CSS colour (e.g. "var(--series-1)") as the light scheme resolves it. */
function resolveColor(host: HTMLElement, color: string): string {
  const probe = document.createElement('span')
  probe.style.color = color
  host.append(probe)
  const value = getComputedStyle(probe).color
  probe.remove()
  return value
}

/** Waits until the container holds a drawn Recharts surface, or gives up after ~3 s. */
async function drawnSurface(container: HTMLElement): Promise<SVGSVGElement | null> {
  for (let i = 0; i < 180; i++) {
    const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface')
    if (svg && svg.getBoundingClientRect().width > 0 && svg.querySelector('.recharts-layer')) {
      // One more frame, so the series are drawn, not only the axes.
      await new Promise((r) => requestAnimationFrame(r))
      return svg
    }
    await new Promise((r) => requestAnimationFrame(r))
  }
  return null
}

/**
 * Draws `chart` (the same element the page shows, or its shorter version) off screen at
 * the export's size and type size, and returns the finished SVG. `heightFor` gives the
 * chart's own height for a layout; a fixed-size image gives the chart all the room
 * between the header and the source. Null if the chart could not be drawn.
 */
export async function exportChart(
  chart: ReactElement,
  spec: ExportSpec,
  size: ExportSize,
  heightFor: (layout: ChartLayout) => number,
): Promise<ExportedChart | null> {
  const m = SIZES[size]
  const plan = layout(spec, m)
  const chartHeight = m.height
    ? Math.max(200, m.height - plan.chartTop - plan.footerHeight)
    : Math.max(280, heightFor(m.chart))
  const height = m.height ?? Math.round(plan.chartTop + chartHeight + plan.footerHeight)

  // The file has a white background: resolve colours as in light mode, whatever the page.
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  Object.assign(host.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${m.width - 2 * m.pad}px`,
    height: `${chartHeight}px`,
    colorScheme: 'light',
    background: '#ffffff',
  })
  document.body.append(host)
  const root = createRoot(host)
  try {
    flushSync(() =>
      root.render(
        createElement(
          ChartLayoutContext.Provider,
          { value: { ...m.chart, height: chartHeight } },
          createElement(Suspense, { fallback: null }, chart),
        ),
      ),
    )
    const surface = await drawnSurface(host)
    if (!surface) return null
    const copy = surface.cloneNode(true) as SVGSVGElement
    inlineStyles(surface, copy)

    const doc = document.implementation.createDocument(NS, 'svg', null)
    const svg = doc.documentElement
    svg.setAttribute('xmlns', NS)
    svg.setAttribute('width', String(m.width))
    svg.setAttribute('height', String(height))
    svg.setAttribute('viewBox', `0 0 ${m.width} ${height}`)
    const background = doc.createElementNS(NS, 'rect')
    background.setAttribute('width', '100%')
    background.setAttribute('height', '100%')
    background.setAttribute('fill', '#ffffff')
    svg.append(background)

    let y = m.pad
    for (const line of plan.titleLines) {
      y += m.title
      svg.append(text(doc, line, m.pad, y, m.title, 700))
      y += m.title * 0.2
    }
    if (plan.subtitleLines.length) y += 6
    for (const line of plan.subtitleLines) {
      y += m.subtitle
      svg.append(text(doc, line, m.pad, y, m.subtitle, 400, MUTED))
      y += m.subtitle * 0.3
    }
    if (plan.legendRows.length) y += 12
    for (const row of plan.legendRows) {
      let x = m.pad
      for (const item of row) {
        const size = Math.round(m.legend * 0.9)
        svg.append(
          swatch(
            doc,
            item,
            resolveColor(host, item.color),
            x,
            y + (m.legend * 1.6 - size) / 2,
            size,
          ),
        )
        svg.append(text(doc, item.label, x + m.legend * 2.6, y + m.legend * 1.15, m.legend))
        x += legendItemWidth(item, m)
      }
      y += m.legend * 1.6
    }

    const group = doc.createElementNS(NS, 'g')
    group.setAttribute('transform', `translate(${m.pad} ${plan.chartTop})`)
    for (const child of [...copy.childNodes]) group.append(doc.importNode(child, true))
    svg.append(group)

    let footer = plan.chartTop + chartHeight + 16
    for (const line of plan.footerLines) {
      footer += m.small * 1.2
      svg.append(text(doc, line, m.pad, footer, m.small, 400, MUTED))
      footer += m.small * 0.2
    }
    // Word joiners keep «0–49 år» on one line on the page; in a file they would show as
    // boxes in some editors.
    const serialised = new XMLSerializer().serializeToString(doc).replace(/\u2060/g, '')
    return {
      svg: `<?xml version="1.0" encoding="UTF-8"?>\n${serialised}`,
      width: m.width,
      height,
      scale: m.scale,
    }
  } finally {
    root.unmount()
    host.remove()
  }
}

/** Draws the SVG on a canvas at its scale and returns PNG bytes. */
export async function svgToPng({ svg, width, height, scale }: ExportedChart): Promise<Blob> {
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no canvas')
  context.scale(scale, scale)
  context.drawImage(image, 0, 0, width, height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  )
}
