import type { ArsverkRow } from '@/metrics/arsverk-table'
import { ARSVERK_TABLE } from '@/metrics/chart-embeds'
import {
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPoints,
  formatShare,
} from '@/metrics/format'
import type { FullTimeRow } from '@/metrics/full-time'
import { ARSVERK_LABEL, MISSING_LABEL } from '@/metrics/terms'
import { valueTicks, type ChartLayout } from './chart-layout'
import type { LegendItem } from './legend'

/**
 * Series labels, colours and marks, apart from the charts so that legends and reserved
 * box sizes are ready before the chart code (Recharts, in its own chunk) has loaded.
 * Colours are CSS variables from styles/tokens.css (Okabe–Ito based, with dark-mode values).
 */
export const ARSVERK_SERIES = {
  arsverk: { label: ARSVERK_LABEL, color: 'var(--series-1)', mark: 'solid' },
  potential: { label: MISSING_LABEL, color: 'var(--series-2)', mark: 'hatched' },
} as const satisfies Record<string, LegendItem>

/**
 * The årsverk chart's legend: in numbers both series; in shares only the one it draws,
 * each row's part of the årsverk missing to full-time.
 */
const ARSVERK_LEGEND = [ARSVERK_SERIES.arsverk, ARSVERK_SERIES.potential]
const ARSVERK_SHARE_LEGEND = [ARSVERK_SERIES.potential]
export const arsverkLegend = (measure: 'antall' | 'andel'): readonly LegendItem[] =>
  measure === 'antall' ? ARSVERK_LEGEND : ARSVERK_SHARE_LEGEND

/** The årsverk chart's value axis: fewer ticks on a narrow plot. */
export const arsverkTicks = (max: number, layout: ChartLayout) =>
  valueTicks(max, layout.labelsAbove ? 3 : 4)

/** The årsverk chart's tick labels: counts, or whole percent in shares. */
export const arsverkTick = (measure: 'antall' | 'andel', value: number) =>
  measure === 'antall' ? formatInteger(value) : `${formatDecimal(value, 0)}\u00a0%`

/** The årsverk chart's value labels: counts, or shares with one decimal. */
export const arsverkValue = (measure: 'antall' | 'andel', value: number) =>
  countOrPercent(measure === 'antall' ? 'count' : 'percent', value)

/** A row's tooltip in the årsverk chart, line by line: its full name first. */
export const arsverkTooltip = (row: ArsverkRow): string[] => [
  row.name,
  `${ARSVERK_TABLE.antall.potential}: ${formatInteger(row.potential)}`,
  `${ARSVERK_TABLE.antall.arsverk}: ${formatInteger(row.arsverk)}`,
  `${ARSVERK_TABLE.antall.sysselsatte}: ${formatInteger(row.sysselsatte)}`,
  // The table's header without its soft hyphen.
  `${ARSVERK_TABLE.averagePositionSize.replace('\u00ad', '')}: ${formatShare(row.averagePositionSize)}`,
]

/** The words under which a chart's table is folded. */
export const TABLE_FOLD = 'Vis tallene som tabell'

// Grey for the earlier year: orange means «missing to full-time» everywhere on the page.
export const FULL_TIME_SERIES = {
  percent2016: { label: '2016 (utledet)', color: 'var(--series-past)', mark: 'hatched' },
  percent2023: { label: '2023', color: 'var(--series-1)', mark: 'solid' },
} as const satisfies Record<string, LegendItem>

/** The full-time chart's axis: shares from 0 to 100 %, by 50 on a narrow plot, else by 25. */
export const FULL_TIME_DOMAIN = [0, 100] as const
export const fullTimeTicks = (layout: ChartLayout): readonly number[] =>
  layout.labelsAbove ? [0, 50, 100] : [0, 25, 50, 75, 100]
export const fullTimeTick = (value: number) => formatPercent(value, 0)

/** A row's tooltip in the full-time chart, line by line: its full name first. */
export const fullTimeTooltip = (row: FullTimeRow): string[] => [
  row.group,
  `${FULL_TIME_SERIES.percent2023.label}: ${formatPercent(row.percent2023)}`,
  `${FULL_TIME_SERIES.percent2016.label}: ${formatPercent(row.percent2016)}`,
  `Endring: ${formatPoints(row.changeSince2016)}`,
]

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

/**
 * A count, or a share in percent with one decimal: the årsverk chart's values (numbers
 * or shares), and the users chart's values and ticks (users or user frequency).
 */
export const countOrPercent = (measure: 'count' | 'percent', value: number): string =>
  measure === 'count' ? formatInteger(value) : `${formatDecimal(value, 1)}\u00a0%`

/** An age group's name at its line's end: "90 år eller eldre" becomes "90+ år" to fit. */
export const lineEndLabel = (label: string) => label.replace(' år eller eldre', '+ år')
