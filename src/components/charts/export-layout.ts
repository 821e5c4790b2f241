/**
 * Where each part of an exported chart goes: the three sizes and their type scale, and a
 * title, subtitle, legend and source broken into lines that fit. Pure arithmetic, no DOM:
 * the drawing is in export-draw.ts, the chart itself in chart-export.ts.
 */
import { sourceLine } from '@/metrics/sources'
import type { ChartLayout } from './chart-parts'
import type { ExportSize } from './export-presets'
import type { LegendItem } from './legend'

export type { ExportSize } from './export-presets'

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

export interface ExportMetrics {
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

export const EXPORT_SIZES: Record<ExportSize, ExportMetrics> = {
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

/**
 * Characters per line for a font size: a safe average for Norwegian text in system-ui,
 * wider for bold (titles).
 */
const charsFor = (width: number, size: number, bold = false) =>
  Math.floor(width / (size * (bold ? 0.62 : 0.55)))

export interface ExportLayout {
  titleLines: string[]
  subtitleLines: string[]
  legendRows: LegendItem[][]
  footerLines: string[]
  chartTop: number
  footerHeight: number
}

/** Swatch, gap, label and the space before the next item. */
export const legendItemWidth = (item: LegendItem, m: ExportMetrics) =>
  m.legend * 2.6 + item.label.length * m.legend * 0.55 + m.legend * 1.5

export function exportLayout(spec: ExportSpec, m: ExportMetrics): ExportLayout {
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
