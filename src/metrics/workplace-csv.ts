import { dsvFormat } from 'd3-dsv'
import { spreadsheetSafe } from './csv-cell'
import { OTHER_GROUP, validateRow, type WorkplaceRow } from './workplace'

/**
 * The workplace rows in and out of a spreadsheet: pasted or imported CSV in, a CSV for
 * Norwegian Excel out. Group names are matched to the national groups forgivingly.
 */

export interface GroupRef {
  id: string
  name: string
}

const normalize = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-zæøå0-9]+/g, ' ')
    .trim()

/** Each word without a plural or definite ending: "Pleieassistenter uten …" → "pleieassistent uten …". */
const stems = (s: string) =>
  normalize(s)
    .split(' ')
    .map((w) => w.replace(/(ere|er|e)$/, ''))
    .join(' ')

/**
 * Finds a national group by its id or name, ignoring case and plural endings word by
 * word, so "helsefagarbeider", "Helsefagarbeidere", "HELSEFAGARBEIDER" and the plan's
 * singular "Pleieassistent uten helse- og sosialfaglig utdanning" all match.
 */
export function matchGroup(text: string, groups: readonly GroupRef[]): string | null {
  const wanted = normalize(text)
  if (!wanted) return null
  const found = groups.find(
    (g) => g.id === wanted.replace(/ /g, '-') || stems(g.name) === stems(wanted),
  )
  return found?.id ?? null
}

export interface CsvResult {
  rows: Omit<WorkplaceRow, 'id'>[]
  /** Lines that could not be used, 1-based as in the text. */
  errors: { line: number; message: string }[]
  /** Lines used, with a remark (e.g. an unknown group counted as «annen»). */
  notes: { line: number; message: string }[]
}

const HEADER = /^(gruppe|yrkesgruppe|utdanningsgruppe|stilling)/i
const SOURCE_LINE = 'Kilde: egne tall, registrert i Heltid i tall'

/**
 * Reads pasted or imported CSV: one row per line, «group; employees; percent». Semicolon,
 * tab or comma separated (semicolon if a line has one, so "62,5" can be a decimal comma;
 * with commas, quote decimals: "62,5"). A header line and a «Kilde:» line are skipped. Bad lines are reported by
 * number, and the good ones kept.
 */
export function parseWorkplaceCsv(text: string, groups: readonly GroupRef[]): CsvResult {
  const result: CsvResult = { rows: [], errors: [], notes: [] }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  lines.forEach((raw, index) => {
    const line = index + 1
    // Blank lines, and the source line our own export ends with, carry no row.
    if (raw.trim() === '' || /^kilde:/i.test(raw.trim())) return
    const delimiter = raw.includes(';') ? ';' : raw.includes('\t') ? '\t' : ','
    const cells = (dsvFormat(delimiter).parseRows(raw)[0] ?? []).map((c) => c.trim())
    if (index === 0 && HEADER.test(cells[0] ?? '')) return
    const [name = '', employees = '', percent = '', ...rest] = cells
    if (cells.length < 3 || rest.some((c) => c !== '')) {
      result.errors.push({
        line,
        message: `Linje ${line} har ${cells.length} felt; forventet tre: gruppe; antall ansatte; stillingsprosent.`,
      })
      return
    }
    const group = matchGroup(name, groups)
    const row = { group: group ?? OTHER_GROUP, employees, percent }
    const { issues } = validateRow({ id: '', ...row })
    const problem = issues.employees ?? issues.percent
    if (problem) {
      result.errors.push({ line, message: `Linje ${line}: ${problem}` })
      return
    }
    if (!group) {
      result.notes.push({
        line,
        message: `Linje ${line}: «${name}» er ikke en av gruppene og er ført som «Annen gruppe».`,
      })
    }
    result.rows.push(row)
  })
  return result
}

/**
 * The rows as CSV for Norwegian Excel: semicolons, decimal commas, a byte-order mark,
 * and the source of the comparison as the last line. What the reader typed is written as
 * text when a spreadsheet would read it as a formula (see `spreadsheetSafe`).
 */
export function workplaceToCsv(
  rows: readonly Omit<WorkplaceRow, 'id'>[],
  groups: readonly GroupRef[],
): string {
  const name = (id: string) => groups.find((g) => g.id === id)?.name ?? 'Annen gruppe'
  const format = dsvFormat(';')
  const lines = [
    ['Gruppe', 'Antall ansatte', 'Stillingsprosent'],
    ...rows.map((r) => [name(r.group), r.employees.trim(), r.percent.trim().replace('.', ',')]),
  ].map((cells) => format.formatRow(cells.map(spreadsheetSafe)))
  return `\uFEFF${lines.join('\r\n')}\r\n${SOURCE_LINE}\r\n`
}
