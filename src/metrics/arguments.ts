import { datasetOfSourceHref } from './sources'
import {
  dutyToDocument,
  yearlyDiscussion,
  preferentialRight,
  actualHours,
} from './arguments/law-cards'
import {
  informalCare,
  mainRule,
  qualification,
  sickLeave,
  tempAgencies,
} from './arguments/plan-cards'
import { fullTimeShares, positionSize, turnusTrend } from './arguments/staffing-cards'
import type { Argument, ArgumentFilters, ArgumentInput, ArgumentSource } from './arguments/types'
import { usersUnder67, youngerUsers } from './arguments/users-cards'
import { potential, potentialByGroup } from './arguments/workforce-cards'

export type {
  Argument,
  ArgumentBar,
  ArgumentFilters,
  ArgumentInput,
  ArgumentSource,
} from './arguments/types'

/**
 * Argument cards: short sentences a shop steward can say or paste, each with its source.
 * Every number in them is computed here from the data, never typed into the text, so a
 * data update updates every card. A card whose data is missing is left out. Each kind of
 * card has a file of its own under `arguments/`; this file puts them in order and turns a
 * card into copied text.
 */

/** A source as text: «SSB, tabell 07459 (https://www.ssb.no/statbank/table/07459/)». */
export const sourceText = (s: ArgumentSource) => (s.url ? `${s.label} (${s.url})` : s.label)

/** Text and source for the copy button: the sentence, any selection, then «Kilde: …». */
export function copyText(argument: Argument): string {
  const quote = argument.quote ? ` ${argument.quoteLabel ?? 'Planen'}: «${argument.quote}»` : ''
  const selection = argument.selection ? `\n${argument.selection}.` : ''
  return `${argument.text}${quote}${selection}\nKilde: ${argument.sources.map(sourceText).join('; ')}`
}

/**
 * Gives each card's sources the address of their published document, from the datasets'
 * provenance (`urls` by dataset name; a source's href is `#kilde-<name>`).
 */
export function withPublished(
  cards: Argument[],
  urls: Readonly<Record<string, string>>,
): Argument[] {
  const published = (s: ArgumentSource) => {
    const url = urls[datasetOfSourceHref(s.href) ?? '']
    return url ? { ...s, url } : s
  }
  return cards.map((card) => ({
    ...card,
    sources: card.sources.map(published),
    ...(card.detailSources ? { detailSources: card.detailSources.map(published) } : {}),
  }))
}

/**
 * The cards, most useful in a meeting first: the first six are the handout's default
 * choice (the figures, then the two paragraphs the yearly meeting rests on).
 */
export function buildArguments(input: ArgumentInput, filters: ArgumentFilters): Argument[] {
  const list: (Argument | null)[] = [
    potential(input, filters),
    fullTimeShares(input),
    turnusTrend(input),
    positionSize(input, filters),
    yearlyDiscussion(),
    dutyToDocument(input),
    potentialByGroup(input, filters),
    sickLeave(input),
    tempAgencies(input),
    youngerUsers(input, filters),
    usersUnder67(input),
    informalCare(input),
    qualification(input),
    mainRule(input),
    preferentialRight(),
    actualHours(),
  ]
  return list.filter((a): a is Argument => a !== null)
}

/**
 * A card's large figure split into the number and its unit, so the unit can be set
 * smaller: «7 530 årsverk» → ["7 530", " årsverk"], «79,2 %» stays whole (the per cent
 * sign belongs to the number), «§ 14-1 a» or «Hele stillinger» has no unit.
 */
export function highlightParts(highlight: string): { number: string; unit: string | null } {
  const [, number = highlight, unit] =
    /^([−+-]?\d[\d\u00a0 ,]*?(?:[\u00a0 ]?%)?)([\s\u00a0]\D.*)?$/.exec(highlight) ?? []
  return { number, unit: unit ?? null }
}

/** One short name per source, for a card at a glance («Opptrappingsplanen», «SSB»). */
export function shortSources(sources: readonly ArgumentSource[]) {
  return sources
    .filter((s, i) => sources.findIndex((t) => t.short === s.short) === i)
    .map((s) => ({ label: s.short, href: s.href, url: s.url }))
}
