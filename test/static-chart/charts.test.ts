import { describe, expect, it } from 'vitest'
import type { ArsverkData, FullTime2023Data, UsersData } from '@/data/schema'
import { arsverkRows, arsverkSummary, arsverkTitle } from '@/metrics/arsverk-table'
import { fullTimeRows, fullTimeTitle } from '@/metrics/full-time'
import { usersTitle } from '@/metrics/users-series'
import { arsverkEmbed, fullTimeEmbed, usersEmbed } from '@/static-chart/charts'
import { DEFAULT_VIEW } from '@/state/view-state'

const provenance = {
  title: 't',
  document: 'Opptrappingsplan for heltid og god bemanning i omsorgstjenesten',
  publisher: 'Helse- og omsorgsdepartementet',
  section: 's',
  table: 'Tabell',
  referenceDate: '2021',
  unit: 'u',
  notes: [],
  attribution: 'Kilde: SSB',
}

// Seven groups, so the embed keeps five of them; two levels.
const group = (id: string, level: string, arsverk: number, sysselsatte: number) => ({
  id,
  name: `${id.toUpperCase()}-gruppen`,
  shortName: id.toUpperCase(),
  textName: `${id}-folk`,
  level,
  arsverk,
  sysselsatte,
})
const groups = [
  group('a', 'x', 100, 200),
  group('b', 'x', 50, 60),
  group('c', 'y', 10, 100),
  group('d', 'y', 70, 80),
  group('e', 'x', 30, 31),
  group('f', 'y', 5, 50),
  group('g', 'x', 20, 20),
]
const arsverk: ArsverkData = {
  provenance,
  levels: [
    { id: 'x', label: 'Nivå X', textName: 'x-folk' },
    { id: 'y', label: 'Nivå Y', shortLabel: 'Y', textName: 'y-folk' },
  ],
  groups,
  total: { arsverk: 285, sysselsatte: 541 },
}

const view = { ...DEFAULT_VIEW, embed: true }

describe('the årsverk chart embedded alone', () => {
  it('keeps the five groups where most is missing, biggest first, and states the finding', () => {
    const embed = arsverkEmbed(arsverk, view)
    const spec = embed.chart?.kind === 'bars' ? embed.chart.spec : null
    // Short names on the chart; the full name leads the tooltip and names the table's row.
    expect(spec?.rows.map((r) => r.label)).toEqual(['A', 'C', 'F', 'B', 'D'])
    expect(spec?.rows[0]?.tooltip.split('\n')[0]).toBe('A-gruppen')
    expect(spec?.rows[0]?.values).toEqual({ arsverk: 100, potential: 100 })
    expect(embed.legend?.map((l) => l.label)).toEqual(['Årsverk', 'Årsverk som mangler til heltid'])
    const rows = arsverkRows(
      groups,
      arsverk.levels,
      groups.map((g) => g.id),
      false,
    )
    expect(embed.title).toBe(arsverkTitle(rows))
    expect(embed.summary).toBe(arsverkSummary(rows))
    expect(embed.subtitle).toBe('De fem gruppene der flest årsverk mangler, av sju, 2021')
    // The table has every row, in the default sort (most missing first), and a totals row.
    expect(embed.table?.rows.map((r) => r.header)).toEqual(
      ['A', 'C', 'F', 'B', 'D', 'E', 'G'].map((g) => `${g}-gruppen`),
    )
    expect(embed.table?.foot?.cells[0]).toBe('256')
  })

  it('follows the link’s groups, levels and measure', () => {
    const chosen = arsverkEmbed(arsverk, { ...view, groups: ['b', 'd'] })
    // Ten missing in each: the tie goes by name.
    expect(chosen.chart?.kind === 'bars' && chosen.chart.spec.rows.map((r) => r.label)).toEqual([
      'B',
      'D',
    ])
    const levels = arsverkEmbed(arsverk, { ...view, byLevel: true })
    expect(levels.chart?.kind === 'bars' && levels.chart.spec.rows.map((r) => r.label)).toEqual([
      'Y',
      'Nivå X',
    ])
    const shares = arsverkEmbed(arsverk, { ...view, measure: 'andel' })
    const spec = shares.chart?.kind === 'bars' ? shares.chart.spec : null
    // In shares only what is missing, as each row's part of all that is missing: 100 of 256.
    expect(spec?.series.map((s) => s.id)).toEqual(['potential'])
    expect(shares.legend?.map((l) => l.label)).toEqual(['Årsverk som mangler til heltid'])
    expect(spec?.rows[0]?.values).toEqual({ potential: (100 / 256) * 100 })
    expect(spec?.formatTick(10)).toBe('10\u00a0%')
    expect(spec?.valueLabel.format(39.06)).toBe('39,1\u00a0%')
    expect(shares.subtitle).toBe('De fem gruppene der flest årsverk mangler, av sju, 2021')
  })

  it('with no group chosen, says so instead of drawing', () => {
    const none = arsverkEmbed(arsverk, { ...view, groups: [] })
    expect(none.chart).toBeNull()
    expect(none.table).toBeNull()
    expect(none.empty).toMatch(/Ingen utdanningsgrupper/)
  })

  it('sorts the table as the link says', () => {
    const byName = arsverkEmbed(arsverk, { ...view, arsverkSort: { column: 'name', desc: false } })
    expect(byName.table?.rows.map((r) => r.header)).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((g) => `${g}-gruppen`),
    )
    expect(byName.table?.sorted).toEqual({ index: 0, desc: false })
  })
})

