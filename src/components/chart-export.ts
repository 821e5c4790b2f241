/**
 * A drawn chart as a standalone SVG with its title and source written in, and as PNG.
 * Uses the browser's own serialiser and canvas; no library needed.
 */

const NS = 'http://www.w3.org/2000/svg'
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
  const sourceChildren = [...source.children]
  const targetChildren = [...target.children]
  sourceChildren.forEach((child, i) => {
    const copy = targetChildren[i]
    if (copy) inlineStyles(child, copy)
  })
}

function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

function textElement(
  doc: Document,
  content: string,
  x: number,
  y: number,
  size: number,
  weight = 400,
) {
  const text = doc.createElementNS(NS, 'text')
  text.setAttribute('x', String(x))
  text.setAttribute('y', String(y))
  text.setAttribute('font-size', String(size))
  text.setAttribute('font-weight', String(weight))
  text.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif')
  text.setAttribute('fill', '#1b1f24')
  text.textContent = content
  return text
}

export interface ExportedChart {
  svg: string
  width: number
  height: number
}

export function chartToSvg(chart: SVGSVGElement, title: string, source: string): ExportedChart {
  const box = chart.getBoundingClientRect()
  const width = Math.max(320, Math.round(box.width))
  const chartHeight = Math.round(box.height)
  const pad = 16
  const titleLines = wrapLines(title, Math.floor(width / 10))
  const sourceLines = wrapLines(`Kilde: ${source}`, Math.floor(width / 6.5))
  const top = pad + titleLines.length * 24
  const height = top + 8 + chartHeight + 12 + sourceLines.length * 16 + pad

  const copy = chart.cloneNode(true) as SVGSVGElement
  // The file has a white background: resolve the colours as in light mode, whatever the page.
  const scheme = chart.style.colorScheme
  chart.style.colorScheme = 'light'
  inlineStyles(chart, copy)
  chart.style.colorScheme = scheme
  const doc = document.implementation.createDocument(NS, 'svg', null)
  const root = doc.documentElement
  root.setAttribute('xmlns', NS)
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  const background = doc.createElementNS(NS, 'rect')
  background.setAttribute('width', '100%')
  background.setAttribute('height', '100%')
  background.setAttribute('fill', '#ffffff')
  root.append(background)
  titleLines.forEach((line, i) =>
    root.append(textElement(doc, line, pad, pad + 18 + i * 24, 18, 700)),
  )
  const group = doc.createElementNS(NS, 'g')
  group.setAttribute('transform', `translate(0 ${top + 8})`)
  for (const child of [...copy.childNodes]) group.append(doc.importNode(child, true))
  root.append(group)
  const sourceTop = top + 8 + chartHeight + 12
  sourceLines.forEach((line, i) =>
    root.append(textElement(doc, line, pad, sourceTop + 12 + i * 16, 12)),
  )
  const svg = new XMLSerializer().serializeToString(doc)
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height }
}

/** Draws the SVG on a canvas at `scale` and returns PNG bytes. */
export async function svgToPng({ svg, width, height }: ExportedChart, scale = 2): Promise<Blob> {
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = width * scale
  canvas.height = height * scale
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no canvas')
  context.scale(scale, scale)
  context.drawImage(image, 0, 0, width, height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  )
}
