import { capitalise, formatDecimal, formatInteger, formatShare, shareInWords } from '../format'
import { usersUnder67InYear } from '../headline'
import { findFigure, formatKeyFigure } from '../key-figures'
import { growthRows } from '../growth'
import { dataSource } from './card-parts'
import type { Argument, ArgumentFilters, ArgumentInput } from './types'

/** Cards on the service's users: growth under 50 that is not demography, users under 67. */

export function youngerUsers(
  { users, population, keyFigures }: ArgumentInput,
  { from, to }: ArgumentFilters,
): Argument | null {
  if (!users || !population || from === to) return null
  const young = users.ageGroups.filter((a) => a.id === '0-49')
  const [row] = growthRows(users.rows, population.rows, young, from, to)
  if (!row || row.total <= 0 || row.frequency <= 0) return null
  const share = row.frequency / row.total
  const words = shareInWords(share)
  // The plan's own figures for 2009–2021: its counterfactual is truncated (64 792), ours is
  // computed to the decimal, so the two may differ by one.
  const plan =
    keyFigures && from === 2009 && to === 2021
      ? findFigure(keyFigures.figures, 'brukere-under-50-kontrafaktisk-2021')
      : undefined
  const planWords =
    keyFigures && from === 2009 && to === 2021
      ? findFigure(keyFigures.figures, 'brukere-under-50-ikke-demografi')
      : undefined
  return {
    id: 'yngre-brukere',
    title: `${capitalise(words ?? formatShare(share, 0))} av økningen i brukere under 50 år skyldes ikke befolkningsveksten`,
    highlight: `${formatInteger(row.frequency)} brukere`,
    text: `Brukere under 50 år økte med ${formatInteger(row.total)} fra ${from} til ${to}. ${formatInteger(
      row.demographic,
    )} av økningen skyldes at aldersgruppen ble større; ${formatInteger(
      row.frequency,
    )} skyldes at en større andel av den får tjenester.`,
    ...(planWords ? { quote: planWords.quote } : {}),
    method: [
      `Beregnet av Heltid i tall: brukere i ${to} minus befolkningen i ${to} ganger andelen som fikk tjenester i ${from}.`,
      plan
        ? `Planen oppgir ${formatInteger(plan.value)} brukere i ${to} med andelen fra ${from}; Heltid i tall regner ${formatDecimal(
            row.atBaseFrequency,
            1,
          )}, så tallene kan avvike med én fra planens.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    sources: [
      dataSource(users.provenance, 'users'),
      dataSource(population.provenance, 'population'),
    ],
  }
}

/** The share of users under 67 in the latest year: the service is not for the old alone. */
export function usersUnder67({ users, keyFigures }: ArgumentInput): Argument | null {
  if (!users) return null
  const years = users.rows.map((r) => r.year)
  if (years.length === 0) return null
  const latest = Math.max(...years)
  const {
    shareUnder67: share,
    usersUnder67: under,
    usersAll: all,
  } = usersUnder67InYear(users.rows, latest)
  if (share === null || under <= 0) return null
  const words = shareInWords(share, 0.015)
  const quote = keyFigures && findFigure(keyFigures.figures, 'brukere-under-67-2021')
  const planSays = quote && quote.year === String(latest) ? quote : undefined
  // «nærmere 41 pst.» reads as just under 41; the plan's own table gives 41,4 %.
  const differs =
    planSays && planSays.unit === 'prosent' && Math.abs(planSays.value - share * 100) >= 0.3
  return {
    id: 'brukere-under-67',
    title: words ? `${capitalise(words)} brukere er under 67 år` : 'Mange brukere er under 67 år',
    highlight: formatShare(share),
    text: `Ved utgangen av ${latest} var ${formatInteger(under)} av omsorgstjenestens ${formatInteger(
      all,
    )} brukere under 67 år.`,
    ...(planSays ? { quote: planSays.quote } : {}),
    method: [
      'Beregnet av Heltid i tall fra brukertallene per aldersgruppe i planens tabell.',
      differs && planSays
        ? `Tabellen gir ${formatShare(share)}; planens tekst sier «${formatKeyFigure(planSays)}». Planen forklarer ikke forskjellen.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    sources: [dataSource(users.provenance, 'users')],
  }
}
