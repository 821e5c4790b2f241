/**
 * nb-NO number formatting. Intl uses a no-break space as the thousands separator
 * ("54 105") and before the percent sign ("79,2 %"), so numbers never wrap mid-figure.
 */

const integerFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 })
const decimalFormats = new Map<number, Intl.NumberFormat>()

function decimalFormat(decimals: number): Intl.NumberFormat {
  let format = decimalFormats.get(decimals)
  if (!format) {
    format = new Intl.NumberFormat('nb-NO', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    })
    decimalFormats.set(decimals, format)
  }
  return format
}

/** Shown wherever a value is missing or cannot be computed (e.g. division by zero). */
export const NOT_AVAILABLE = '–'

/** A whole number, rounded half away from zero: 54105 → "54 105". */
export function formatInteger(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE
  return integerFormat.format(Math.round(value))
}

/** A number with a fixed count of decimals: (8.7, 1) → "8,7". */
export function formatDecimal(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE
  return decimalFormat(decimals).format(value)
}

/** A share given as a fraction (0.792) as percent: "79,2 %". */
export function formatShare(fraction: number | null, decimals = 1): string {
  if (fraction === null || !Number.isFinite(fraction)) return NOT_AVAILABLE
  return `${formatDecimal(fraction * 100, decimals)}\u00a0%`
}

/** A value already in percent (2.4) as "2,4 %". */
export function formatPercent(percent: number | null, decimals = 1): string {
  if (percent === null || !Number.isFinite(percent)) return NOT_AVAILABLE
  return `${formatDecimal(percent, decimals)}\u00a0%`
}

/** A change in percentage points with its sign: 4.5 → "+4,5 prosentpoeng". */
export function formatPoints(points: number | null, decimals = 1): string {
  if (points === null || !Number.isFinite(points)) return NOT_AVAILABLE
  const sign = points > 0 ? '+' : ''
  return `${sign}${formatDecimal(points, decimals)} prosentpoeng`
}

/** The count of decimals a number is written with in a source (8.7 → 1, 55000 → 0). */
export function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.')
  return fraction.length
}

/** A change in percent with its sign: 3.4 → "+3,4 %", −0.6 → "−0,6 %". */
export function formatSignedPercent(percent: number | null, decimals = 1): string {
  if (percent === null || !Number.isFinite(percent)) return NOT_AVAILABLE
  return `${percent > 0 ? '+' : ''}${formatPercent(percent, decimals)}`
}

const NUMBER_WORDS = ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti']

/**
 * A share as the plain fraction a reader says aloud ("to av tre"), when one with a
 * denominator of 2 to 5 or 10 lies within `tolerance` (as a fraction, default 2 points);
 * otherwise null, and the caller shows the percent. 0.652 → "to av tre"; 0.5 → "én av to".
 */
export function shareInWords(fraction: number, tolerance = 0.02): string | null {
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction >= 1) return null
  let best: { n: number; d: number; off: number } | null = null
  for (const d of [2, 3, 4, 5, 10]) {
    const n = Math.round(fraction * d)
    const off = Math.abs(fraction - n / d)
    if (n > 0 && n < d && off <= tolerance && (!best || off < best.off - 1e-9)) best = { n, d, off }
  }
  return best ? `${NUMBER_WORDS[best.n]} av ${NUMBER_WORDS[best.d]}` : null
}

/** A whole number as Norwegian style writes it in running text: in words up to ten. */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? NUMBER_WORDS[n]! : formatInteger(n)
}