const fullTime: FullTime2023Data = {
  provenance: { ...provenance, document: 'SSB-artikkel', publisher: 'Statistisk sentralbyrå' },
  definition: 'd',
  coverage: 'c',
  rows: [10, 20, 30, 40, 50, 60].map((p, i) => ({
    id: `g${i}`,
    name: `G${i}-ere`,
    group: `G${i}-er`,
    ...(i === 0 ? { shortName: 'G0' } : {}),
    textName: `g${i}-folk`,
    percent2023: p,
    changeSince2022: 1,
    changeSince2016: 2,
  })),
  all: {
    id: 'alle',
    name: 'Alle',
    group: 'Alle',
    textName: 'alle',
    percent2023: 35,
    changeSince2022: 1,
    changeSince2016: 2,
  },
}

describe('the full-time chart embedded alone', () => {
  it('keeps both ends: the two highest and the three lowest, 2016 hatched beside 2023', () => {
    const embed = fullTimeEmbed(fullTime, view)
    const spec = embed.chart?.kind === 'bars' ? embed.chart.spec : null
    // Of the six education groups (SSB's row for all of them is the table's only); short
    // names where the data have them.
    expect(spec?.rows.map((r) => r.label)).toEqual(['G5-ere', 'G4-ere', 'G2-ere', 'G1-ere', 'G0'])
    expect(embed.subtitle).toBe(
      'Andel med heltid i hovedjobben, helse- og sosialtjenestene samlet, 4.\u00a0kvartal 2016 og 2023: de to høyeste og tre laveste av seks utdanningsgrupper',
    )
    expect(spec?.rows[0]?.values).toEqual({ percent2016: 58, percent2023: 60 })
    expect(spec?.series.map((s) => [s.id, s.hatched])).toEqual([
      ['percent2016', true],
      ['percent2023', false],
    ])
    expect(embed.title).toBe(fullTimeTitle(fullTimeRows([...fullTime.rows, fullTime.all])))
    expect(embed.table?.rows).toHaveLength(7)
    expect(embed.table?.rows.map((r) => r.header)).toContain('Alle')
  })
})

const users: UsersData = {
  provenance: { ...provenance, ssbTable: '06969' },
  ageGroups: [
    { id: '0-49', label: '0–49 år' },
    { id: '90+', label: '90 år eller eldre' },
  ],
  years: [2009, 2011, 2013],
  rows: [
    { ageGroup: '0-49', year: 2009, users: 100, frequencyPercent: 1 },
    { ageGroup: '0-49', year: 2011, users: 150, frequencyPercent: 1.5 },
    { ageGroup: '0-49', year: 2013, users: 200, frequencyPercent: 2 },
    { ageGroup: '90+', year: 2009, users: 300, frequencyPercent: 50 },
    { ageGroup: '90+', year: 2011, users: 290, frequencyPercent: 49 },
    { ageGroup: '90+', year: 2013, users: 280, frequencyPercent: 48 },
  ],
}

describe('the users chart embedded alone', () => {
  it('draws a line per age group over the years, named at its end, on round ticks', () => {
    const embed = usersEmbed(users, view)
    const spec = embed.chart?.kind === 'lines' ? embed.chart.spec : null
    expect(spec?.years).toEqual([2009, 2011, 2013])
    expect(spec?.lines.map((l) => [l.endLabel, l.values])).toEqual([
      ['0–49 år', [100, 150, 200]],
      ['90+ år', [300, 290, 280]],
    ])
    // The page's axis: from zero to a round number at or above the data.
    expect(spec?.ticks).toEqual([0, 100, 200, 300])
    expect(embed.title).toBe(usersTitle(users.rows, users.ageGroups, 2009, 2013, 'brukere'))
  })

  it('follows the link’s years, age groups and measure', () => {
    const embed = usersEmbed(users, {
      ...view,
      ageGroups: ['90+'],
      fromYear: 2011,
      usersMeasure: 'frekvens',
    })
    const spec = embed.chart?.kind === 'lines' ? embed.chart.spec : null
    expect(spec?.years).toEqual([2011, 2013])
    expect(spec?.lines.map((l) => l.values)).toEqual([[49, 48]])
    expect(embed.table?.rows).toEqual([
      { header: '90 år eller eldre', cells: ['49,0\u00a0%', '48,0\u00a0%'] },
    ])
  })
})
