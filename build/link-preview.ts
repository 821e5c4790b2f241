import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import type { Argument } from '@/metrics/arguments'
import { barChartSvg, barSpecHeight } from '@/static-chart/bar-chart'
import type { ChartEmbed } from '@/static-chart/charts'
import { WIDE_LAYOUT } from '@/static-chart/html'
import { lineChartSvg } from '@/static-chart/line-chart'
import { attrs, escapeXml as e, num } from '@/static-chart/markup'
import { textWidth } from '@/static-chart/text-width'

/**
 * Link previews: the Open Graph and Twitter tags, and the 1200×630 image, drawn at build
 * time from the data as SVG and rasterised by resvg (no browser) with the font shipped in
 * build/fonts (DejaVu Sans, whose widths the SVG's text is laid out with).
 */

export const PREVIEW = { width: 1200, height: 630 } as const
const PAD = 56
const FONT = 'DejaVu Sans'

export interface PreviewTags {
  title: string
  description: string
  /** The image's address: absolute where the site's address is known. */
  image: string
  imageAlt: string
  /** The page's own address, where known. */
  url: string | null
}

export function previewTags(tags: PreviewTags): string {
  const meta = (key: 'property' | 'name', name: string, content: string) =>
    `<meta ${key}="${name}" content="${e(content)}">`
  return [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Heltid i tall'),
    meta('property', 'og:locale', 'nb_NO'),
    meta('property', 'og:title', tags.title),
    meta('property', 'og:description', tags.description),
    ...(tags.url ? [meta('property', 'og:url', tags.url)] : []),
    meta('property', 'og:image', tags.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(PREVIEW.width)),
    meta('property', 'og:image:height', String(PREVIEW.height)),
    meta('property', 'og:image:alt', tags.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:image:alt', tags.imageAlt),
  ].join('\n')
}

/** Words into lines no wider than `width` at `size` (the shipped font's own widths). */
function lines(text: string, width: number, size: number, bold: boolean, max: number): string[] {
  const out: string[] = []
  for (const word of text.split(/\s+/)) {
    const line = out.at(-1)
    if (line !== undefined && textWidth(`${line} ${word}`, size, bold) <= width) {
      out[out.length - 1] = `${line} ${word}`
    } else out.push(word)
  }
  if (out.length > max) {
    const kept = out.slice(0, max)
    kept[max - 1] = `${kept[max - 1]} …`
    return kept
  }
  return out
}

function textBlock(
  text: string,
  x: number,
  y: number,
  size: number,
  options: { bold?: boolean; fill: string; width: number; max: number; lineHeight?: number },
): { svg: string; bottom: number } {
  const rows = lines(text, options.width, size, options.bold ?? false, options.max)
  const step = size * (options.lineHeight ?? 1.2)
  const svg = rows
    .map(
      (row, i) =>
        `<text${attrs({ x, y: y + size + i * step, 'font-size': size, 'font-weight': options.bold ? 700 : 400, fill: options.fill })}>${e(row)}</text>`,
    )
    .join('')
  return { svg, bottom: y + size * 0.25 + rows.length * step }
}

function frame(content: string, color: (c: string) => string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: PREVIEW.width, height: PREVIEW.height, viewBox: `0 0 ${PREVIEW.width} ${PREVIEW.height}`, 'font-family': FONT })}><rect width="100%" height="100%" fill="${color('var(--bg)')}"></rect><rect width="100%" height="10" fill="${color('var(--accent)')}"></rect>${content}</svg>`
}

const TOP = 40
const FOOT = PREVIEW.height - 36

/** The foot of an image: «Kilde: …» on the left, the site's name on the right. */
function footer(text: string, color: (c: string) => string): string {
  const name = 'Heltid i tall'
  const nameWidth = textWidth(name, 24, true)
  const source = textBlock(text, PAD, FOOT - 24, 22, {
    fill: color('var(--muted)'),
    width: PREVIEW.width - 2 * PAD - nameWidth - 24,
    max: 1,
  }).svg
  return `${source}<text${attrs({ x: PREVIEW.width - PAD, y: FOOT - 2, 'text-anchor': 'end', 'font-size': 24, 'font-weight': 700, fill: color('var(--accent)') })}>${name}</text>`
}

/** A small legend: swatch and label per series, in one row. */
function legendRow(
  items: readonly { label: string; color: string; hatched: boolean }[],
  y: number,
  color: (c: string) => string,
): string {
  let x = PAD
  return items
    .map((item, i) => {
      const id = `legend-hatch-${i}`
      const swatch = item.hatched
        ? `<pattern${attrs({ id, patternUnits: 'userSpaceOnUse', width: 8, height: 8, patternTransform: 'rotate(45)' })}><rect width="8" height="8" fill="${color(item.color)}"></rect><line x1="0" y1="0" x2="0" y2="8" stroke="${color('var(--bg)')}" stroke-width="3"></line></pattern><rect${attrs({ x, y, width: 36, height: 20, fill: `url(#${id})`, stroke: color(item.color) })}></rect>`
        : `<rect${attrs({ x, y, width: 36, height: 20, fill: color(item.color) })}></rect>`
      const label = `<text${attrs({ x: x + 46, y: y + 17, 'font-size': 20, fill: color('var(--text)') })}>${e(item.label)}</text>`
      x += 46 + textWidth(item.label, 20) + 36
      return swatch + label
    })
    .join('')
}

/** A chart embed's preview: its finding, what is shown, the chart itself and the source. */
export function chartPreviewSvg(embed: ChartEmbed, color: (c: string) => string): string {
  const width = PREVIEW.width - 2 * PAD
  const title = textBlock(embed.title, PAD, TOP, 34, {
    bold: true,
    fill: color('var(--text)'),
    width,
    max: 3,
  })
  const subtitle = textBlock(embed.subtitle, PAD, title.bottom, 22, {
    fill: color('var(--muted)'),
    width,
    max: 1,
  })
  let top = subtitle.bottom + 10
  let legend = ''
  if (embed.chart?.kind === 'bars' && embed.legend) {
    const spec = embed.chart.spec
    legend = legendRow(
      embed.legend.map((item, i) => ({
        label: item.label,
        color: item.color,
        hatched: spec.series[i]?.hatched ?? false,
      })),
      top,
      color,
    )
    top += 34
  }
  const bottom = FOOT - 44
  let chart = ''
  if (embed.chart) {
    // The page's chart on a wide plot, larger, to read in a feed; as wide as the image allows.
    const natural =
      embed.chart.kind === 'bars'
        ? barSpecHeight(embed.chart.spec, WIDE_LAYOUT)
        : embed.chart.spec.height
    const scale = Math.min(1.8, (bottom - top) / natural)
    const options = { width: width / scale, colorOf: color, fontFamily: FONT }
    const drawn =
      embed.chart.kind === 'bars'
        ? barChartSvg(embed.chart.spec, WIDE_LAYOUT, options)
        : lineChartSvg(embed.chart.spec, WIDE_LAYOUT, options)
    chart = `<g transform="translate(${PAD},${num(top)}) scale(${num(scale)})">${drawn.svg}</g>`
  } else if (embed.empty) {
    chart = textBlock(embed.empty, PAD, top, 28, { fill: color('var(--text)'), width, max: 2 }).svg
  }
  const source = `Kilde: ${embed.sources.map((s) => s.label).join('; ')}`
  return frame(title.svg + subtitle.svg + legend + chart + footer(source, color), color)
}

/**
 * The dashboard's preview: the headline card's finding, its figure large, its comparison
 * as two bars, and its sources.
 */
export function headlinePreviewSvg(card: Argument, color: (c: string) => string): string {
  const width = PREVIEW.width - 2 * PAD
  const title = textBlock(card.title, PAD, TOP + 8, 46, {
    bold: true,
    fill: color('var(--text)'),
    width,
    max: 2,
  })
  const figure = `<text${attrs({ x: PAD, y: title.bottom + 96, 'font-size': 96, 'font-weight': 700, fill: color('var(--series-2)') })}>${e(card.highlight)}</text>`
  let y = title.bottom + 140
  const bars = card.bars ?? []
  const max = Math.max(0, ...bars.map((b) => b.value))
  const labelWidth = Math.max(0, ...bars.map((b) => textWidth(b.label, 24))) + 24
  const valueWidth = Math.max(0, ...bars.map((b) => textWidth(b.display, 26, true)))
  const barRoom = width - labelWidth - valueWidth - 12
  const barColors = ['var(--series-2)', 'var(--series-past)']
  const chart = bars
    .map((b, i) => {
      const length = max > 0 ? (b.value / max) * barRoom : 0
      const row =
        `<text${attrs({ x: PAD, y: y + 31, 'font-size': 24, fill: color('var(--text)') })}>${e(b.label)}</text>` +
        `<rect${attrs({ x: PAD + labelWidth, y: y + 6, width: length, height: 34, fill: color(barColors[i] ?? 'var(--series-past)') })}></rect>` +
        `<text${attrs({ x: PAD + labelWidth + length + 12, y: y + 32, 'font-size': 26, 'font-weight': 700, fill: color('var(--text)') })}>${e(b.display)}</text>`
      y += 52
      return row
    })
    .join('')
  const source = `Kilde: ${[...new Set(card.sources.map((s) => s.short))].join('; ')}`
  return frame(title.svg + figure + chart + footer(source, color), color)
}

const FONT_FILES = ['DejaVuSans.subset.ttf', 'DejaVuSans-Bold.subset.ttf'].map((f) =>
  fileURLToPath(new URL(`./fonts/${f}`, import.meta.url)),
)

/** The SVG as a PNG of 1200×630, in the shipped font only (no system fonts). */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: PREVIEW.width },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
  })
  return resvg.render().asPng()
}
