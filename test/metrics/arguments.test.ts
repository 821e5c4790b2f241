import { describe, expect, it } from 'vitest'
import {
  buildArguments,
  copyText,
  highlightParts,
  shortSources,
  type Argument,
} from '@/metrics/arguments'
import { loadAll } from '../helpers/files'

const data = loadAll()
const allGroups = data.arsverk.groups.map((g) => g.id)
const plain = (s: string | undefined) => s?.replace(/[\u00a0]/g, ' ')
const byId = (list: Argument[], id: string) => list.find((a) => a.id === id)

describe('argument cards from the real data', () => {
  const cards = buildArguments(data, { groups: allGroups, from: 2009, to: 2021 })

  it('gives at least eight cards, each with a source', () => {
    expect(cards.length).toBeGreaterThanOrEqual(8)
    for (const card of cards) {
      expect(card.sources.length, card.id).toBeGreaterThan(0)
      for (const s of card.sources) {
        // A dataset's entry under «Kilder», or (the law) a published address.
        if (s.href) expect(s.href).toMatch(/^#kilde-/)
        else expect(s.url).toMatch(/^https:\/\/lovdata\.no\//)
        expect(s.short.length).toBeLessThanOrEqual(s.label.length)
      }
    }
  })

  it('states the headline as a claim, with a two-bar comparison against the need by 2035', () => {
    const card = byId(cards, 'potensial')!
    // 54 105 (2021) against the growth SSB projected in 2019 to 2035, «rundt 55 000»: two
    // quantities of different years, so «tilsvarer omtrent», never «dekker».
    expect(card.title).toBe(
      'Heltid for alle tilsvarer omtrent SSBs anslåtte årsverksvekst til 2035',
    )
    expect(card.bars?.map((b) => [plain(b.label), b.value, plain(b.display)])).toEqual([
      ['Årsverk som mangler til heltid, 2021', 54105, '54 105'],
      ['SSBs anslåtte årsverksvekst fram til 2035 (anslått 2019)', 55000, 'rundt 55 000'],
    ])
    expect(plain(card.method)).toBe(
      'Beregnet av Heltid i tall: sysselsatte (202 925) minus årsverk (148 820) i 2021. Planen bruker tallet 55 000 om to ting: om årsverkene som mangler til heltid («om lag 55 000 årsverk») og om SSBs framskrivning av årsverksveksten fram til 2035 («rundt 55 000 årsverk»). Planens tekst sier «om lag 55 000 årsverk»; planens egen tabell gir 54 105. Planen forklarer ikke forskjellen.',
    )
  })

  it("the § 14-1 b card cites the law as adopted; the plan's «foreslås» is background", () => {
    const card = byId(cards, 'drofting')!
    expect(card.text).not.toContain('foreslås')
    expect(card.sources[0]).toEqual({
      label: 'Arbeidsmiljøloven § 14-1 b',
      short: 'Arbeidsmiljøloven § 14-1 b',
      href: '',
      url: 'https://lovdata.no/lov/2005-06-17-62/§14-1b',
    })
    expect(card.method).toContain('forslaget')
  })

  it.each([
    ['drofting-arlig', '14-1 a', '§14-1a', /minst én gang i året drøfte bruken av deltid/],
    ['drofting', '14-1 b', '§14-1b', /dokumentasjonen være tilgjengelig for de tillitsvalgte/],
    ['fortrinnsrett', '14-3', '§14-3', /fortrinnsrett til en større stilling, og til ekstravakter/],
    ['faktisk-arbeidstid', '14-4 a', '§14-4a', /siste tolv månedene regelmessig har jobbet mer/],
  ])(
    'the § %s card cites the law on Lovdata and says what it requires',
    (id, paragraph, anchor, says) => {
      const card = byId(cards, id)!
      expect(card.highlight).toBe(`§ ${paragraph}`)
      expect(card.sources[0]?.label).toBe(`Arbeidsmiljøloven § ${paragraph}`)
      expect(copyText(card)).toContain(
        `Kilde: Arbeidsmiljøloven § ${paragraph} (https://lovdata.no/`,
      )
      expect(card.text).toMatch(says)
      expect(card.sources[0]?.url).toBe(`https://lovdata.no/lov/2005-06-17-62/${anchor}`)
      // A summary, said to be one: no legal advice beyond the text.
      expect(card.method).toContain('ikke juridisk rådgivning')
    },
  )

  it('the first six cards, the handout’s default, are the figures and the yearly meeting’s law', () => {
    expect(cards.slice(0, 6).map((c) => c.id)).toEqual([
      'potensial',
      'heltidsandel',
      'turnus-deltid',
      'stillingsstorrelse',
      'drofting-arlig',
      'drofting',
    ])
  })

  it('the full-time card keeps SSB’s 2023 share out of its sentence and explains why', () => {
    const card = byId(cards, 'heltidsandel')!
    expect(card.text).not.toContain('2023')
    expect(plain(card.method)).toContain('37,9 % av helsefagarbeiderne heltid i hovedjobben')
    expect(card.method).toContain('helse- og sosialtjenestene samlet')
    expect(card.method).toContain('hjelpepleiere og omsorgsarbeidere egne grupper')
  })

  it("the temp-agency card keeps the plan's «en dobling fra 2012»", () => {
    expect(byId(cards, 'vikarer')?.text).toContain('en dobling fra 2012')
  })

  it('the users card: 41,4 % under 67, «drøyt to av fem» in the title, the plan’s «nærmere 41» said', () => {
    const card = byId(cards, 'brukere-under-67')!
    // (80 926 + 41 646) / 295 856 = 41.43 %, within 1.5 points of two in five.
    expect(plain(card.highlight)).toBe('41,4 %')
    expect(card.title).toBe('Drøyt to av fem brukere er under 67 år')
    expect(plain(card.method)).toContain('Tabellen gir 41,4 %; planens tekst sier «nærmere 41 %».')
    expect(plain(card.text)).toBe(
      'Ved utgangen av 2021 var 122 572 av omsorgstjenestens 295 856 brukere under 67 år.',
    )
  })

  it.each([
    [
      'potensial',
      // Two years side by side (the plan's 2021 table, SSB's projection to 2035), each named.
      'I 2021 manglet 54 105 årsverk til heltid i omsorgstjenesten. Det er omtrent like mange som de rundt 55 000 årsverkene SSB i 2019 anslo at tjenesten kan trenge å vokse med fram til 2035.',
    ],
    [
      'potensial-grupper',
      // (28 881 + 13 156 + 3 787) / 54 105 = 84.7 %
      '85 % av årsverkene som manglet til heltid i 2021, fantes blant pleieassistenter uten helse- og sosialfaglig utdanning, helsefagarbeidere og sykepleiere.',
    ],
    [
      'stillingsstorrelse',
      'Pleieassistenter uten helse- og sosialfaglig utdanning hadde en gjennomsnittlig stillingsstørrelse på 54,1 % i 2021, mot 89,5 % for sykepleiere. Gjennomsnittet i hele omsorgstjenesten var 73,3 %.',
    ],
    [
      'heltidsandel',
      // The plan's figure alone: SSB's 2023 share counts another population, definition
      // and group, and is explained under «Mer om tallet», not set beside it.
      'Bare 28 % av helsefagarbeiderne i den kommunale omsorgstjenesten hadde avtalt heltid (100 % stilling eller mer) i 2021.',
    ],
    [
      'turnus-deltid',
      // 100 − 34,8 = 65,2 %, just under two in three; KS did not publish every year.
      'Selv om andelen med heltid har økt siden 2014, jobber nesten to av tre turnusansatte i helse og omsorg deltid: 65,2 % i 2023. Andelen med heltid var 20,8 % i 2014 og 34,8 % i 2023, ifølge arbeidsgivernes eget register.',
    ],
    [
      'sykefravaer',
      'Sykefraværet i omsorgstjenestene var 8,7 % i 2021, og i overkant av 10 % blant helsefagarbeidere, aktivitører og barne- og ungdomsarbeidere. Det var under koronapandemien; i årene før 2020 lå det i underkant av 8 %.',
    ],
    [
      'vikarer',
      'Omsorgstjenesten brukte om lag 1,2 mrd. kr på kjøp av vikartjenester i 2019, en dobling fra 2012.',
    ],
    [
      'yngre-brukere',
      'Brukere under 50 år økte med 19 357 fra 2009 til 2021. 3 224 av økningen skyldes at aldersgruppen ble større; 16 133 skyldes at en større andel av den får tjenester.',
    ],
    [
      'uformell-omsorg',
      'Pårørende gir omsorg tilsvarende om lag 136 000 årsverk, ifølge regjeringens pårørendestrategi fra 2020. Det er nesten like mye som hele omsorgstjenesten, som hadde om lag 149 000 årsverk i 2021.',
    ],
  ])('%s', (id, expected) => {
    expect(plain(byId(cards, id)?.text)).toBe(expected)
  })

  it('quotes the plan on full-time as the main rule and on the duty to document and discuss', () => {
    expect(byId(cards, 'hovedregel')?.quote).toBe(
      'Faste, hele stillinger skal være hovedregelen i norsk arbeidsliv.',
    )
    expect(byId(cards, 'drofting')?.quote).toContain('skal dokumenteres av arbeidsgiver')
    expect(byId(cards, 'drofting')?.quote).toContain(
      'drøfte spørsmålet om deltidsansettelse med tillitsvalgte',
    )
  })

  it('copies the sentence with its source line', () => {
    const text = copyText(byId(cards, 'vikarer')!)
    expect(text).toContain('Planen: «Omsorgstjenesten brukte om lag 1,2 mrd. kroner')
    expect(text.split('\n')[1]).toBe(
      'Kilde: Opptrappingsplanen, avsnittet «Høyt sykefravær, høy turnover og høy vikarbruk»',
    )
  })
})

describe('argument cards follow the filters and the data', () => {
  it('one chosen group: its own potential and the plan statement for it', () => {
    const cards = buildArguments(data, { groups: ['helsefagarbeider'], from: 2009, to: 2021 })
    const card = byId(cards, 'potensial')
    expect(plain(card?.text)).toBe(
      'I 2021 manglet 13 156 årsverk til heltid blant helsefagarbeidere i omsorgstjenesten. Det tilsvarer om lag 24 % av de rundt 55 000 årsverkene SSB i 2019 anslo at tjenesten kan trenge å vokse med fram til 2035.',
    )
    // 13 156 / 55 000 = 23.9 %.
    expect(plain(card?.title)).toBe(
      'Heltid for helsefagarbeidere tilsvarer om lag 24 % av SSBs anslåtte årsverksvekst til 2035',
    )
    expect(card?.quote).toContain('helsefagarbeidere om lag 14 000 årsverk')
    // Comparing groups needs at least two.
    expect(byId(cards, 'potensial-grupper')).toBeUndefined()
    expect(byId(cards, 'stillingsstorrelse')).toBeUndefined()
  })

  it('two groups above the average: no «three groups» card, no «smallest position» card', () => {
    // The link from the issue: grupper=helsefagarbeider,sykepleier. Before, a card said
    // «100 % … finnes i 2 grupper» and another described two groups above the average.
    const cards = buildArguments(data, {
      groups: ['helsefagarbeider', 'sykepleier'],
      from: 2009,
      to: 2021,
    })
    expect(byId(cards, 'potensial-grupper')).toBeUndefined()
    expect(byId(cards, 'stillingsstorrelse')).toBeUndefined()
    const potential = byId(cards, 'potensial')!
    // (13 156 + 3 787) / 55 000 = 30.8 %.
    expect(plain(potential.title)).toBe(
      'Heltid for helsefagarbeidere og sykepleiere tilsvarer om lag 31 % av SSBs anslåtte årsverksvekst til 2035',
    )
    expect(potential.selection).toBe('Utvalg: helsefagarbeidere og sykepleiere')
    expect(copyText(potential).split('\n')).toContain('Utvalg: helsefagarbeidere og sykepleiere.')
  })

  it('three groups are not «three groups of many»; four are', () => {
    const three = ['helsefagarbeider', 'sykepleier', 'vernepleier']
    expect(
      byId(buildArguments(data, { groups: three, from: 2009, to: 2021 }), 'potensial-grupper'),
    ).toBeUndefined()
    const four = [...three, 'pleieassistent-uten-fagutdanning']
    const cards = buildArguments(data, { groups: four, from: 2009, to: 2021 })
    const card = byId(cards, 'potensial-grupper')
    expect(card?.selection).toBe('Utvalg: fire av tolv utdanningsgrupper')
    expect(plain(card?.text)).toMatch(
      /fantes blant pleieassistenter uten helse- og sosialfaglig utdanning, helsefagarbeidere og sykepleiere\.$/,
    )
    // (28 881 + 13 156 + 3 787) / 45 824 of the four groups.
    expect(plain(card?.method)).toContain('helsefagarbeidere 13 156 og sykepleiere 3 787')
    // Pleieassistenter (54,1 %) lie below the whole service's 73,3 %: the premise holds.
    expect(plain(byId(cards, 'stillingsstorrelse')?.text)).toMatch(/^Pleieassistenter uten/)
  })

  it('every group chosen: no «Utvalg» anywhere', () => {
    const cards = buildArguments(data, { groups: allGroups, from: 2009, to: 2021 })
    expect(cards.filter((c) => c.selection)).toEqual([])
  })

  it('the year range changes the users card', () => {
    const cards = buildArguments(data, { groups: allGroups, from: 2015, to: 2021 })
    expect(plain(byId(cards, 'yngre-brukere')?.text)).toMatch(
      /^Brukere under 50 år økte med 10 932 fra 2015 til 2021\./,
    )
  })

  it('a changed dataset changes the sentence', () => {
    const changed = structuredClone(data)
    const sick = changed.keyFigures.figures.find((f) => f.id === 'sykefravaer-2021')!
    sick.value = 9.1
    const cards = buildArguments(changed, { groups: allGroups, from: 2009, to: 2021 })
    expect(plain(byId(cards, 'sykefravaer')?.text)).toMatch(
      /^Sykefraværet i omsorgstjenestene var 9,1 % i 2021/,
    )
  })

  it('the KS card cites KS, and is left out when part-time is no longer the majority', () => {
    const cards = buildArguments(data, { groups: allGroups, from: 2009, to: 2021 })
    expect(byId(cards, 'turnus-deltid')?.sources).toEqual([
      { label: 'KS, PAI-registeret', short: 'KS', href: '#kilde-ksFullTime' },
    ])
    const changed = structuredClone(data)
    changed.ksFullTime.series.find((s) => s.id === 'turnus-heltid')!.points.at(-1)!.value = 52
    expect(
      byId(buildArguments(changed, { groups: allGroups, from: 2009, to: 2021 }), 'turnus-deltid'),
    ).toBeUndefined()
  })

  it('leaves out the cards whose data failed to load', () => {
    const cards = buildArguments(
      { keyFigures: data.keyFigures },
      { groups: allGroups, from: 2009, to: 2021 },
    )
    expect(cards.map((c) => c.id)).toEqual([
      'drofting-arlig',
      'drofting',
      'sykefravaer',
      'vikarer',
      'uformell-omsorg',
      'kvalifisering',
      'hovedregel',
      'fortrinnsrett',
      'faktisk-arbeidstid',
    ])
    // The law needs no data file: its cards stay when every file fails.
    expect(buildArguments({}, { groups: [], from: 2009, to: 2021 }).map((c) => c.id)).toEqual([
      'drofting-arlig',
      'fortrinnsrett',
      'faktisk-arbeidstid',
    ])
  })
})

describe('a card at a glance', () => {
  it.each([
    ['54\u00a0105 årsverk', '54\u00a0105', ' årsverk'],
    ['79,2\u00a0%', '79,2\u00a0%', null],
    ['i overkant av 10\u00a0%', 'i overkant av 10\u00a0%', null],
    ['§ 14-1 a', '§ 14-1 a', null],
    ['«Hele stillinger»', '«Hele stillinger»', null],
    ['−1,5 prosentpoeng', '−1,5', ' prosentpoeng'],
  ])('sets %j as number %j and unit %j', (highlight, number, unit) => {
    expect(highlightParts(highlight)).toEqual({ number, unit })
  })

  it('names each source once, by its short name', () => {
    const source = (label: string, short: string) => ({ label, short, href: `#${short}` })
    expect(
      shortSources([
        source('Opptrappingsplanen, kapittel 5', 'Opptrappingsplanen'),
        source('SSB, tabell 12345', 'SSB'),
        source('Opptrappingsplanen, kapittel 6', 'Opptrappingsplanen'),
      ]).map((s) => s.label),
    ).toEqual(['Opptrappingsplanen', 'SSB'])
  })
})
