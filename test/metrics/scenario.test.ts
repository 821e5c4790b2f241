import { describe, expect, it } from 'vitest'
import { runScenario, scenarioSentence, scenarioSpec, scenarioTable } from '@/metrics/scenario'
import { loadAll } from '../helpers/files'

const data = loadAll()
const groups = data.arsverk.groups
const plain = (s: string) => s.replace(/\u00a0/g, ' ')

describe('scenario: hand-computed cases', () => {
  it('helsefagarbeidere to 90 %: 63 251 × 0.9 − 50 095 = 6 830.9 extra årsverk', () => {
    const r = runScenario(groups, { kind: 'mal', target: 0.9, groupId: 'helsefagarbeider' }, 55_000)
    expect(r.totalExtra).toBeCloseTo(6_830.9, 6)
    expect(r.shareOfNeed).toBeCloseTo(6_830.9 / 55_000, 10)
    expect(r.rows.filter((x) => x.target !== null).map((x) => x.id)).toEqual(['helsefagarbeider'])
    expect(
      plain(
        scenarioSentence(
          r,
          { kind: 'mal', target: 0.9, groupId: 'helsefagarbeider' },
          groups,
          'rundt 55 000 årsverk',
          '2021',
          '2019',
        ),
      ),
    ).toBe(
      'Hvis helsefagarbeidere i 2021 hadde hatt en gjennomsnittlig stillingsstørrelse på minst 90,0 %, ville omsorgstjenesten hatt 6 831 årsverk i tillegg. Det tilsvarer om lag 12 % av de rundt 55 000 årsverkene SSB i 2019 anslo at tjenesten kan trenge å vokse med fram til 2035.',
    )
  })

  it('every group to 100 % gives the full-time potential, 54 105', () => {
    const r = runScenario(groups, { kind: 'mal', target: 1, groupId: null }, 55_000)
    expect(r.totalExtra).toBeCloseTo(54_105, 6)
  })

  it('every group to 80 % lifts only the groups below 80 %', () => {
    const r = runScenario(groups, { kind: 'mal', target: 0.8, groupId: null }, undefined)
    // Below 80 %: helsefagarbeidere 79.2, miljøterapeut 73.7, pleieassistent med annen 63.7,
    // pleieassistent uten 54.1, service 77.1, aktivitør 78.2.
    const expected =
      63_251 * 0.8 -
      50_095 +
      6_493 * 0.8 -
      4_788 +
      9_252 * 0.8 -
      5_894 +
      62_906 * 0.8 -
      34_025 +
      6_343 * 0.8 -
      4_889 +
      1_088 * 0.8 -
      851
    expect(r.totalExtra).toBeCloseTo(expected, 6)
    expect(r.rows.find((x) => x.id === 'vernepleier')?.extra).toBe(0)
    expect(r.shareOfNeed).toBeNull()
  })

  it('every group to the level of vernepleiere (93.8 %)', () => {
    const spec = { kind: 'niva', benchmarkId: 'vernepleier' } as const
    const r = runScenario(groups, spec, 55_000)
    const level = 9_460 / 10_085
    const expected = groups.reduce((s, g) => s + Math.max(0, g.sysselsatte * level - g.arsverk), 0)
    expect(r.target).toBeCloseTo(level, 12)
    expect(r.totalExtra).toBeCloseTo(expected, 6)
    expect(r.rows.find((x) => x.id === 'vernepleier')?.extra).toBeCloseTo(0, 9)
    expect(plain(scenarioSentence(r, spec, groups, null))).toMatch(
      /^Hvis alle grupper i 2021 hadde hatt minst like stor gjennomsnittlig stillingsstørrelse som vernepleiere \(93,8 %\), ville omsorgstjenesten hatt \d+ \d{3} årsverk i tillegg\.$/,
    )
  })

  it('an unknown benchmark changes nothing and says so', () => {
    const spec = { kind: 'niva', benchmarkId: 'finnes-ikke' } as const
    const r = runScenario(groups, spec, 55_000)
    expect(r.totalExtra).toBe(0)
    expect(r.target).toBeNull()
    expect(scenarioSentence(r, spec, groups, null)).toBe('Velg en gruppe å sammenligne med.')
  })

  it('a target below every group adds nothing', () => {
    expect(
      runScenario(groups, { kind: 'mal', target: 0.5, groupId: null }, 55_000).totalExtra,
    ).toBe(0)
  })
})

describe('scenarioSpec: the view parameters as a calculation', () => {
  const view = { kind: 'mal' as const, targetPercent: 90, groupId: null, benchmarkId: null }

  it('reads a target in percent as a fraction, for all groups or a known one', () => {
    expect(scenarioSpec(groups, view)).toEqual({ kind: 'mal', target: 0.9, groupId: null })
    expect(scenarioSpec(groups, { ...view, groupId: 'sykepleier' })).toEqual({
      kind: 'mal',
      target: 0.9,
      groupId: 'sykepleier',
    })
  })

  it('treats an unknown group from a link as all groups', () => {
    expect(scenarioSpec(groups, { ...view, groupId: 'finnes-ikke' }).kind === 'mal').toBe(true)
    expect(scenarioSpec(groups, { ...view, groupId: 'finnes-ikke' })).toMatchObject({
      groupId: null,
    })
  })

  it('measures against the group with the largest positions unless another is chosen', () => {
    const largest = [...groups].sort(
      (a, b) => b.arsverk / b.sysselsatte - a.arsverk / a.sysselsatte,
    )[0]!
    expect(scenarioSpec(groups, { ...view, kind: 'niva' })).toEqual({
      kind: 'niva',
      benchmarkId: largest.id,
    })
    expect(scenarioSpec(groups, { ...view, kind: 'niva', benchmarkId: 'sykepleier' })).toEqual({
      kind: 'niva',
      benchmarkId: 'sykepleier',
    })
  })
})

describe('scenarioTable', () => {
  it('puts the extra årsverk first, says «uendret» where a group is already there, and sums', () => {
    const r = runScenario(groups, { kind: 'mal', target: 0.8, groupId: null }, undefined)
    const { rows, footer } = scenarioTable(r)
    const nurse = rows.find((x) => x.key === 'sykepleier')!
    expect(nurse.cells[0]).toBe('0')
    expect(nurse.cells[2]).toBe('uendret')
    const hfa = rows.find((x) => x.key === 'helsefagarbeider')!
    expect(plain(hfa.cells[0]!)).toMatch(/^\+\d/)
    expect(plain(hfa.cells[2]!)).toBe('80,0 %')
    expect(plain(footer.cells[0]!)).toBe(
      `+${plain(new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(r.totalExtra))}`,
    )
    expect(footer.cells.slice(1, 3)).toEqual(['', ''])
  })
})
