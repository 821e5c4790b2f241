import { capitalise, formatPercent, formatPoints, shareInWords } from './format'

/**
 * KS' national full-time series (PAI register, 1 December): the years KS has published,
 * and nothing between them. A year without a published figure stays empty (null) in
 * every series built here; no value is interpolated.
 */

export interface KsPointLike {
  year: number
  value: number
  /** Whom the figure covers, where its sentence names it otherwise than the series. */
  population?: string | undefined
}

export interface KsSeriesLike {
  id: string
  label: string
  population: string
  measure: 'heltidsandel' | 'stillingsstorrelse'
  points: readonly KsPointLike[]
}

/** One row a year, first to last published year; a series without that year holds null. */
export type KsTrendRow = { year: number } & Record<string, number | null>

/**
 * Rows for a chart or table over every calendar year from the first to the last year
 * any of `series` has, so the x axis is true to time and gaps show as gaps.
 * Empty input gives no rows.
 */
export function ksTrendRows(series: readonly KsSeriesLike[]): KsTrendRow[] {
  const years = series.flatMap((s) => s.points.map((p) => p.year))
  if (years.length === 0) return []
  const first = Math.min(...years)
  const last = Math.max(...years)
  const rows: KsTrendRow[] = []
  for (let year = first; year <= last; year++) {
    const row: KsTrendRow = { year }
    for (const s of series) row[s.id] = s.points.find((p) => p.year === year)?.value ?? null
    rows.push(row)
  }
  return rows
}

export interface KsChange {
  from: KsPointLike
  to: KsPointLike
  /** to − from, in percentage points. */
  points: number
}

/** First and last published figure of a series; null with fewer than two points. */
export function ksChange(series: KsSeriesLike): KsChange | null {
  const from = series.points[0]
  const to = series.points.at(-1)
  if (!from || !to || from === to) return null
  return { from, to, points: to.value - from.value }
}

/**
 * The share working part-time in the last year: 100 − full-time share, in percent.
 * "Part-time" here is KS' complement: the sum of a person's municipal positions is
 * under 100 %.
 */
export const partTimePercent = (fullTimePercent: number) => 100 - fullTimePercent

/**
 * The finding, in words a member reads once: «To av tre turnusansatte i helse og omsorg
 * jobber fortsatt deltid». Falls back to the percent when no plain fraction fits.
 */
export function partTimeHeadline(fullTime: KsSeriesLike): string | null {
  const last = fullTime.points.at(-1)
  if (!last) return null
  const part = partTimePercent(last.value)
  const words = shareInWords(part / 100)
  const who = 'turnusansatte i helse og omsorg'
  return words
    ? `${capitalise(words)} ${who} jobber fortsatt deltid`
    : `${formatPercent(part)} av ${who} jobber fortsatt deltid`
}

/** «Andelen med heltid økte fra 20,8 % i 2014 til 34,8 % i 2023 (+14,0 prosentpoeng).» */
export function ksChangeSentence(series: KsSeriesLike): string | null {
  const c = ksChange(series)
  if (!c) return null
  const what =
    series.measure === 'heltidsandel' ? 'Andelen med heltid' : 'Gjennomsnittlig stillingsstørrelse'
  const verb = c.points > 0 ? 'økte' : c.points < 0 ? 'sank' : 'var uendret'
  return `${what} ${verb} fra ${formatPercent(c.from.value)} i ${c.from.year} til ${formatPercent(
    c.to.value,
  )} i ${c.to.year} (${formatPoints(c.points)}).`
}

/** One bar of the part-time chart: a published year, split into part-time and full-time. */
export interface KsShareRow {
  year: number
  /** The year as the category axis names it. */
  label: string
  /** 100 − the full-time share, in percent. */
  partTime: number
  fullTime: number
}

/**
 * The full-time series as part-time and full-time shares of 100 %, one row per year KS
 * has published (no row for a year without a figure, so no year is drawn that has no
 * data), earliest first.
 */
export function ksShareRows(fullTime: KsSeriesLike): KsShareRow[] {
  return [...fullTime.points]
    .sort((a, b) => a.year - b.year)
    .map((p) => ({
      year: p.year,
      label: String(p.year),
      partTime: partTimePercent(p.value),
      fullTime: p.value,
    }))
}

/**
 * The part-time chart's summary: the last year's split, and where part-time stood in the
 * first year. Null with fewer than two years.
 */
export function ksShareSummary(fullTime: KsSeriesLike): string | null {
  const c = ksChange(fullTime)
  if (!c) return null
  return `I ${c.to.year} jobbet ${formatPercent(partTimePercent(c.to.value))} av turnusansatte i helse og omsorg deltid og ${formatPercent(
    c.to.value,
  )} heltid. I ${c.from.year} jobbet ${formatPercent(partTimePercent(c.from.value))} deltid.`
}

/**
 * The full-time chart's subtitle: who, when, and KS' definition, so an exported or
 * embedded chart is not read with SSB's («heltid i hovedjobben») in mind.
 */
export const KS_SHARE_SUBTITLE =
  'Turnusansatte i helse og omsorg i kommunene, 1.\u00a0desember i årene KS har publisert. Heltid: alle stillingene en person har i kommunen, summert til minst 100\u00a0%.'

/** The years a series has, as a source line names them: «1. desember 2014, 2018 og 2023». */
export function publishedYears(series: KsSeriesLike): string {
  const years = series.points.map((p) => String(p.year))
  const list =
    years.length <= 1 ? (years[0] ?? '') : `${years.slice(0, -1).join(', ')} og ${years.at(-1)}`
  return `1.\u00a0desember ${list}`
}

/**
 * A series of another part of the municipal sector as sentences: one for the series when
 * every figure covers its population, else one for each figure with whom it covers (KS
 * names the health sector two ways in two years; they are not said to be the same).
 */
export function otherSeriesLines(
  series: KsSeriesLike,
  format: (value: number) => string,
): string[] {
  const differs = series.points.some((p) => p.population && p.population !== series.population)
  if (!differs) {
    const values = series.points.map((p) => `${format(p.value)} i ${p.year}`)
    const list =
      values.length <= 1
        ? (values[0] ?? '')
        : `${values.slice(0, -1).join(', ')} og ${values.at(-1)}`
    return [`${series.population}: ${list}.`]
  }
  return series.points.map(
    (p) => `${p.population ?? series.population}: ${format(p.value)} i ${p.year}.`,
  )
}
