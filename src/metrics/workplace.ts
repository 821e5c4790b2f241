import { dsvFormat } from 'd3-dsv'
import { spreadsheetSafe } from './csv-cell'
import { formatDecimal, formatInteger, roundTo } from './format'
import { averagePositionSize, fullTimePotential } from './workforce'

/**
 * The workplace calculator: a shop steward's own unit, entered as rows of «N employees
 * in group G at P % position». Everything is computed here, in the browser; nothing is
 * sent anywhere. Rows keep the text as typed, so a mistake never loses what was written.
 */

export const OTHER_GROUP = 'annen'
export const MAX_EMPLOYEES = 100_000

export interface WorkplaceRow {
  id: string
  /** A national group id, or OTHER_GROUP. */
  group: string
  /** As typed. */
  employees: string
  /** As typed, e.g. "75", "62,5", "62.5 %". */
  percent: string
}

export interface ValidRow {
  group: string
  employees: number
  /** 0 < percent ≤ 100 */
  percent: number
}

export interface FieldIssues {
  employees?: string
  percent?: string
}

/**
 * Reads a Norwegian number: "75", "62,5", "62.5", "1 000", "75 %". Null if it is not
 * one plain number.
 */
export function parseNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(',', '.')
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null
  const value = Number(cleaned)
  return Number.isFinite(value) ? value : null
}

/** Checks one row; returns the numbers, or what is wrong with each field and how to fix it. */
export function validateRow(row: WorkplaceRow): { value: ValidRow | null; issues: FieldIssues } {
  const issues: FieldIssues = {}
  const employees = parseNumber(row.employees)
  if (row.employees.trim() === '') {
    issues.employees = 'Skriv inn antall ansatte, for eksempel 4.'
  } else if (employees === null) {
    issues.employees = `«${row.employees.trim()}» er ikke et tall. Skriv antall ansatte med sifre, for eksempel 4.`
  } else if (!Number.isInteger(employees)) {
    issues.employees = 'Antall ansatte må være et helt tall, for eksempel 4.'
  } else if (employees < 0) {
    issues.employees = 'Antall ansatte kan ikke være negativt.'
  } else if (employees > MAX_EMPLOYEES) {
    issues.employees = `Over ${MAX_EMPLOYEES.toLocaleString('nb-NO')} ansatte i én rad virker feil. Sjekk tallet.`
  }
  const percent = parseNumber(row.percent)
  if (row.percent.trim() === '') {
    issues.percent = 'Skriv inn stillingsprosent, for eksempel 75.'
  } else if (percent === null) {
    issues.percent = `«${row.percent.trim()}» er ikke et tall. Skriv stillingsprosenten med sifre, for eksempel 75 eller 62,5.`
  } else if (percent <= 0) {
    issues.percent = 'Stillingsprosenten må være større enn 0.'
  } else if (percent > 100) {
    issues.percent =
      'Stillingsprosenten kan ikke være over 100. Har noen mer enn hel stilling, skriv 100.'
  }
  const ok = !issues.employees && !issues.percent && employees !== null && percent !== null
  return { value: ok ? { group: row.group, employees, percent } : null, issues }
}

export interface WorkplaceFigures {
  employees: number
  /** Σ employees × percent / 100 */
  arsverk: number
  /** årsverk / employees; null with no employees */
  averagePositionSize: number | null
  /** Employees at 100 % / employees; null with no employees */
  fullTimeShare: number | null
  /** employees − årsverk: the årsverk missing to full-time at this unit */
  potential: number
}

/** Floating-point sums of percentages are rounded to 1/10 000 årsverk. */
const tidy = (value: number) => Math.round(value * 10_000) / 10_000

export function workplaceFigures(rows: readonly ValidRow[]): WorkplaceFigures {
  const employees = rows.reduce((s, r) => s + r.employees, 0)
  const arsverk = tidy(rows.reduce((s, r) => s + (r.employees * r.percent) / 100, 0))
  const fullTime = rows.filter((r) => r.percent >= 100).reduce((s, r) => s + r.employees, 0)
  return {
    employees,
    arsverk,
    averagePositionSize: averagePositionSize({ arsverk, sysselsatte: employees }),
    fullTimeShare: employees > 0 ? fullTime / employees : null,
    potential: tidy(fullTimePotential({ arsverk, sysselsatte: employees })),
  }
}

