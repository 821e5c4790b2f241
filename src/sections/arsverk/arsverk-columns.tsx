import { createColumnHelper } from '@tanstack/react-table'
import type { SortableFeatures } from '@/components/tables/sortable-table'
import type { ArsverkRow, ShareRow } from '@/metrics/arsverk-table'
import { ARSVERK_TABLE } from '@/metrics/chart-embeds'
import { formatInteger, formatShare } from '@/metrics/format'

/** The årsverk table's columns, in counts and in shares of the total; both sort. */

export interface TableRow {
  row: ArsverkRow
  shares: ShareRow
}

const column = createColumnHelper<SortableFeatures, TableRow>()
const byName = (a: { original: TableRow }, b: { original: TableRow }) =>
  a.original.row.name.localeCompare(b.original.row.name, 'nb')
const nameColumn = column.accessor((r) => r.row.name, {
  id: 'name',
  header: ARSVERK_TABLE.name,
  sortFn: byName,
  meta: { rowHeader: true },
})
const sizeColumn = column.accessor((r) => r.row.averagePositionSize ?? -1, {
  id: 'averagePositionSize',
  header: ARSVERK_TABLE.averagePositionSize,
  cell: (c) => formatShare(c.row.original.row.averagePositionSize),
  sortFn: 'basic',
  meta: { numeric: true },
})

const count = (id: 'arsverk' | 'sysselsatte' | 'fullTime' | 'potential', header: string) =>
  column.accessor((r) => r.row[id], {
    id,
    header,
    cell: (c) => formatInteger(c.getValue()),
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
  })
const share = (id: 'arsverk' | 'sysselsatte' | 'fullTime' | 'potential', header: string) =>
  column.accessor((r) => r.shares[id] ?? -1, {
    id,
    header,
    cell: (c) => formatShare(c.row.original.shares[id]),
    sortFn: 'basic',
    sortDescFirst: true,
    meta: { numeric: true },
  })

// The columns that carry the argument come first, so a phone shows them beside the
// group before any scrolling: what is missing to full-time, and the position size.
export const COUNT_COLUMNS = [
  nameColumn,
  count('potential', ARSVERK_TABLE.antall.potential),
  sizeColumn,
  count('arsverk', ARSVERK_TABLE.antall.arsverk),
  count('sysselsatte', ARSVERK_TABLE.antall.sysselsatte),
  count('fullTime', ARSVERK_TABLE.antall.fullTime),
]
export const SHARE_COLUMNS = [
  nameColumn,
  share('potential', ARSVERK_TABLE.andel.potential),
  sizeColumn,
  share('arsverk', ARSVERK_TABLE.andel.arsverk),
  share('sysselsatte', ARSVERK_TABLE.andel.sysselsatte),
  share('fullTime', ARSVERK_TABLE.andel.fullTime),
]
