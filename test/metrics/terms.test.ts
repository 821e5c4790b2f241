import { describe, expect, it } from 'vitest'
import {
  ARSVERK_SERIES,
  FULL_TIME_SERIES,
  GROWTH_SERIES,
  KS_SHARE_SERIES,
} from '@/components/charts/chart-config'
import { buildArguments, copyText, type Argument } from '@/metrics/arguments'
import { arsverkBars, arsverkRows, arsverkSummary, arsverkTitle } from '@/metrics/arsverk-table'
import { fullTimeRows, fullTimeSummary, fullTimeTitle } from '@/metrics/full-time'
import { ksChangeSentence, ksShareSummary, partTimeHeadline } from '@/metrics/ks-trend'
import { runScenario, scenarioSentence } from '@/metrics/scenario'
import { rangeEndsCaption, topRowsCaption } from '@/metrics/short-chart'
import { arsverkSlide, buildSlides, fullTimeSlide, workplaceSlide } from '@/metrics/slides'
import { planSectionLabel, shortSourceLabel, sourceLabel } from '@/metrics/sources'
import { termProblems } from '@/metrics/terms'
import { growthCaption, growthRows, growthSummary, growthTitle } from '@/metrics/growth'
import { usersSummary, usersTitle } from '@/metrics/users-series'
import {
  validateRow,
  workplaceFigures,
  workplaceLead,
  workplaceLeadText,
} from '@/metrics/workplace'
import { compareTitle } from '@/metrics/workplace-compare'
import { parseWorkplaceCsv } from '@/metrics/workplace-csv'
import { loadAll } from '../helpers/files'

/**
 * The style sheet (src/metrics/terms.md) held by a test: every text the metrics can
 * produce, for every group, level, measure, age group and year range, is scanned for the
 * banned variants and for developer words. The rendered page, slides, handout and embeds
 * are scanned in test/sections/terms.test.tsx.
 */

describe('termProblems catches each banned variant and passes the right form', () => {
  it.each([
    ['Mangler til heltid', 'Årsverk som mangler til heltid'],
    ['Flere årsverk med hel stilling', 'Årsverk som mangler til heltid'],
    ['ville det gitt 3 787 flere årsverk', 'manglet 3 787 årsverk til heltid'],
    [
      '11 hele stillinger kunne de samme årsverkene blitt',
      'Hos dere mangler 7,5 årsverk til heltid',
    ],
    ['Årsverk i dag', 'Årsverk, 2021'],
    ['Delt av Heltid i tall.', 'Beregnet av Heltid i tall.'],
    ['For 0–49 år skyldes mest av veksten …', 'For 0–49 år skyldes det meste av veksten …'],
    ['de 2 høyeste og 3 laveste av 12 grupper', 'de to høyeste og tre laveste av elleve grupper'],
    ['de 6 største', 'de seks største'],
    ['11,70 årsverk', '11,7 årsverk'],
    ['Statistisk sentralbyrå, Artikkelen «Flere …»', 'SSB, «Flere …» (mars 2024)'],
    ['avsnittet «… og pott til å forsøk for …»', 'avsnittet «… og pott til å forsøk [sic] for …»'],
    ['Under «statements» står planens ord', 'Planens egne ord er gjengitt ordrett'],
    ['Datafil: arsverk-2021.json', 'Tallene i en fil'],
    [
      'Helse- og omsorgsdepartementet, Som oppgitt for hvert tall',
      'ulike år, oppgitt ved hvert tall',
    ],
    ['Fra csdata-pakken; imputerte rader er utelatt', 'Rader som er anslag, er ikke brukt'],
  ])('«%s» is caught; «%s» passes', (bad, good) => {
    expect(termProblems(bad)).not.toEqual([])
    expect(termProblems(good)).toEqual([])
  })

  it('leaves a source’s own words in a quotation as they stand', () => {
    expect(termProblems('Planen: «om lag 55 000 flere årsverk»')).toEqual([])
    expect(termProblems('«I dag er det 101 000 personer med demens»')).toEqual([])
  })
})

