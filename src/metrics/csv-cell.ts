/**
 * Spreadsheet formula injection: Excel, LibreOffice and Google Sheets treat a cell that
 * begins with `=`, `+`, `-` or `@` (or a tab or carriage return, which some of them skip
 * before looking) as a formula. A CSV we write must never carry a formula someone typed,
 * so such a cell gets a leading apostrophe, which spreadsheets show as text and hide.
 *
 * A plain number keeps its sign so it stays a number: "-2,1", "-1 234" and "+3" are not
 * changed. Input is the cell as text; output is the cell as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?\d[\d ]*(?:[.,]\d+)?$/

export function spreadsheetSafe(cell: string): string {
  if (!FORMULA_START.test(cell) || PLAIN_NUMBER.test(cell)) return cell
  return `'${cell}`
}