/** A row with nothing typed in either number field: not yet begun, so not a mistake. */
export const isBlankRow = (row: Pick<WorkplaceRow, 'employees' | 'percent'>) =>
  row.employees.trim() === '' && row.percent.trim() === ''

/** The valid rows grouped by group, in the order the groups first appear. */
export function figuresByGroup(
  rows: readonly ValidRow[],
): { group: string; figures: WorkplaceFigures }[] {
  const order = [...new Set(rows.map((r) => r.group))]
  return order.map((group) => ({
    group,
    figures: workplaceFigures(rows.filter((r) => r.group === group)),
  }))
}

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

/**
 * The rows in a URL fragment value: "group~employees~percent" joined by "_", each part
 * URI-encoded. Fragments are not sent to servers.
 */
export function encodeWorkplace(rows: readonly Omit<WorkplaceRow, 'id'>[]): string {
  return rows
    .map((r) =>
      [r.group, r.employees, r.percent].map((p) => encodeURIComponent(p.trim())).join('~'),
    )
    .join('_')
}

/** Reads rows back from a fragment value; anything malformed gives no rows, never an error. */
export function decodeWorkplace(
  value: string,
  groups: readonly GroupRef[],
): Omit<WorkplaceRow, 'id'>[] {
  if (value.length > 20_000) return []
  const rows: Omit<WorkplaceRow, 'id'>[] = []
  for (const part of value.split('_')) {
    const fields = part.split('~')
    if (fields.length !== 3) continue
    try {
      const [group = '', employees = '', percent = ''] = fields.map((f) => decodeURIComponent(f))
      const known = groups.some((g) => g.id === group) || group === OTHER_GROUP
      rows.push({
        group: known ? group : OTHER_GROUP,
        employees: employees.slice(0, 20),
        percent: percent.slice(0, 20),
      })
    } catch {
      // A broken percent-escape: skip that row.
    }
    if (rows.length >= 200) break
  }
  return rows
}

/** How many rows a «Lag lenke» link carries at most (see decodeWorkplace). */
export const LINK_ROW_LIMIT = 200

/**
 * Fewer rows with the same figures, for a link: rows of one group with the same position
 * size become one row with their employees summed, so "12 helsefagarbeidere at 75 %" is
 * one row whether it was typed once or imported as twelve lines. Rows that do not validate
 * are kept as typed. Årsverk, employees and every share stay exactly the same.
 */
export function mergeRows(rows: readonly Omit<WorkplaceRow, 'id'>[]): Omit<WorkplaceRow, 'id'>[] {
  const merged = new Map<string, { group: string; employees: number; percent: number }>()
  const invalid: Omit<WorkplaceRow, 'id'>[] = []
  for (const row of rows) {
    const { value } = validateRow({ id: '', ...row })
    if (!value) {
      invalid.push(row)
      continue
    }
    const key = `${value.group}|${value.percent}`
    const found = merged.get(key)
    if (found) found.employees += value.employees
    else merged.set(key, { ...value })
  }
  const number = (n: number) => String(n).replace('.', ',')
  return [
    ...[...merged.values()].map((r) => ({
      group: r.group,
      employees: String(r.employees),
      percent: number(r.percent),
    })),
    ...invalid,
  ]
}

/** The rows that validate, for the figures. */
export function validRows(rows: readonly WorkplaceRow[]): ValidRow[] {
  return rows.flatMap((row) => {
    const { value } = validateRow(row)
    return value ? [value] : []
  })
}

/**
 * Who the workplace texts speak to: the page speaks to the reader about their unit
 * («hos dere»); the handout and the slides are the shop steward's own words («hos oss»).
 */
export type Voice = 'dere' | 'oss'

/** Årsverk at a unit as the page writes them: whole when whole, else one decimal («7,5»). */
export function formatUnitArsverk(value: number): string {
  const tenths = roundTo(value, 1)
  return formatDecimal(tenths, Number.isInteger(tenths) ? 0 : 1)
}

