import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, type ViewState } from '@/state/view-state'
import { isDefaultView, parseView, serializeView } from '@/state/view-url'

describe('parseView', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW)
    expect(parseView('?')).toEqual(DEFAULT_VIEW)
  })

  it.each<[string, Partial<ViewState>]>([
    ['?grupper=helsefagarbeider,sykepleier', { groups: ['helsefagarbeider', 'sykepleier'] }],
    ['?grupper=', { groups: [] }],
    ['?niva=1', { byLevel: true }],
    ['?visning=andel', { measure: 'andel' }],
    ['?sortering=arsverk-stigende', { arsverkSort: { column: 'arsverk', desc: false } }],
    ['?heltidsortering=group-stigende', { fullTimeSort: { column: 'group', desc: false } }],
    ['?brukervisning=frekvens', { usersMeasure: 'frekvens' }],
    ['?aldersgrupper=0-49,90%2B', { ageGroups: ['0-49', '90+'] }],
    // A hand-typed `+` is form-decoded to a space; it still means «90 år eller eldre».
    ['?aldersgrupper=90+', { ageGroups: ['90+'] }],
    ['?aldersgrupper=80-89,90+', { ageGroups: ['80-89', '90+'] }],
    ['?fra=2011&til=2019', { fromYear: 2011, toYear: 2019 }],
    [
      '?scenario=niva&somgruppe=vernepleier',
      { scenarioKind: 'niva', scenarioBenchmark: 'vernepleier' },
    ],
    [
      '?mal=87.5&malgruppe=helsefagarbeider',
      { scenarioTarget: 87.5, scenarioGroup: 'helsefagarbeider' },
    ],
    ['?lysbilde=3', { slide: 3 }],
    ['?ark=potensial,vikarer', { handout: ['potensial', 'vikarer'] }],
    ['?embed=1&seksjon=brukere', { embed: true, section: 'brukere' }],
  ])('reads %s', (search, expected) => {
    expect(parseView(search)).toEqual({ ...DEFAULT_VIEW, ...expected })
  })

  it.each([
    '?visning=<script>alert(1)</script>',
    '?visning=ANDEL',
    '?niva=ja',
    '?sortering=constructor-synkende',
    '?sortering=__proto__',
    '?heltidsortering=percent2023',
    '?brukervisning=',
    '?fra=20111&til=abc',
    '?fra=1066',
    '?fra=2011&fra=2013',
    '?grupper=%00%01',
    '?grupper=,,,',
    '?grupper=' + 'a,'.repeat(80),
    '?aldersgrupper=../../etc',
    '?%E0%A4%A=1',
    '?&&&==&=',
    '?mal=0',
    '?mal=101',
    '?mal=90,5',
    '?mal=-5',
    '?scenario=alle',
    '?malgruppe=<x>',
    '?lysbilde=0',
    '?lysbilde=1e3',
    '?embed=true',
    '?seksjon=finnes-ikke',
    '?seksjon=__proto__',
  ])('falls back to the defaults for %s', (search) => {
    expect(parseView(search)).toEqual(DEFAULT_VIEW)
  })

  it('keeps the good filters when another is malformed', () => {
    expect(parseView('?visning=andel&niva=kanskje&fra=abc&til=2019')).toEqual({
      ...DEFAULT_VIEW,
      measure: 'andel',
      toYear: 2019,
    })
  })

  it('drops malformed ids but keeps the good ones', () => {
    expect(parseView('?grupper=sykepleier,<b>,vernepleier').groups).toEqual([
      'sykepleier',
      'vernepleier',
    ])
  })
})

describe('serializeView', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('')
  })

  it('keeps parameters it does not own', () => {
    expect(
      serializeView({ ...DEFAULT_VIEW, measure: 'andel' }, '?kampanje=nyhetsbrev&visning=antall'),
    ).toBe('?kampanje=nyhetsbrev&visning=andel')
  })

  it('round-trips every filter', () => {
    const view: ViewState = {
      groups: ['sykepleier', 'helsefagarbeider'],
      byLevel: true,
      measure: 'andel',
      arsverkSort: { column: 'name', desc: false },
      fullTimeSort: { column: 'changeSince2016', desc: true },
      usersMeasure: 'frekvens',
      ageGroups: ['90+', '0-49'],
      fromYear: 2011,
      toYear: 2019,
      scenarioKind: 'niva',
      scenarioTarget: 82.5,
      scenarioGroup: 'sykepleier',
      scenarioBenchmark: 'vernepleier',
      slide: 4,
      handout: ['vikarer'],
      embed: true,
      section: 'arsverk',
      embedPart: 'diagram',
    }
    const search = serializeView(view)
    expect(search).toContain('del=diagram')
    expect(search).toContain('grupper=sykepleier,helsefagarbeider')
    expect(parseView(search)).toEqual(view)
  })

  it('writes an empty selection as an empty parameter', () => {
    expect(serializeView({ ...DEFAULT_VIEW, groups: [] })).toBe('?grupper=')
    expect(parseView('?grupper=').groups).toEqual([])
  })
})

describe('isDefaultView', () => {
  it('is true for a plain link and for parameters it does not know', () => {
    expect(isDefaultView(parseView(''))).toBe(true)
    expect(isDefaultView(parseView('?utm_source=epost'))).toBe(true)
  })
  it('is false for any filter, an embed or a slide', () => {
    for (const search of ['?visning=andel', '?embed=1', '?lysbilde=1', '?grupper=sykepleier'])
      expect(isDefaultView(parseView(search))).toBe(false)
  })
})
