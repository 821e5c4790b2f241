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
import { ChartLayoutContext, type ChartLayout } from './chart-parts'
import { drawFooter, drawHeader, NS } from './export-draw'
import {
  EXPORT_SIZES,
  exportLayout,
  type ExportedChart,
  type ExportSize,
  type ExportSpec,
} from './export-layout'

export type { ExportedChart, ExportSize, ExportSpec } from './export-layout'

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
  const m = EXPORT_SIZES[size]
  const plan = exportLayout(spec, m)
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

    drawHeader(doc, svg, plan, m, (color) => resolveColor(host, color))

    const group = doc.createElementNS(NS, 'g')
    group.setAttribute('transform', `translate(${m.pad} ${plan.chartTop})`)
    for (const child of [...copy.childNodes]) group.append(doc.importNode(child, true))
    svg.append(group)

    drawFooter(doc, svg, plan, m, plan.chartTop + chartHeight)
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
