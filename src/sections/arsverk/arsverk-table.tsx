import { useMemo } from 'react'
import { SortableTable, type TableSort } from '@/components/tables/sortable-table'
import { TABLE_FOLD } from '@/components/tables/table-scroll'
import type { ArsverkData } from '@/data/schema'
import { asShares, totalsRow, type ArsverkMeasure, type ArsverkRow } from '@/metrics/arsverk-table'
import { ARSVERK_TABLE } from '@/metrics/chart-embeds'
import { ARSVERK_COLUMNS } from '@/state/view-state'
import { useViewStore } from '@/state/view-store'
import { COUNT_COLUMNS, SHARE_COLUMNS } from './arsverk-columns'
import { TotalsRow } from './totals-row'

/**
 * The årsverk table: the shown rows in counts or shares, sortable by any column (the
 * order is kept in the link), with the sum of the shown rows below.
 */
export function ArsverkTable({
  data,
  rows,
  measure,
  source,
}: {
  data: ArsverkData
  rows: readonly ArsverkRow[]
  measure: ArsverkMeasure
  source: string
}) {
  const sortColumn = useViewStore((s) => s.arsverkSort.column)
  const sortDesc = useViewStore((s) => s.arsverkSort.desc)
  const setSort = useViewStore((s) => s.setArsverkSort)
  const tableRows = useMemo(
    () => rows.map((row) => ({ row, shares: asShares(row, data.total) })),
    [rows, data],
  )
  const total = useMemo(() => totalsRow(rows), [rows])
  const onSortChange = (sort: TableSort) => {
    const column = ARSVERK_COLUMNS.find((c) => c === sort.column)
    if (column) setSort({ column, desc: sort.desc })
  }
  return (
    <SortableTable
      // The two measures are different column sets under the same column ids; a new
      // table for each keeps TanStack's per-row value cache from mixing them.
      key={measure}
      caption={ARSVERK_TABLE.caption[measure]}
      scrollLabel={ARSVERK_TABLE.label}
      fold={TABLE_FOLD}
      columns={measure === 'antall' ? COUNT_COLUMNS : SHARE_COLUMNS}
      data={tableRows}
      getRowId={(r) => r.row.id}
      sort={{ column: sortColumn, desc: sortDesc }}
      onSortChange={onSortChange}
      download={{ filename: 'arsverk-per-utdanningsgruppe-2021', source }}
      footer={<TotalsRow total={total} measure={measure} data={data} count={rows.length} />}
    />
  )
}
