import { loadDataset } from '../helpers/files'
import { describe, expect, it } from 'vitest'
import {
  ksChange,
  ksChangeSentence,
  type KsSeriesLike,
  ksTrendRows,
  otherSeriesLines,
  partTimeHeadline,
  publishedYears,
} from '@/metrics/ks-trend'
import { ksTrendView, publishedRows } from '@/metrics/ks-trend-view'
import { loadAll } from '../helpers/files'

const plain = (s: string | null) => s?.replace(/\u00a0/g, ' ') ?? null
const series = (id: string, points: [number, number][]): KsSeriesLike => ({
  id,
  label: id,
  population: 'test',
  measure: id.startsWith('h') ? 'heltidsandel' : 'stillingsstorrelse',
  points: points.map(([year, value]) => ({ year, value })),
})

describe('ksTrendRows', () => {
  it('has a row for every year from first to last, with null where nothing was published', () => {
    const rows = ksTrendRows([
      series('h', [
        [2014, 20.8],
        [2016, 22],
      ]),
      series('s', [[2015, 60]]),
    ])
    expect(rows).toEqual([
      { year: 2014, h: 20.8, s: null },
      { year: 2015, h: null, s: 60 },
      { year: 2016, h: 22, s: null },
    ])
    expect(publishedRows(rows, ['h']).map((r) => r.year)).toEqual([2014, 2016])
  })

  it('gives no rows for no series or empty series', () => {
    expect(ksTrendRows([])).toEqual([])
    expect(ksTrendRows([series('h', [])])).toEqual([])
  })
})

describe('the KS series for turnus staff, from the real data', () => {
  const { ksFullTime } = loadAll()
  const fullTime = ksFullTime.series.find((s) => s.id === 'turnus-heltid')!
  const size = ksFullTime.series.find((s) => s.id === 'turnus-stilling')!

  it('invents no year: 2014–2023 has ten rows, five of them with a full-time share', () => {
    const rows = ksTrendRows([fullTime, size])
    expect(rows.map((r) => r.year)).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ])
    expect(rows.filter((r) => r['turnus-heltid'] !== null)).toHaveLength(5)
    expect(rows.find((r) => r.year === 2019)).toEqual({
      year: 2019,
      'turnus-heltid': null,
      'turnus-stilling': null,
    })
  })

  it('20,8 % → 34,8 % with full time, 63,3 % → 71,5 % average position size (KS)', () => {
    expect(ksChange(fullTime)).toMatchObject({
      from: { year: 2014, value: 20.8 },
      to: { year: 2023, value: 34.8 },
    })
    expect(ksChange(fullTime)!.points).toBeCloseTo(14, 10)
    expect(plain(ksChangeSentence(fullTime))).toBe(
      'Andelen med heltid økte fra 20,8 % i 2014 til 34,8 % i 2023 (+14,0 prosentpoeng).',
    )
    expect(plain(ksChangeSentence(size))).toBe(
      'Gjennomsnittlig stillingsstørrelse økte fra 63,3 % i 2014 til 71,5 % i 2023 (+8,2 prosentpoeng).',
    )
  })

  it('the finding: two in three turnus staff still work part-time (100 − 34,8 = 65,2 %)', () => {
    expect(partTimeHeadline(fullTime)).toBe(
      // 65,2 % is just under two in three: «nesten».
      'Nesten to av tre turnusansatte i helse og omsorg jobber fortsatt deltid',
    )
  })

  it('falls back to the percent where no plain fraction fits, and needs a point', () => {
    expect(plain(partTimeHeadline(series('h', [[2023, 43]])))).toBe(
      '57,0 % av turnusansatte i helse og omsorg jobber fortsatt deltid',
    )
    expect(partTimeHeadline(series('h', []))).toBeNull()
    expect(ksChange(series('h', [[2023, 43]]))).toBeNull()
  })
})

