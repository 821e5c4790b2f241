import { planSource } from './card-parts'
import type { Argument, ArgumentInput, ArgumentSource } from './types'

/**
 * The law cards: the paragraphs of the Working Environment Act chapter 14 the shop
 * steward's meetings turn on, each summarised in one plain sentence and cited as adopted.
 */

/** A paragraph of the Working Environment Act, as adopted, at its address on Lovdata. */
interface LawParagraph {
  label: string
  url: string
}

const law = (paragraph: string, anchor: string): LawParagraph => ({
  label: `Arbeidsmiljøloven § ${paragraph}`,
  url: `https://lovdata.no/lov/2005-06-17-62/§${anchor}`,
})

/** The paragraphs of chapter 14 the shop steward's meetings turn on. */
const LAW = {
  yearlyDiscussion: law('14-1 a', '14-1a'),
  fullTimeRule: law('14-1 b', '14-1b'),
  preferentialRight: law('14-3', '14-3'),
  actualHours: law('14-4 a', '14-4a'),
} as const satisfies Record<string, LawParagraph>

/** Said once, under every law card: a summary is not the law, and not legal advice. */
const LAW_METHOD =
  'Sammendraget er skrevet med egne ord av Heltid i tall og er ikke juridisk rådgivning. Det er lovteksten på lovdata.no som gjelder.'

const lawSource = (p: LawParagraph): ArgumentSource => ({
  label: p.label,
  short: p.label,
  href: '',
  url: p.url,
})

/** § 14-1 a: the yearly discussion of part-time, the meeting this tool prepares for. */
export function yearlyDiscussion(): Argument {
  return {
    id: 'drofting-arlig',
    title: 'Deltid skal drøftes hvert år',
    highlight: '§ 14-1 a',
    text: 'Arbeidsgiveren skal minst én gang i året drøfte bruken av deltid med de tillitsvalgte.',
    method: LAW_METHOD,
    sources: [lawSource(LAW.yearlyDiscussion)],
  }
}

/**
 * § 14-1 b, as adopted: full-time is the main rule, and a part-time hire must be
 * documented, shown to the shop stewards and discussed with them. The plan quotes the
 * proposal («foreslås»); the card cites the law and keeps the plan's words as background.
 */
export function dutyToDocument({ keyFigures }: ArgumentInput): Argument | null {
  const documentDuty = keyFigures?.statements.find((x) => x.id === 'dokumentasjonsplikt')
  const discussDuty = keyFigures?.statements.find((x) => x.id === 'droftingsplikt')
  if (!keyFigures) return null
  return {
    id: 'drofting',
    title: 'Heltid er hovedregelen, deltid må dokumenteres',
    highlight: '§ 14-1 b',
    text: `Hovedregelen er ansettelse på heltid. Vil arbeidsgiveren ansette noen i deltid, må behovet dokumenteres først, dokumentasjonen være tilgjengelig for de tillitsvalgte og spørsmålet drøftes med dem.`,
    method:
      documentDuty && discussDuty
        ? `${LAW_METHOD} Planen omtaler forslaget til paragrafen, som Stortinget senere vedtok; planens ordlyd gjelder forslaget.`
        : LAW_METHOD,
    ...(documentDuty && discussDuty ? { quote: `${documentDuty.quote} ${discussDuty.quote}` } : {}),
    sources: [
      lawSource(LAW.fullTimeRule),
      ...(documentDuty ? [planSource(documentDuty.heading)] : []),
    ],
  }
}

/** § 14-3: part-time staff come first for a larger position and for extra shifts. */
export function preferentialRight(): Argument {
  return {
    id: 'fortrinnsrett',
    title: 'Deltidsansatte går foran ved nye vakter og stillinger',
    highlight: '§ 14-3',
    text: `Deltidsansatte har fortrinnsrett til en større stilling, og til ekstravakter, før arbeidsgiveren ansetter nye eller leier inn, når de er kvalifisert og det ikke er til vesentlig ulempe for virksomheten.`,
    method: LAW_METHOD,
    sources: [lawSource(LAW.preferentialRight)],
  }
}

/** § 14-4 a: a position that matches the hours actually worked. */
export function actualHours(): Argument {
  return {
    id: 'faktisk-arbeidstid',
    title: 'Rett til stilling som svarer til arbeidet man gjør',
    highlight: '§ 14-4 a',
    text: `Den som er ansatt i deltid og de siste tolv månedene regelmessig har jobbet mer enn avtalt, har rett til en stilling som svarer til den faktiske arbeidstiden, med mindre arbeidsgiveren kan dokumentere at behovet for merarbeidet ikke lenger er der.`,
    method: LAW_METHOD,
    sources: [lawSource(LAW.actualHours)],
  }
}
