import { decimalsOf, formatDecimal } from './format'

export interface KeyFigureLike {
  id: string
  value: number
  unit: 'prosent' | 'arsverk' | 'personer' | 'mrd-kr' | 'forhold'
  qualifier: string | null
}

/** The year a cited source was published, from the plan's citation («SSB (2019): …»). */
export const citedYear = (figure: { citedSource?: string | undefined }): string | undefined =>
  /\((\d{4})\)/.exec(figure.citedSource ?? '')?.[1]

/** Finds a key figure by id; a missing figure is undefined, so a card can say so. */
export function findFigure<F extends { id: string }>(
  figures: readonly F[],
  id: string,
): F | undefined {
  return figures.find((f) => f.id === id)
}

const UNIT_SUFFIX: Record<KeyFigureLike['unit'], string> = {
  prosent: '\u00a0%',
  arsverk: '\u00a0årsverk',
  personer: '',
  'mrd-kr': '\u00a0mrd. kr',
  forhold: '',
}

/**
 * A key figure as the plan states it, with its own precision and qualifier:
 * { value: 55000, unit: 'arsverk', qualifier: 'om lag' } → "om lag 55 000 årsverk".
 */
export function formatKeyFigure(figure: KeyFigureLike, withQualifier = true): string {
  const number = formatDecimal(figure.value, decimalsOf(figure.value))
  const qualifier = withQualifier && figure.qualifier ? `${figure.qualifier} ` : ''
  return `${qualifier}${number}${UNIT_SUFFIX[figure.unit]}`
}

/** The plan's sick-leave figures for 2021: the service first, then the groups it names. */
const SICK_LEAVE_GROUPS = [
  { id: 'sykefravaer-2021', who: 'Hele omsorgstjenesten' },
  {
    id: 'sykefravaer-hoyest-2021',
    who: 'Helsefagarbeidere, aktivitører og barne- og ungdomsarbeidere',
  },
  {
    id: 'sykefravaer-sykepleier-uten-videreutdanning-2021',
    who: 'Sykepleiere uten videreutdanning',
  },
  { id: 'sykefravaer-sykepleier-med-videreutdanning-2021', who: 'Sykepleiere med videreutdanning' },
] as const

/**
 * Sick leave per group, in the order above, each with the group's name as the page writes
 * it. A figure missing from the data is left out (the rest still show); none gives [].
 */
export function sickLeaveRows<F extends { id: string }>(
  figures: readonly F[],
): { who: string; figure: F }[] {
  return SICK_LEAVE_GROUPS.flatMap(({ id, who }) => {
    const figure = findFigure(figures, id)
    return figure ? [{ who, figure }] : []
  })
}

/**
 * The sick-leave part of «Heltid og deltid» as text: a title with the figures' year, one
 * row a group (the plan's qualifier apart from the number, so the page can set it on a
 * line of its own), the pandemic note when the plan gives the year before, and the
 * plan's heading for the source. Null when the data has none of the figures.
 */
export function sickLeaveView<
  F extends KeyFigureLike & { year: string; quote: string; heading: string },
>(figures: readonly F[]) {
  const rows = sickLeaveRows(figures)
  const first = rows[0]
  if (!first) return null
  const before = findFigure(figures, 'sykefravaer-for-2020')
  const year = first.figure.year
  return {
    title: `Sykefravær i omsorgstjenesten ${year} (planen)`,
    listLabel: `Sykefravær i ${year} etter gruppe`,
    rows: rows.map(({ who, figure }) => ({
      id: figure.id,
      who,
      qualifier: figure.qualifier,
      value: formatKeyFigure(figure, false),
      /** With its qualifier, as the plan words it, and the plan's own sentence. */
      stated: formatKeyFigure(figure),
      quote: `«${figure.quote}»`,
    })),
    note: before
      ? `${year} var et år med koronapandemi. I ${before.year} lå sykefraværet i omsorgstjenestene ${formatKeyFigure(before)}.`
      : null,
    heading: first.figure.heading,
  }
}