/**
 * The årsverk missing to full-time as written beside the årsverk: the employees (whole)
 * minus the årsverk as rounded for the page, so the two written figures add up to the
 * employees («12 ansatte deler 9 årsverk … mangler 3»), never to 12,1.
 */
export const shownMissing = (figures: Pick<WorkplaceFigures, 'employees' | 'arsverk'>) =>
  Math.max(0, figures.employees - roundTo(figures.arsverk, 1))

/**
 * The lead of «Min arbeidsplass»: what is missing to full-time at the unit, the union's
 * figure. «Hos dere mangler 7,5 årsverk til heltid»; with no part-time, says so.
 */
export function workplaceLead(figures: WorkplaceFigures, voice: Voice = 'dere'): string {
  if (figures.employees > 0 && figures.potential <= 0) return `Alle hos ${voice} har hel stilling`
  return `Hos ${voice} mangler ${formatUnitArsverk(shownMissing(figures))} årsverk til heltid`
}

/** The sentence under the lead: how the figure comes about. */
export function workplaceLeadText(figures: WorkplaceFigures, voice: Voice = 'dere'): string {
  const people =
    figures.employees === 1 ? '1 ansatt har' : `${formatInteger(figures.employees)} ansatte deler`
  return `${people} ${formatUnitArsverk(figures.arsverk)} årsverk. Med hel stilling til alle ville ${
    voice === 'dere' ? 'dere' : 'vi'
  } hatt ${formatInteger(figures.employees)} årsverk.`
}

/** A unit's average position size against the nation's for the same groups. */
export interface SameGroups {
  /** The unit's average position size over the rows whose group the nation has (0–1). */
  here: number | null
  /**
   * The nation's average position size for the same mix: each group's national average
   * weighted by the unit's employees in that group. Null without a matching group.
   */
  nation: number | null
  /** Employees in groups without a national figure («Annen gruppe»), left out of both. */
  leftOut: number
}

/**
 * Compares like with like: a unit of helsefagarbeidere and sykepleiere against those two
 * groups in the nation, not against the whole service (whose average the
 * pleieassistenter pull down). Rows in a group with no national figure are left out of
 * both sides and counted.
 */
export function sameGroups(
  rows: readonly ValidRow[],
  national: readonly { id: string; arsverk: number; sysselsatte: number }[],
): SameGroups {
  let employees = 0
  let arsverk = 0
  let weighted = 0
  let leftOut = 0
  for (const row of rows) {
    const group = national.find((g) => g.id === row.group)
    const size = group ? averagePositionSize(group) : null
    if (size === null) {
      leftOut += row.employees
      continue
    }
    employees += row.employees
    arsverk += (row.employees * row.percent) / 100
    weighted += row.employees * size
  }
  return {
    here: employees > 0 ? arsverk / employees : null,
    nation: employees > 0 ? weighted / employees : null,
    leftOut,
  }
}

/**
 * The finding of «din enhet mot landet», in words: smaller, about the same or larger
 * average positions than the same groups in the whole country in `year` (the national
 * figures are the plan's, 2021), in whole percentage points. Shares are 0–1.
 */
export function compareTitle(
  here: number | null,
  nation: number | null,
  year: string,
  voice: Voice = 'dere',
): string {
  const unit = voice === 'dere' ? 'Din enhet' : 'Vår enhet'
  if (here === null || nation === null) return `${unit} mot landet`
  const points = Math.round((here - nation) * 100)
  const where = `de samme gruppene i landet i ${year}`
  if (points <= -1)
    return `Stillingene hos ${voice} er ${-points} prosentpoeng mindre enn i ${where}`
  if (points >= 1) return `Stillingene hos ${voice} er ${points} prosentpoeng større enn i ${where}`
  return `Stillingene hos ${voice} er like store som i ${where}`
}

/** Who has a whole position, in words where a share would read oddly («0 %»). */
export function fullTimeShareText(share: number | null): string {
  if (share === null) return ''
  if (share <= 0) return 'ingen har hel stilling'
  if (share >= 1) return 'alle har hel stilling'
  return `${formatDecimal(share * 100, 0)}\u00a0% har hel stilling`
}