describe('ksTrendView', () => {
  const { ksFullTime } = loadAll()

  it('puts the two turnus series in the table, published years only, and the rest in words', () => {
    const view = ksTrendView(ksFullTime.series)
    expect(view.columns.map((c) => c.name)).toEqual([
      'Andel med heltid',
      'Gjennomsnittlig stillingsstørrelse',
    ])
    expect(
      view.rows.every((r) => r['turnus-heltid'] !== null || r['turnus-stilling'] !== null),
    ).toBe(true)
    expect(view.fullTime?.id).toBe('turnus-heltid')
    expect(view.positionSize?.id).toBe('turnus-stilling')
    expect(view.others.map((s) => s.id)).not.toContain('turnus-heltid')
    expect(view.others.length + 2).toBe(ksFullTime.series.length)
  })

  it('leaves out a series the data lacks, and shows nothing when there is none', () => {
    const only = ksTrendView([series('turnus-heltid', [[2014, 20.8]])])
    expect(only.columns.map((c) => c.id)).toEqual(['turnus-heltid'])
    expect(only.positionSize).toBeUndefined()
    expect(only.rows).toEqual([{ year: 2014, 'turnus-heltid': 20.8 }])
    expect(ksTrendView([])).toMatchObject({ columns: [], rows: [], others: [] })
  })

  it('gives the table its cells, null where KS published no figure', () => {
    const view = ksTrendView([
      series('turnus-heltid', [
        [2014, 20.8],
        [2016, 22.5],
      ]),
      series('turnus-stilling', [[2016, 68.1]]),
    ])
    expect(view.tableRows).toEqual([
      { year: 2014, cells: ['20,8\u00a0%', null] },
      { year: 2016, cells: ['22,5\u00a0%', '68,1\u00a0%'] },
    ])
  })

  it('titles the chart with the part-time finding, or with what it draws', () => {
    const view = ksTrendView(ksFullTime.series)
    expect(view.title).toBe(partTimeHeadline(view.fullTime!))
    expect(ksTrendView([]).title).toBe('Heltid og deltid blant turnusansatte i helse og omsorg')
  })

  it('tells the other parts of the sector one sentence a line, year by year where KS renamed one', () => {
    const view = ksTrendView(ksFullTime.series)
    expect(view.otherLines.length).toBeGreaterThanOrEqual(view.others.length)
    expect(view.otherLines.every((l) => /^[^:]+: .+ i \d{4}\.$/.test(l.text))).toBe(true)
    expect(new Set(view.otherLines.map((l) => l.key)).size).toBe(view.otherLines.length)
    // ks-heltid.json: «Pleie- og omsorgssektoren» in some years of the health series.
    expect(view.othersRenamed).toBe(true)
    expect(view.otherLines.some((l) => l.text.startsWith('Pleie- og omsorgssektoren: '))).toBe(true)
  })
})

describe('KS in words', () => {
  const data = loadDataset('ksFullTime')
  it('names the published years of the series a chart draws, not of every series', () => {
    const turnus = data.series.find((s) => s.id === 'turnus-heltid')!
    // 2022 is published for another population, not for turnus staff.
    expect(publishedYears(turnus)).toBe('1.\u00a0desember 2014, 2018, 2020, 2021 og 2023')
  })

  it('says whom each figure covers when KS names the sector two ways', () => {
    const health = data.series.find((s) => s.id === 'helse-pleie-omsorg-heltid')!
    expect(otherSeriesLines(health, (v) => `${v} %`)).toEqual([
      'Pleie- og omsorgssektoren: 41 % i 2021.',
      'Sektoren helse, pleie og omsorg, med og uten turnus: 44 % i 2022.',
    ])
    const sector = data.series.find((s) => s.id === 'kommunesektoren-heltid')!
    expect(otherSeriesLines(sector, (v) => `${v} %`)).toEqual([
      'Hele kommunesektoren (kommuner og fylkeskommuner): 57.2 % i 2021 og 61 % i 2023.',
    ])
  })
})
