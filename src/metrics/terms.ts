/**
 * The product's words: one name for one quantity, and the variants that must not come
 * back. The style sheet beside this file (terms.md) explains each rule; the unit test
 * test/metrics/terms.test.ts scans every user-facing string the code can produce against
 * `BANNED` and fails CI on a match.
 */

/** Sysselsatte − årsverk: the union's figure, under this one name on every surface. */
export const MISSING = 'årsverk som mangler til heltid'
/** The same, as a label, legend entry or column header. */
export const MISSING_LABEL = 'Årsverk som mangler til heltid'
/** The årsverk the groups have, in a chart or table about 2021 (never «i dag»). */
export const ARSVERK_LABEL = 'Årsverk'
/** What a «Hva om»-calculation adds: a different quantity from MISSING unless the target is 100 %. */
export const EXTRA_LABEL = 'Årsverk i tillegg'

/** The plan's own slip, quoted as it stands and marked so no reader takes it for ours. */
export const SIC = ' [sic]'
const PLAN_TYPOS = ['pott til å forsøk']

/** A source heading with the plan's own typos marked «[sic]». */
export function markSic(text: string): string {
  return PLAN_TYPOS.reduce(
    (out, typo) => out.replace(new RegExp(`${typo}(?!\\s*\\[sic\\])`, 'g'), `${typo}${SIC}`),
    text,
  )
}

export interface BannedWord {
  pattern: RegExp
  /** Why, and what to write instead. */
  rule: string
  /** Applies inside quotations too (a mark we add to the source's words). */
  quotesToo?: boolean
}

/**
 * Variants that must not appear in anything a reader sees, outside a quotation («…»).
 * Patterns are matched against one text at a time (a sentence, a label, a header).
 */
export const BANNED: readonly BannedWord[] = [
  {
    pattern: /^\s*mangler til heltid/i,
    rule: `A label names the quantity in full: «${MISSING_LABEL}»`,
  },
  { pattern: /flere årsverk/i, rule: `Name the quantity: «${MISSING}» (or «årsverk i tillegg»)` },
  { pattern: /hel(e)? stilling(er)? kunne/i, rule: 'Not the employer’s «fewer, bigger positions»' },
  { pattern: /\bi dag\b/i, rule: 'Data have a year: say «2021», never «i dag»' },
  {
    pattern: /\bbehovet (?:fram|frem) til|\bav behovet\b/i,
    rule: 'SSB’s 2035 figure is a projection of growth: «SSBs anslåtte årsverksvekst til 2035»',
  },
  {
    pattern: /\bsnittstilling|gjennomsnittlig stilling\b(?!sstørrelse)|\bgj\.sn\./i,
    rule: 'One name: «gjennomsnittlig stillingsstørrelse»',
  },
  {
    pattern: /\b(?:dekket|dekke|dekker) behov/i,
    rule: 'A gap of 2021 does not «cover» a projection to 2035: «tilsvarer»',
  },
  {
    pattern: /\bdelt av heltid i tall/i,
    rule: 'Say what was computed: «beregnet av Heltid i tall»',
  },
  { pattern: /(?<!det )\bmest av veksten/i, rule: 'Write «det meste av veksten»' },
  {
    pattern:
      /\b(?:[2-9]|1[0-2])\s+(?:av\s+\S+\s+)?(?:grupper|gruppene|utdanningsgrupper|aldersgrupper)\b/i,
    rule: 'Counts of groups up to twelve in words: «to av elleve grupper»',
  },
  {
    pattern: /\bav\s+(?:[2-9]|1[0-2])\s+(?:grupper|gruppene)\b/i,
    rule: 'Counts of groups up to twelve in words: «av elleve grupper»',
  },
  {
    pattern: /\bde\s+\d+\s+(?:største|laveste|høyeste|minste)\b/i,
    rule: 'Counts up to twelve in words: «de fem største»',
  },
  { pattern: /\d,\d{2}(?!\d)/, rule: 'One decimal at most: «10,5», never «10,50»' },
  { pattern: /,\s+Artikkelen\b/, rule: 'A title mid-citation keeps its own case' },
  {
    pattern: /pott til å forsøk(?!\s*\[sic\])/,
    rule: 'The plan’s typo is quoted with [sic]',
    quotesToo: true,
  },
]

/** Words of the code, the data files or the tools, which mean nothing to a reader. */
export const DEVELOPER_WORDS: readonly RegExp[] = [
  /\bstatements\b/i,
  /\.json\b/i,
  /\bcsdata\b/i,
  /\bimputert/i,
  /\bundefined\b/,
  /\bNaN\b/,
  /\bnull\b/,
  /\bInfinity\b/,
  /\[object /,
  /\b(?:textName|shortName|sourceName|provenance|referenceDate)\b/,
  /\bSom oppgitt\b/,
]

/** Every problem with one text: the banned variants and developer words it contains. */
export function termProblems(text: string): string[] {
  // What the plan or another source says, quoted, is theirs and stays as it stands.
  const own = text.replace(/«[^«»]*»/g, '«…»')
  return [
    ...BANNED.filter((b) => b.pattern.test(b.quotesToo ? text : own)).map(
      (b) => `${b.rule}: «${text}»`,
    ),
    // Never in anyone's words, quoted or not.
    ...DEVELOPER_WORDS.filter((w) => w.test(text)).map((w) => `Developer word ${w}: «${text}»`),
  ]
}
