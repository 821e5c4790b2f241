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

/** Who has a whole position, in words where a share would read oddly («0 %»). */
export function fullTimeShareText(share: number | null): string {
  if (share === null) return ''
  if (share <= 0) return 'ingen har hel stilling'
  if (share >= 1) return 'alle har hel stilling'
  return `${formatDecimal(share * 100, 0)}\u00a0% har hel stilling`
}
