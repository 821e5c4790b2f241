import type { ReactNode } from 'react'
import './data-table.css'

/** One column after the row header: its heading, and how its cells are set. */
export interface DataColumn {
  id: string
  header: ReactNode
  /** Figures: right-aligned with tabular digits, so that they line up down the column. */
  numeric?: boolean
  /** A quotation from the source: set as running text. */
  quote?: boolean
}

/** One row: the row header (a group, an age, a year) and one cell per column. */
export interface DataRow {
  key: string
  header: ReactNode
  cells: readonly ReactNode[]
}

/**
 * The plain data table: a caption, a header row, one row per group and an optional sum
 * row in `<tfoot>`. Every figure table without sorting (on the page and on the argument
 * sheet) renders through it, so they all
 * share markup (`th scope`, `caption`), classes and CSV export (`TableScroll` reads this
 * markup). `SortableTable` is the sortable kind (TanStack); `BarList` is a chart drawn as a
 * table, with markup of its own.
 */
export function DataTable({
  caption,
  rowHeader,
  columns,
  rows,
  footer,
  className = 'data-table',
  captionHidden = false,
}: {
  caption: ReactNode
  /** The heading of the row-header column: «Gruppe», «År», «Aldersgruppe». */
  rowHeader: ReactNode
  columns: readonly DataColumn[]
  rows: readonly DataRow[]
  footer?: DataRow | undefined
  /** The table's look: the page's (`data-table`) unless a printed sheet sets its own. */
  className?: string
  /** A caption for screen readers only, where a heading above already says it. */
  captionHidden?: boolean
}) {
  const cells = (row: DataRow) =>
    columns.map((c, i) => (
      <td key={c.id} className={cellClass(c)}>
        {row.cells[i]}
      </td>
    ))
  return (
    <table className={className}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((c) => (
            <th key={c.id} scope="col" className={c.numeric ? 'numeric' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.header}</th>
            {cells(r)}
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>
            <th scope="row">{footer.header}</th>
            {cells(footer)}
          </tr>
        </tfoot>
      )}
    </table>
  )
}

const cellClass = (c: DataColumn) => (c.numeric ? 'numeric' : c.quote ? 'quote-cell' : undefined)

/** A cell the source has no figure for: a dash to the eye, words to a screen reader. */
export function MissingValue({ reason = 'ikke med i datagrunnlaget' }: { reason?: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{reason}</span>
    </>
  )
}
