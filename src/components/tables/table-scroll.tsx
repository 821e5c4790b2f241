import { useRef, type ReactNode } from 'react'
import { downloadText } from '../share/download'
import { Downloads } from '../share/downloads'
import './table-scroll.css'

export interface TableDownload {
  /** File name without extension. */
  filename: string
  /** The source line written as the CSV's last line. */
  source: string
}

/**
 * A wide table's scroll box. It takes keyboard focus, so that a keyboard user can scroll
 * it sideways on a phone (WCAG 2.1.1; axe's scrollable-region-focusable). With `download`,
 * the table can be saved as CSV for Excel. With `fold`, the table (the alternative to a
 * chart or a summary beside it) is folded under that text: one tap or key away, still
 * found by the browser's search and printed (see styles/base.css, print).
 */
export function TableScroll({
  label,
  download,
  fold,
  children,
}: {
  label: string
  download?: TableDownload | undefined
  fold?: string | undefined
  children: ReactNode
}) {
  const box = useRef<HTMLDivElement>(null)
  // The CSV code (and d3-dsv) loads on the first click: no first visit needs it.
  const csv = async () => {
    const table = box.current?.querySelector('table')
    if (!table || !download) return false
    const { tableToCsv } = await import('./table-csv')
    return downloadText(`${download.filename}.csv`, tableToCsv(table, download.source))
  }
  const content = (
    <>
      <div ref={box} className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
      {download && <Downloads actions={[{ label: 'Tabell (CSV)', run: csv }]} />}
    </>
  )
  if (!fold) return content
  return (
    <details className="table-fold">
      <summary>{fold}</summary>
      {content}
    </details>
  )
}

export { TABLE_FOLD } from '../charts/chart-config'
