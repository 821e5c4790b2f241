/** Small helpers for writing HTML and SVG as text. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text or an attribute value, safe inside HTML and SVG. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** A coordinate with at most two decimals: short, and the same on every machine. */
export const num = (value: number): string => String(Math.round(value * 100) / 100)

/** Attributes from an object; undefined values are left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : v)}"`)
    .join('')
}

/**
 * Where the plot's horizontal positions go. A chart for the page is fluid: the SVG is as
 * wide as the plot and positions are percentages of it, so it fits any column without a
 * script. A chart for an image (the link previews) has a fixed width in pixels.
 */
export interface Horizontal {
  /** A position as a fraction of the plot's width (0 = left edge, 1 = right edge). */
  x: (fraction: number) => string
  /** A width as a fraction of the plot's width. */
  width: (fraction: number) => string
  fluid: boolean
  /** The plot's width in pixels, for a fixed chart. */
  plotWidth: number
}

export function fluidHorizontal(): Horizontal {
  const pct = (f: number) => `${Math.round(f * 1e5) / 1e3}%`
  return { x: pct, width: pct, fluid: true, plotWidth: NaN }
}

export function fixedHorizontal(plotWidth: number): Horizontal {
  const px = (f: number) => num(f * plotWidth)
  return { x: px, width: px, fluid: false, plotWidth }
}
