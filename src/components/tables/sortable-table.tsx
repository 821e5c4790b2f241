import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table'
import type { ReactNode } from 'react'
import { TableScroll, type TableDownload } from './table-scroll'
import './data-table.css'
import './sortable-table.css'

/** The table features every sortable table uses; columns are typed against these. */
export const sortableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
  columnMeta: {} as { numeric?: boolean; rowHeader?: boolean },
})

export type SortableFeatures = typeof sortableFeatures

export interface TableSort {
  column: string
  desc: boolean
}

interface SortableTableProps<Row extends object> {
  caption: ReactNode
  /** Names the scroll box for screen readers, e.g. «Årsverk per gruppe, tabell». */
  scrollLabel: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column
  columns: ColumnDef<SortableFeatures, Row, any>[]
  /** Must be memoized by the caller: a new array each render makes the table start over. */
  data: Row[]
  sort: TableSort
  onSortChange: (sort: TableSort) => void
  /** A totals row (or rows) for <tfoot>, already laid out to match the columns. */
  footer?: ReactNode
  getRowId: (row: Row) => string
  download?: TableDownload
  /** Fold the table under this text (see TableScroll). */
  fold?: string
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/**
 * A table whose every column sorts by a button in its header. The sort is controlled
 * (it lives in the URL store); `aria-sort` tells screen readers the current order.
 */
export function SortableTable<Row extends object>({
  caption,
  scrollLabel,
  columns,
  data,
  sort,
  onSortChange,
  footer,
  getRowId,
  download,
  fold,
}: SortableTableProps<Row>) {
  const sorting: SortingState = [{ id: sort.column, desc: sort.desc }]
  const table = useTable({
    features: sortableFeatures,
    columns,
    data,
    getRowId,
    state: { sorting },
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater
      const [first] = next
      if (first) onSortChange({ column: first.id, desc: first.desc })
    },
  })

  return (
    <TableScroll label={scrollLabel} download={download} fold={fold}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((headerGroup) => (
            <tr key={headerGroup.id}>
              {headerGroup.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                const meta = header.column.columnDef.meta
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
                    className={meta?.numeric ? 'numeric' : undefined}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span className="sort-indicator" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => {
                const meta = cell.column.columnDef.meta
                const Cell = meta?.rowHeader ? 'th' : 'td'
                return (
                  <Cell
                    key={cell.id}
                    scope={meta?.rowHeader ? 'row' : undefined}
                    className={meta?.numeric ? 'numeric' : undefined}
                  >
                    <table.FlexRender cell={cell} />
                  </Cell>
                )
              })}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </TableScroll>
  )
}
