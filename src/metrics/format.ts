/**
 * nb-NO number formatting, written out by hand: a no-break space between thousands
 * ("54 105") and before the percent sign ("79,2 %"), so numbers never wrap mid-figure; a
 * decimal comma; U+2212 as the minus sign. Rounding is half away from zero on the number's
 * shortest decimal form, as Intl.NumberFormat does (a property test holds the two equal).
 *
 * Why not Intl.NumberFormat: the first one built on a page loads the locale's data, which
 * took about 26 ms here (100 ms on a slow phone) in the middle of the page's start.
 */

const NBSP = '\u00a0'
const MINUS = '\u2212'

/** The digits of |value| rounded to `decimals` places, half away from zero: "54105", "79.2". */
function roundedDigits(value: number, decimals: number): string {
  const text = Math.abs(value).toString()
  if (/e/i.test(text)) return Math.abs(value).toFixed(decimals)
  const [whole = '0', fraction = ''] = text.split('.')
  if (fraction.length <= decimals) {
    return decimals > 0 ? `${whole}.${fraction.padEnd(decimals, '0')}` : whole
  }
  const kept = `${whole}${fraction.slice(0, decimals)}`
  const up = (fraction[decimals] ?? '0') >= '5'
  // Add one to the kept digits as a string (no floating-point error).
  let digits = kept
  if (up) {
    const chars = kept.split('')
    let i = chars.length - 1
    while (i >= 0) {
      if (chars[i] === '9') {
        chars[i] = '0'
        i--
      } else {
        chars[i] = String(Number(chars[i]) + 1)
        break
      }
    }
    digits = (i < 0 ? '1' : '') + chars.join('')
  }
  if (decimals === 0) return digits
  const cut = digits.length - decimals
  return `${digits.slice(0, cut) || '0'}.${digits.slice(cut)}`
}

/** A number rounded as the formatters round it (half away from zero): (8.95, 1) → 9. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value
  const rounded = Number(roundedDigits(value, decimals))
  return value < 0 ? -rounded : rounded
}

/** nb-NO text for a finite number with a fixed count of decimals. */
function formatNumber(value: number, decimals: number): string {
  const [whole = '0', fraction] = roundedDigits(value, decimals).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
  const negative = value < 0 || Object.is(value, -0)
  return `${negative ? MINUS : ''}${grouped}${fraction ? `,${fraction}` : ''}`
}

/** Shown wherever a value is missing or cannot be computed (e.g. division by zero). */
export const NOT_AVAILABLE = '–'

/** A whole number, rounded half away from zero: 54105 → "54 105". */
export function formatInteger(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE
  return formatNumber(Math.round(value), 0)
}

/** A number with a fixed count of decimals: (8.7, 1) → "8,7". */
export function formatDecimal(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE
  return formatNumber(value, decimals)
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

/** A change in whole numbers with its sign: 19357 → "+19 357", −16362 → "−16 362", 0 → "0". */
export function formatSignedInteger(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE
  const rounded = Math.round(value)
  return `${rounded > 0 ? '+' : ''}${formatInteger(rounded === 0 ? 0 : rounded)}`
}

/** A change in percent with its sign: 3.4 → "+3,4 %", −0.6 → "−0,6 %". */
export function formatSignedPercent(percent: number | null, decimals = 1): string {
  if (percent === null || !Number.isFinite(percent)) return NOT_AVAILABLE
  return `${percent > 0 ? '+' : ''}${formatPercent(percent, decimals)}`
}

const NUMBER_WORDS = [
  'null',
  'én',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'sju',
  'åtte',
  'ni',
  'ti',
  'elleve',
  'tolv',
]

/**
 * A share as the plain fraction a reader says aloud ("to av tre"), when one with a
 * denominator of 2 to 5 or 10 lies within `tolerance` (as a fraction, default 2 points);
 * otherwise null, and the caller shows the percent. The words say which side of the
 * fraction the share lies: «nesten» below it, «drøyt» above it, by more than half a point.
 * 0.652 → "nesten to av tre"; 0.414 → "drøyt to av fem"; 0.5 → "én av to".
 */
export function shareInWords(fraction: number, tolerance = 0.02): string | null {
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction >= 1) return null
  let best: { n: number; d: number; off: number } | null = null
  for (const d of [2, 3, 4, 5, 10]) {
    const n = Math.round(fraction * d)
    const off = Math.abs(fraction - n / d)
    if (n > 0 && n < d && off <= tolerance && (!best || off < best.off - 1e-9)) best = { n, d, off }
  }
  if (!best) return null
  const words = `${NUMBER_WORDS[best.n]} av ${NUMBER_WORDS[best.d]}`
  const diff = fraction - best.n / best.d
  return diff < -0.005 ? `nesten ${words}` : diff > 0.005 ? `drøyt ${words}` : words
}

/** A whole number as Norwegian style writes it in running text: in words up to twelve. */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 12 ? NUMBER_WORDS[n]! : formatInteger(n)
}

/**
 * A short phrase that must not break across lines, such as «0–49 år» in a title: no-break
 * spaces, and word joiners around dashes (a browser may otherwise break after «0–»).
 */
export const keepTogether = (text: string) =>
  text.replace(/ /g, NBSP).replace(/([–-])/g, '\u2060$1\u2060')

const MONTHS =
  'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|kvartal'

/**
 * Text from the data set for reading: no line break inside a date («1. desember»,
 * «4. kvartal») or a span of years («2009–2021»).
 */
export const typeset = (text: string) =>
  text
    .replace(new RegExp(`(\\d{1,2}\\.) (${MONTHS})`, 'g'), `$1${NBSP}$2`)
    .replace(/(\d{4})–(\d{4})/g, '$1\u2060–\u2060$2')

/** A phrase as the start of a sentence or caption: «de fem gruppene …» → «De fem gruppene …». */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
