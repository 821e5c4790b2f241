import { describe, expect, it } from 'vitest'
import { loadAll, sourceRecords } from '../helpers/files'

/**
 * Traceability for the figures newer than the plan: every KS and SSB figure in
 * public/data stands in the source CSV with the same value, year, sentence and page,
 * and nothing from a secondary source or with an implied year is shown as a plain figure.
 */
const data = loadAll()
const number = (s: string) => Number(s.replace(/\s/g, '').replace(',', '.'))

describe('KS, PAI-registeret: ks-heltid.json against ks-pai-heltid-nasjonalt.csv', () => {
  const rows = sourceRecords('ks-pai-heltid-nasjonalt.csv')
  const points = data.ksFullTime.series.flatMap((s) =>
    s.points.map((p) => ({ series: s, point: p })),
  )

  it.each(
    points.map(({ series, point }) => [`${series.id} ${point.year}`, series, point] as const),
  )(
    '%s: value, 1 December of the year, sentence and page as in the source',
    (_name, series, point) => {
      const indicator =
        series.measure === 'heltidsandel'
          ? 'andel_heltidsansatte'
          : 'gjennomsnittlig_stillingsstorrelse'
      const match = rows.filter(
        (r) =>
          r.indikator === indicator &&
          r.referansetidspunkt === `${point.year}-12-01` &&
          r.sitat_fra_kilde === point.quote,
      )
      expect(match, 'exactly one source row').toHaveLength(1)
      const row = match[0]!
      expect(number(row.verdi!)).toBe(point.value)
      expect(row.kilde_url).toBe(point.url)
      expect(row.utgiver).toMatch(/^KS\b/)
      expect(row.merknad ?? '').not.toMatch(/sekundærkilde/i)
      // The sentence holds the figure as the source prints it.
      expect(point.quote).toContain(row.verdi!)
    },
  )

  it('leaves out secondary-source rows and rows with an implied year', () => {
    const shown = new Set(points.map(({ point }) => `${point.quote}|${point.year}`))
    const left = rows.filter(
      (r) =>
        /sekundærkilde/i.test(r.merknad ?? '') || /underforstått/.test(r.referansetidspunkt ?? ''),
    )
    expect(left.length).toBeGreaterThan(0)
    for (const r of left) {
      expect(shown.has(`${r.sitat_fra_kilde}|${r.referansetidspunkt!.slice(0, 4)}`)).toBe(false)
    }
  })

  it('shows every primary figure for turnus staff in health and care, none left out silently', () => {
    const turnus = rows.filter(
      (r) =>
        /^turnusansatte i helse- og omsorg/.test(r.populasjon ?? '') &&
        /^\d{4}-12-01$/.test(r.referansetidspunkt ?? ''),
    )
    const years = (id: string) =>
      data.ksFullTime.series.find((s) => s.id === id)!.points.map((p) => p.year)
    const fromCsv = (indicator: string) =>
      turnus
        .filter((r) => r.indikator === indicator)
        .map((r) => Number(r.referansetidspunkt!.slice(0, 4)))
        .sort()
    expect(years('turnus-heltid')).toEqual(fromCsv('andel_heltidsansatte'))
    expect(years('turnus-stilling')).toEqual(fromCsv('gjennomsnittlig_stillingsstorrelse'))
    // The series the issue names: 20,8 → 34,8 % and 63,3 → 71,5 %.
    expect(years('turnus-heltid')).toEqual([2014, 2018, 2020, 2021, 2023])
    expect(years('turnus-stilling')).toEqual([2014, 2021, 2023])
  })

  it('states KS’ definitions, not SSB’s', () => {
    expect(data.ksFullTime.definition).toMatch(/^Summen av alle stillingene/)
    expect(data.ksFullTime.turnusDefinition).toContain('33,6 og 35,5 timer')
    expect(data.ksFullTime.provenance.attribution).toBe('Kilde: KS, PAI-registeret')
  })
})

describe('SSB 2023: arsverk-2023.json and heltidsandel-2023.json against ssb-omsorg-og-heltid-2023.csv', () => {
  const rows = sourceRecords('ssb-omsorg-og-heltid-2023.csv')

  it.each(data.arsverk2023.figures.map((f) => [f.id, f] as const))(
    '%s: årsverk and both changes stand in the same row of SSB’s key table',
    (_id, figure) => {
      const line = rows.filter((r) => r.sitat_fra_kilde?.startsWith(figure.sourceLabel))
      const get = (indicator: string) => {
        const row = line.find((r) => r.indikator === indicator)
        expect(row, indicator).toBeDefined()
        expect(row!.kilde_url).toBe(data.arsverk2023.provenance.url)
        expect(row!.merknad ?? '').not.toMatch(/sekundærkilde/i)
        return number(row!.verdi!)
      }
      expect(get('avtalte_arsverk')).toBe(figure.value)
      expect(get('prosentvis_endring_avtalte_arsverk_2022_2023')).toBe(
        figure.changeSince2022Percent,
      )
      expect(get('prosentvis_endring_avtalte_arsverk_2019_2023')).toBe(
        figure.changeSince2019Percent,
      )
    },
  )

  it('157 076 agreed årsverk in the care services in 2023', () => {
    expect(data.arsverk2023.figures.find((f) => f.id === 'arsverk-i-alt')?.value).toBe(157_076)
  })

  it('the full-time shares by education agree with this file too', () => {
    for (const r of [...data.fullTime2023.rows, data.fullTime2023.all]) {
      const of = (indicator: string) =>
        rows.filter(
          (x) =>
            x.indikator === indicator &&
            (r === data.fullTime2023.all
              ? x.populasjon?.endsWith('i alt')
              : x.populasjon?.endsWith(`: ${r.group}`)),
        )
      const [level] = of('heltidsandel_hovedarbeidsforhold')
      expect(level, r.group).toBeDefined()
      expect(number(level!.verdi!)).toBe(r.percent2023)
      expect(number(of('endring_heltidsandel_2022_2023')[0]!.verdi!)).toBe(r.changeSince2022)
      expect(number(of('endring_heltidsandel_2016_2023')[0]!.verdi!)).toBe(r.changeSince2016)
    }
  })
})
