import { decimalsOf, formatPercent } from './format'
import {
  ksTrendRows,
  otherSeriesLines,
  partTimeHeadline,
  type KsSeriesLike,
  type KsTrendRow,
} from './ks-trend'

/**
 * What the KS part of «Heltid og deltid» shows, as data and text: the turnus series as
 * table columns and rows, the chart's title, and the other parts of the municipal sector
 * in sentences. The formulas are in ks-trend.ts.
 */

/** KS' two series for turnus staff, as the table's columns (ids in ks-heltid.json). */
export const KS_TURNUS_SERIES = [
  { id: 'turnus-heltid', name: 'Andel med heltid' },
  { id: 'turnus-stilling', name: 'Gjennomsnittlig stillingsstørrelse' },
] as const

/** What the KS part of the page shows, from the dataset's series. */
export interface KsTrendView<S extends KsSeriesLike> {
  /** The turnus series the dataset has, with their column names. */
  columns: { id: string; name: string; series: S }[]
  /** One row a published year, for the table. */
  rows: KsTrendRow[]
  /** Full-time share of turnus staff, and their average position size, when published. */
  fullTime: S | undefined
  positionSize: S | undefined
  /** The series for other parts of the municipal sector, told in sentences. */
  others: S[]
  /** The chart's title: the part-time finding, or what is drawn when there is none. */
  title: string
  /** The table's cells, one row a published year; null where KS published no figure. */
  tableRows: { year: number; cells: (string | null)[] }[]
  /** The other parts of the sector, one sentence a line (a series in its own decimals). */
  otherLines: { key: string; text: string }[]
  /** True when KS renamed a sector in some years, so a series is told year by year. */
  othersRenamed: boolean
}

/** One decimal for the whole series if the source gives any (57,2 and 61,0), else none. */
const seriesDecimals = (s: KsSeriesLike) => Math.max(0, ...s.points.map((p) => decimalsOf(p.value)))

export function ksTrendView<S extends KsSeriesLike>(series: readonly S[]): KsTrendView<S> {
  const columns = KS_TURNUS_SERIES.flatMap((c) => {
    const found = series.find((s) => s.id === c.id)
    return found ? [{ id: c.id as string, name: c.name as string, series: found }] : []
  })
  const ids = KS_TURNUS_SERIES.map((c) => c.id as string)
  const rows = publishedRows(
    ksTrendRows(columns.map((c) => c.series)),
    columns.map((c) => c.id),
  )
  const fullTime = series.find((s) => s.id === 'turnus-heltid')
  const others = series.filter((s) => !ids.includes(s.id))
  return {
    columns,
    rows,
    fullTime,
    positionSize: series.find((s) => s.id === 'turnus-stilling'),
    others,
    title:
      (fullTime && partTimeHeadline(fullTime)) ??
      'Heltid og deltid blant turnusansatte i helse og omsorg',
    tableRows: rows.map((r) => ({
      year: r.year,
      cells: columns.map((c) => {
        const value = r[c.id] ?? null
        return value === null ? null : formatPercent(value)
      }),
    })),
    otherLines: others.flatMap((s) =>
      otherSeriesLines(s, (v) => formatPercent(v, seriesDecimals(s))).map((text) => ({
        key: `${s.id}-${text}`,
        text,
      })),
    ),
    othersRenamed: others.some((s) => otherSeriesLines(s, String).length > 1),
  }
}

/** Only the years at least one series has a figure for: the table shows no empty rows. */
export const publishedRows = (rows: readonly KsTrendRow[], ids: readonly string[]) =>
  rows.filter((r) => ids.some((id) => r[id] !== null))
