import { ARSVERK_LABEL, MISSING_LABEL } from '@/metrics/terms'
import type { LegendItem } from './legend'

/**
 * Series labels, colours and marks, apart from the charts so that legends and reserved
 * box sizes are ready before the chart code (Recharts, in its own chunk) has loaded.
 * Colours are CSS variables from styles.css (Okabe–Ito based, with dark-mode values).
 */
export const ARSVERK_SERIES = {
  arsverk: { label: ARSVERK_LABEL, color: 'var(--series-1)', mark: 'solid' },
  potential: { label: MISSING_LABEL, color: 'var(--series-2)', mark: 'hatched' },
} as const satisfies Record<string, LegendItem>

// Grey for the earlier year: orange means «missing to full-time» everywhere on the page.
export const FULL_TIME_SERIES = {
  percent2016: { label: '2016 (utledet)', color: 'var(--series-past)', mark: 'hatched' },
  percent2023: { label: '2023', color: 'var(--series-1)', mark: 'solid' },
} as const satisfies Record<string, LegendItem>

/**
 * KS' turnus staff per published year, split in two: part-time, the finding the title
 * states (blue), and full-time, the rest of 100 % (grey).
 */
export const KS_SHARE_SERIES = {
  partTime: { label: 'Deltid', color: 'var(--series-1)', mark: 'solid' },
  fullTime: { label: 'Heltid', color: 'var(--series-past)', mark: 'hatched' },
} as const satisfies Record<string, LegendItem>

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
