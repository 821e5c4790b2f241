import { dsvFormat } from 'd3-dsv'
import { sourceLine } from '@/metrics/sources'
import { spreadsheetSafe } from '@/metrics/csv-cell'

/**
 * A rendered table as CSV for Norwegian Excel: semicolons, decimal commas (as shown),
 * UTF-8 with a byte-order mark, and the source as the last line. Numbers lose their
 * thousands spaces ("54 105" → "54105") so Excel reads them as numbers; text hidden from
 * screen readers (sort arrows) is left out. A cell a spreadsheet would read as a formula is
 * written as text.
 */
export function tableToCsv(table: HTMLTableElement, source: string): string {
  const format = dsvFormat(';')
  const cellText = (cell: Element): string => {
    const clone = cell.cloneNode(true) as Element
    clone.querySelectorAll('[aria-hidden="true"], .visually-hidden').forEach((n) => n.remove())
    return (clone.textContent ?? '')
      .replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '$1')
      .replace(/\u2212/g, '-')
      .replace(/\u00ad/g, '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  }
  const rows = [...table.rows].map((row) => [...row.cells].map(cellText))
  const lines = rows.map((cells) => format.formatRow(cells.map(spreadsheetSafe)))
  return `\uFEFF${lines.join('\r\n')}\r\n${format.formatRow([sourceLine(source)])}\r\n`
}
