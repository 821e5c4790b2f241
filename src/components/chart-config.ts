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

/** Height of one bar row in the horizontal bar charts, and the room for the axis. */
export const BAR_ROW_HEIGHT = 48
export const BAR_AXIS_HEIGHT = 50

export const barChartHeight = (rows: number) => rows * BAR_ROW_HEIGHT + BAR_AXIS_HEIGHT

export const FULL_TIME_SERIES = {
  percent2016: { label: '2016 (utledet)', color: 'var(--series-2)', mark: 'hatched' },
  percent2023: { label: '2023', color: 'var(--series-1)', mark: 'solid' },
} as const satisfies Record<string, LegendItem>

/** Grouped bars need room for two bars a row. */
export const groupedBarChartHeight = (rows: number) => rows * (BAR_ROW_HEIGHT + 4) + BAR_AXIS_HEIGHT

/** One colour and one dash pattern per age group, in the data's order. */
const LINE_STYLES = [
  { color: 'var(--series-1)', mark: 'line', dash: undefined },
  { color: 'var(--series-2)', mark: 'dashed', dash: '6 4' },
  { color: 'var(--series-3)', mark: 'dotted', dash: '2 3' },
  { color: 'var(--series-4)', mark: 'dashdot', dash: '8 3 2 3' },
  { color: 'var(--series-5)', mark: 'longdash', dash: '12 4' },
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
