import { useId, useState } from 'react'
import { formatInteger } from '@/metrics/format'
import { parseWorkplaceCsv, type CsvResult, type GroupRef } from '@/metrics/workplace-csv'
import './arbeidsplass.css'

/** Remarks listed after an import; the rest are counted. */
const REPORT_LINES = 20

/**
 * Rows from a spreadsheet, pasted or as a file. The lines that could not be read stay in
 * the field with a remark each, so they can be fixed and read again.
 */
export function CsvImport({
  groups,
  onRows,
}: {
  groups: readonly GroupRef[]
  onRows: (rows: CsvResult['rows']) => void
}) {
  const id = useId()
  const [text, setText] = useState('')
  const [report, setReport] = useState<CsvResult | null>(null)
  const read = (input: string) => {
    const result = parseWorkplaceCsv(input, groups)
    onRows(result.rows)
    setReport(result)
    // Keep only the lines that could not be read, so they can be fixed and read again.
    const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
    setText(result.errors.map((e) => lines[e.line - 1] ?? '').join('\n'))
  }
  const readFile = (file: File | undefined) => {
    if (!file) return
    const reader = new FileReader()
    reader.onload = () => read(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () =>
      setReport({ rows: [], errors: [{ line: 0, message: 'Filen kunne ikke leses.' }], notes: [] })
    reader.readAsText(file, 'utf-8')
  }
  return (
    <details className="csv-import">
      <summary>Lim inn eller importer fra regneark (CSV)</summary>
      <p>
        Én rad per linje: gruppe; antall ansatte; stillingsprosent. Semikolon eller tabulator
        (kopiert fra Excel) fungerer med desimalkomma, for eksempel «Helsefagarbeidere;6;62,5».
      </p>
      <label htmlFor={`${id}-text`}>Tekst fra regneark</label>
      <textarea
        id={`${id}-text`}
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
      />
      <div className="toolbar">
        <button type="button" onClick={() => read(text)} disabled={text.trim() === ''}>
          Les inn
        </button>
        <label className="file-button">
          Importer CSV-fil
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => readFile(e.target.files?.[0])}
          />
        </label>
      </div>
      {report && (
        <div role="status" className="csv-import__report">
          <p>
            {report.rows.length === 1
              ? '1 rad lagt til.'
              : `${formatInteger(report.rows.length)} rader lagt til.`}
            {report.errors.length > 0 &&
              ` ${report.errors.length} ${report.errors.length === 1 ? 'linje' : 'linjer'} kunne ikke leses og står igjen i feltet over:`}
          </p>
          {(report.errors.length > 0 || report.notes.length > 0) && (
            <ul>
              {[...report.errors, ...report.notes].slice(0, REPORT_LINES).map((e) => (
                <li key={`${e.line}-${e.message}`}>{e.message}</li>
              ))}
              {report.errors.length + report.notes.length > REPORT_LINES && (
                <li>
                  … og {formatInteger(report.errors.length + report.notes.length - REPORT_LINES)}{' '}
                  merknader til.
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </details>
  )
}
