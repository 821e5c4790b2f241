/**
 * The SVG an exported chart is framed in: text lines, legend swatches, and the header
 * (title, subtitle, legend) and footer (source, link) placed as export-layout.ts says.
 */
import type { ExportLayout, ExportMetrics } from './export-layout'
import { legendItemWidth } from './export-layout'
import { DASH, type LegendItem } from './legend'

export const NS = 'http://www.w3.org/2000/svg'
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif'
const INK = '#1b1f24'
const MUTED = '#4a5561'

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

/**
 * Title, subtitle and legend rows from the top of the image down; `colorOf` resolves a
 * series colour (a CSS variable on the page) to the value the file needs.
 */
export function drawHeader(
  doc: Document,
  svg: Element,
  plan: ExportLayout,
  m: ExportMetrics,
  colorOf: (color: string) => string,
) {
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
      svg.append(swatch(doc, item, colorOf(item.color), x, y + (m.legend * 1.6 - size) / 2, size))
      svg.append(text(doc, item.label, x + m.legend * 2.6, y + m.legend * 1.15, m.legend))
      x += legendItemWidth(item, m)
    }
    y += m.legend * 1.6
  }
}

/** The source and «Se alle tall» lines under a chart whose bottom edge is at `top`. */
export function drawFooter(
  doc: Document,
  svg: Element,
  plan: ExportLayout,
  m: ExportMetrics,
  top: number,
) {
  let y = top + 16
  for (const line of plan.footerLines) {
    y += m.small * 1.2
    svg.append(text(doc, line, m.pad, y, m.small, 400, MUTED))
    y += m.small * 0.2
  }
}
