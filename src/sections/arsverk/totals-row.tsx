import type { ArsverkData } from '@/data/schema'
import { asShares, type ArsverkMeasure, type ArsverkRow } from '@/metrics/arsverk-table'
import { arsverkTotalsLabel } from '@/metrics/chart-embeds'
import { formatInteger, formatShare } from '@/metrics/format'
import '@/components/tables/data-table.css'

/**
 * The årsverk table's sum row, under the sorted rows: the shown rows' totals, in the
 * same columns and measure as the table (see arsverk-columns.tsx for the order).
 */
export function TotalsRow({
  total,
  measure,
  data,
  count: shown,
}: {
  total: ArsverkRow
  measure: ArsverkMeasure
  data: ArsverkData
  count: number
}) {
  const shares = asShares(total, data.total)
  const value = (id: 'arsverk' | 'sysselsatte' | 'fullTime' | 'potential') =>
    measure === 'antall' ? formatInteger(total[id]) : formatShare(shares[id])
  return (
    <tr>
      <th scope="row">{arsverkTotalsLabel(shown)}</th>
      <td className="numeric">{value('potential')}</td>
      <td className="numeric">{formatShare(total.averagePositionSize)}</td>
      <td className="numeric">{value('arsverk')}</td>
      <td className="numeric">{value('sysselsatte')}</td>
      <td className="numeric">{value('fullTime')}</td>
    </tr>
  )
}
