import { capitalise, formatInteger } from '../format'
import { citedYear, findFigure, formatKeyFigure } from '../key-figures'
import { planSource } from './card-parts'
import type { Argument, ArgumentInput } from './types'

/** Cards on the plan's own figures: sick leave, temp agencies, informal care, skills, the main rule. */

export function sickLeave({ keyFigures }: ArgumentInput): Argument | null {
  const all = keyFigures && findFigure(keyFigures.figures, 'sykefravaer-2021')
  if (!keyFigures || !all) return null
  const highest = findFigure(keyFigures.figures, 'sykefravaer-hoyest-2021')
  const before = findFigure(keyFigures.figures, 'sykefravaer-for-2020')
  // 2021 was a pandemic year; the plan says so, and an HR adviser will too.
  return {
    id: 'sykefravaer',
    title: 'Høyt sykefravær',
    highlight: formatKeyFigure(all, false),
    text: `Sykefraværet i omsorgstjenestene var ${formatKeyFigure(all)} i ${all.year}${
      highest
        ? `, og ${formatKeyFigure(highest)} blant helsefagarbeidere, aktivitører og barne- og ungdomsarbeidere`
        : ''
    }.${
      before
        ? ` Det var under koronapandemien; i ${before.year} lå det ${formatKeyFigure(before)}.`
        : ''
    }`,
    quote: all.quote,
    sources: [planSource(all.heading)],
  }
}

export function tempAgencies({ keyFigures }: ArgumentInput): Argument | null {
  const f = keyFigures && findFigure(keyFigures.figures, 'vikarkjop-2019')
  if (!f) return null
  // The plan's own comparison, carried over as the plan words it (no 2012 figure is given).
  const doubling = /en dobling fra (\d{4})/.exec(f.quote)
  return {
    id: 'vikarer',
    title: 'Penger til vikarbyråer',
    highlight: formatKeyFigure(f, false),
    text: `Omsorgstjenesten brukte ${formatKeyFigure(f)} på kjøp av vikartjenester i ${f.year}${
      doubling ? `, en dobling fra ${doubling[1]}` : ''
    }.`,
    quote: f.quote,
    sources: [planSource(f.heading)],
  }
}

export function informalCare({ keyFigures }: ArgumentInput): Argument | null {
  const informal = keyFigures && findFigure(keyFigures.figures, 'uformell-omsorg')
  const service = keyFigures && findFigure(keyFigures.figures, 'omsorgstjenesten-arsverk')
  if (!informal || !service) return null
  return {
    id: 'uformell-omsorg',
    title: 'Pårørende bærer nesten like mye',
    highlight: formatKeyFigure(informal, false),
    text: `Pårørende gir omsorg tilsvarende ${formatKeyFigure(informal)}, ifølge regjeringens pårørendestrategi${
      citedYear(informal) ? ` fra ${citedYear(informal)}` : ''
    }. Det er nesten like mye som hele omsorgstjenesten, som hadde ${formatKeyFigure(service)} i ${service.year}.`,
    quote: informal.quote,
    sources: [planSource(informal.heading)],
  }
}

export function qualification({ keyFigures, arsverk }: ArgumentInput): Argument | null {
  const count = keyFigures && findFigure(keyFigures.figures, 'uten-fagutdanning-sysselsatte')
  const share =
    keyFigures && findFigure(keyFigures.figures, 'uten-fagutdanning-aktuelle-for-kvalifisering')
  if (!count || !share) return null
  // Helsedirektoratet's count is not the plan's table: said, not reconciled.
  const table = arsverk?.groups.find((g) => g.id === 'pleieassistent-uten-fagutdanning')
  return {
    id: 'kvalifisering',
    title: `${capitalise(formatKeyFigure(share, true))} av dem uten helse- og sosialfaglig utdanning kan kvalifiseres`,
    highlight: formatKeyFigure(share, false),
    text: `Av de ${formatKeyFigure(count)} sysselsatte uten helse- og sosialfaglig utdanning i omsorgstjenesten er ${formatKeyFigure(
      share,
    )} aktuelle for kvalifisering, ifølge Helsedirektoratet.`,
    quote: count.quote,
    ...(table
      ? {
          method: `Tallet ${formatKeyFigure(count, false)} er Helsedirektoratets, og planen oppgir ikke året. Planens tabell for ${
            arsverk?.provenance.referenceDate ?? ''
          } har ${formatInteger(table.sysselsatte)} ${table.textName}.`,
        }
      : {}),
    sources: [planSource(count.heading)],
  }
}

export function mainRule({ keyFigures }: ArgumentInput): Argument | null {
  const s = keyFigures?.statements.find((x) => x.id === 'heltid-hovedregel')
  if (!s) return null
  return {
    id: 'hovedregel',
    title: 'Regjeringen: hele stillinger skal være hovedregelen',
    highlight: '«Hele stillinger»',
    text: 'Regjeringen skriver i opptrappingsplanen at faste, hele stillinger skal være hovedregelen i norsk arbeidsliv.',
    quote: s.quote,
    sources: [planSource(s.heading)],
  }
}