const data = loadAll()
const groupIds = data.arsverk.groups.map((g) => g.id)
const years = data.users.years
const ageSubsets = Array.from({ length: 2 ** data.users.ageGroups.length - 1 }, (_, mask) =>
  data.users.ageGroups.filter((_, i) => (mask + 1) & (1 << i)),
)
const groupChoices = [
  groupIds,
  ...groupIds.map((id) => [id]),
  groupIds.slice(0, 2),
  groupIds.slice(0, 4),
  groupIds.slice(3, 10),
]

function cardTexts(card: Argument): string[] {
  return [
    card.title,
    card.highlight,
    card.text,
    card.selection ?? '',
    card.method ?? '',
    ...(card.bars ?? []).flatMap((b) => [b.label, b.display]),
    ...card.sources.flatMap((s) => [s.label, s.short]),
    copyText(card),
  ]
}

/** Every text the metrics produce over the filters, with where it comes from. */
function everyText(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = []
  const add = (where: string, ...texts: (string | null | undefined)[]) => {
    for (const text of texts) if (text) out.push({ where, text })
  }
  // Cards, for every group choice and every year range.
  for (const groups of groupChoices)
    for (const from of years)
      for (const to of years.filter((y) => y > from)) {
        const cards = buildArguments(data, { groups, from, to })
        for (const card of cards)
          add(`card ${card.id} ${groups.length} ${from}-${to}`, ...cardTexts(card))
      }
  // The årsverk chart, table rows and slides, by group and by level, in both measures.
  for (const groups of groupChoices)
    for (const byLevel of [false, true]) {
      const rows = arsverkRows(data.arsverk.groups, data.arsverk.levels, groups, byLevel)
      add(`arsverk ${groups.join(',')} ${byLevel}`, arsverkTitle(rows), arsverkSummary(rows, true))
      for (const measure of ['antall', 'andel'] as const)
        add('arsverk bars', ...arsverkBars(rows, measure).flatMap((b) => [b.label, b.row.name]))
      const slide = arsverkSlide(rows, '2021', { label: 'Kilde', href: '#kilde' })
      add('arsverk slide', slide?.title, slide?.text, slide?.chart?.caption)
      add('caption', topRowsCaption(5, rows.length, 'gruppene der flest årsverk mangler'))
    }
  // Full-time: titles, summaries, the slide, the «both ends» captions.
  const fullTime = fullTimeRows([...data.fullTime2023.rows, data.fullTime2023.all])
  add('full-time', fullTimeTitle(fullTime), fullTimeSummary(fullTime))
  add('full-time', ...fullTime.flatMap((r) => [r.group, r.label]))
  const ftSlide = fullTimeSlide(fullTimeRows(data.fullTime2023.rows), { label: 'K', href: '#k' })
  add('full-time slide', ftSlide?.title, ftSlide?.text, ftSlide?.chart?.caption)
  for (let n = 3; n <= 12; n++) add('ends caption', rangeEndsCaption(5, n, 2, 'utdanningsgrupper'))
  // KS.
  for (const s of data.ksFullTime.series)
    add(`ks ${s.id}`, partTimeHeadline(s), ksShareSummary(s), ksChangeSentence(s))
  // Users, every subset of age groups, every year range, both measures.
  for (const groups of ageSubsets)
    for (const from of years)
      for (const to of years.filter((y) => y >= from)) {
        for (const measure of ['brukere', 'frekvens'] as const)
          add(
            'users',
            usersTitle(data.users.rows, groups, from, to, measure),
            usersSummary(data.users.rows, groups, from, to, measure),
          )
        const growth = growthRows(data.users.rows, data.population.rows, groups, from, to)
        add('growth', growthTitle(growth, from, to), growthSummary(growth, from, to))
        add('growth', ...growth.map(growthCaption))
      }
  // The workplace, in both voices.
  const examples = [
    [
      { group: 'helsefagarbeider', employees: 12, percent: 50 },
      { group: 'sykepleier', employees: 6, percent: 75 },
    ],
    [{ group: 'helsefagarbeider', employees: 3, percent: 62.5 }],
    [{ group: 'sykepleier', employees: 4, percent: 100 }],
  ]
  for (const rows of examples) {
    const f = workplaceFigures(rows)
    for (const voice of ['dere', 'oss'] as const)
      add(`workplace ${voice}`, workplaceLead(f, voice), workplaceLeadText(f, voice))
    const slide = workplaceSlide(f, 0.733, '2021', { label: 'K', href: '#k' })
    add('workplace slide', slide.title, slide.highlight, slide.text)
    for (const nation of [0.5, 0.733, 0.95])
      add('workplace compare', compareTitle(f.averagePositionSize, nation, '2021'))
  }
  for (const [employees = '', percent = ''] of [
    ['', '75'],
    ['x', '75'],
    ['2,5', '75'],
    ['-1', '75'],
    ['4', ''],
    ['4', 'nitti'],
    ['4', '0'],
    ['4', '140'],
  ])
    add(
      'workplace field',
      ...Object.values(validateRow({ id: '', group: 'annen', employees, percent }).issues),
    )
  const csv = parseWorkplaceCsv('Lege;2;50\nSykepleier;to;80\nVernepleier;1\n', data.arsverk.groups)
  add('workplace csv', ...[...csv.errors, ...csv.notes].map((e) => e.message))
  // «Hva om …».
  const need = data.keyFigures.figures.find((f) => f.id === 'behov-2035')
  for (const spec of [
    { kind: 'mal', target: 0.9, groupId: null },
    { kind: 'mal', target: 0.9, groupId: 'helsefagarbeider' },
    { kind: 'niva', benchmarkId: 'sykepleier' },
  ] as const) {
    const result = runScenario(data.arsverk.groups, spec, need?.value)
    add('scenario', scenarioSentence(result, spec, data.arsverk.groups, 'rundt 55 000 årsverk'))
  }
  // Slides built from every card.
  const cards = buildArguments(data, { groups: groupIds, from: 2009, to: 2021 })
  for (const slide of buildSlides(
    cards,
    cards.map((c) => c.id),
    [],
    null,
  ))
    add('slide', slide.title, slide.highlight, slide.text)
  // Legends and source lines.
  for (const series of [ARSVERK_SERIES, FULL_TIME_SERIES, GROWTH_SERIES, KS_SHARE_SERIES])
    add('legend', ...Object.values(series).map((s) => s.label))
  for (const name of Object.keys(data) as (keyof typeof data)[]) {
    const p = data[name].provenance
    add(
      `source ${name}`,
      sourceLabel(p),
      shortSourceLabel(p),
      p.title,
      p.section,
      p.unit,
      p.referenceDate,
      ...p.notes,
    )
  }
  for (const f of data.keyFigures.figures)
    add('plan heading', planSectionLabel(f.heading), f.label, f.year)
  return out
}

describe('every text the metrics produce', () => {
  const texts = everyText()

  it('covers the filters: thousands of texts', () => {
    expect(texts.length).toBeGreaterThan(5_000)
  })

  it('holds no banned variant and no developer word', () => {
    const problems = [
      ...new Set(texts.flatMap((t) => termProblems(t.text).map((p) => `${t.where}: ${p}`))),
    ]
    expect(problems).toEqual([])
  })

  it('speaks to the reader on the page and as the shop steward on slides and the handout', () => {
    const page = texts.filter(
      (t) => t.where.startsWith('workplace dere') || t.where === 'workplace compare',
    )
    const steward = texts.filter(
      (t) => t.where.startsWith('workplace oss') || t.where === 'workplace slide',
    )
    expect(page.filter((t) => /\b(hos oss|vår|vi)\b/i.test(t.text))).toEqual([])
    expect(steward.filter((t) => /\b(hos dere|din|dere)\b/i.test(t.text))).toEqual([])
  })
})
