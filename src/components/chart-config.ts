import { formatDecimal, formatInteger, formatPercent } from '@/metrics/format'
import type { LegendItem } from './legend'

/**
 * Series labels, colours and marks, apart from the charts so that legends and reserved
 * box sizes are ready before the chart code (Recharts, in its own chunk) has loaded.
 * Colours are CSS variables from styles.css (Okabe–Ito based, with dark-mode values).
 */
export const ARSVERK_SERIES = {
  arsverk: { label: 'Årsverk i dag', color: 'var(--series-1)', mark: 'solid' },
  potential: {
    label: 'Årsverk som mangler til heltid',
    color: 'var(--series-2)',
    mark: 'hatched',
  },
} as const satisfies Record<string, LegendItem>

/** The same series named short enough for one line on a phone, under «Årsverk 2021». */
export const ARSVERK_EMBED_LEGEND = [
  { ...ARSVERK_SERIES.arsverk, label: 'I dag' },
  { ...ARSVERK_SERIES.potential, label: 'Mangler til heltid' },
] as const satisfies readonly LegendItem[]

/** The words under which a chart's table is folded. */
export const TABLE_FOLD = 'Vis tallene som tabell'

/** Height of one bar row in the horizontal bar charts, and the room for the axis. */
export const BAR_ROW_HEIGHT = 48
export const BAR_AXIS_HEIGHT = 50

export const barChartHeight = (rows: number) => rows * BAR_ROW_HEIGHT + BAR_AXIS_HEIGHT

/** Bars whose category labels fit on one line (age groups) need less room. */
export const shortBarChartHeight = (rows: number) => rows * 34 + BAR_AXIS_HEIGHT

// Grey for the earlier year: orange means «missing to full-time» everywhere on the page.
export const FULL_TIME_SERIES = {
  percent2016: { label: '2016 (utledet)', color: 'var(--series-past)', mark: 'hatched' },
  percent2023: { label: '2023', color: 'var(--series-1)', mark: 'solid' },
} as const satisfies Record<string, LegendItem>

/** Grouped bars need room for two bars a row. */
export const groupedBarChartHeight = (rows: number) => rows * (BAR_ROW_HEIGHT - 4) + BAR_AXIS_HEIGHT

/**
 * One style per age group, in the data's order. The two groups under 67 — where users grow
 * fastest, the plan's point — are drawn strong and in colour; the older groups are the grey
 * comparison. Each has its own dash, so colour is never the only signal.
 */
const LINE_STYLES = [
  { color: 'var(--series-1)', mark: 'line', dash: undefined, width: 3.5 },
  { color: 'var(--series-4)', mark: 'dashed', dash: '6 4', width: 3.5 },
  { color: 'var(--series-past)', mark: 'dotted', dash: '2 3', width: 2 },
  { color: 'var(--series-past)', mark: 'dashdot', dash: '8 3 2 3', width: 2 },
  { color: 'var(--series-past)', mark: 'longdash', dash: '12 4', width: 2 },
] as const

export function lineStyle(index: number) {
  return LINE_STYLES[index % LINE_STYLES.length] ?? LINE_STYLES[0]
}

export const LINE_CHART_HEIGHT = 320

/** KS' two series for turnus staff; the lines are labelled in the chart itself. */
export const KS_TREND_LINES = [
  {
    id: 'turnus-stilling',
    name: 'Gjennomsnittlig stillingsstørrelse',
    color: 'var(--series-3)',
    nameBelow: true,
  },
  { id: 'turnus-heltid', name: 'Andel med heltid', color: 'var(--series-1)', nameBelow: false },
] as const

export const KS_TREND_HEIGHT = 300

/** The two parts of the change in users: blue is the finding, grey the comparison. */
export const GROWTH_SERIES = {
  frequency: {
    label: 'Andel som får tjenester',
    color: 'var(--series-1)',
    mark: 'solid',
  },
  demographic: {
    label: 'Antall i aldersgruppen',
    color: 'var(--series-past)',
    mark: 'solid',
  },
} as const satisfies Record<string, LegendItem>

/**
 * Value-axis ticks that end at the data, not a round number far beyond it: the largest
 * 1, 2, 2.5 or 5 × 10ⁿ step that gives at least `count` ticks from 0 up to `max`.
 * For 63 251 and 4 ticks: 0, 20 000, 40 000, 60 000. Empty for max ≤ 0.
 */
export function valueTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return []
  const raw = max / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step =
    [5, 2.5, 2, 1].map((f) => f * power).find((s) => Math.floor(max / s) >= count) ?? power
  const ticks: number[] = []
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6)
  return ticks
}

/**
 * A count, or a share in percent with one decimal: the årsverk chart's values and ticks
 * (numbers or shares), and the users chart's (users or user frequency).
 */
export const countOrPercent = (measure: 'count' | 'percent', value: number): string =>
  measure === 'count' ? formatInteger(value) : `${formatDecimal(value, 1)}\u00a0%`

/** The full-time chart's axis: shares from 0 to 100 %, labelled in whole percent. */
export const FULL_TIME_AXIS = {
  domain: [0, 100],
  ticks: [0, 25, 50, 75, 100],
  tick: (value: number) => formatPercent(value, 0),
} as const

/** An age group's name at its line's end: "90 år eller eldre" becomes "90+ år" to fit. */
export const lineEndLabel = (label: string) => label.replace(' år eller eldre', '+ år')
