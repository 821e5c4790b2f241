import { describe, expect, it } from 'vitest'
import { decimalsOf, formatDecimal } from '@/metrics/format'
import { loadAll, planLines, sourceCsv } from '../helpers/files'

/**
 * Traceability: every figure in public/data is compared with the source document it
 * claims, so a typo in a data file, or a quote that is not the plan's, fails the build.
 */
describe('every figure traces to its source', () => {
  const data = loadAll()
  const lines = planLines()
  const plainNumber = (s: string) => Number(s.replace(/[ %]/g, '').replace(',', '.'))

  /** Reads the values listed one per tab-indented line after `label`, from line `from`. */
  function valuesAfter(from: number, label: string, count: number): string[] {
    const start = lines.findIndex((l, i) => i > from && l.trim() === label)
    expect(start, `"${label}" after line ${from}`).toBeGreaterThan(0)
    return lines.slice(start + 1, start + 1 + count).map((l) => l.trim())
  }

  it('the årsverk table matches the plan row by row', () => {
    const table = lines.findIndex((l) => l.trim() === data.arsverk.provenance.table)
    expect(table).toBeGreaterThan(0)
    for (const g of data.arsverk.groups) {
      // The plan's own row label; our labels are plural throughout (the file says so).
      const [arsverk, sysselsatte] = valuesAfter(table, g.sourceName ?? g.name, 2)
      expect([plainNumber(arsverk!), plainNumber(sysselsatte!)], g.name).toEqual([
        g.arsverk,
        g.sysselsatte,
      ])
    }
    const [a, s] = valuesAfter(table, 'Totalsum', 2)
    expect([plainNumber(a!), plainNumber(s!)]).toEqual([
      data.arsverk.total.arsverk,
      data.arsverk.total.sysselsatte,
    ])
  })

  it('the users table matches the plan cell by cell', () => {
    const table = lines.findIndex((l) => l.trim() === data.users.provenance.table)
    expect(table).toBeGreaterThan(0)
    const n = data.users.years.length
    const header = valuesAfter(table, '', n)
    expect(header.map(Number)).toEqual(data.users.years)
    for (const group of data.users.ageGroups) {
      // The plan writes "0–49 år" and "90 år eller eldre"; our labels follow it.
      const block = lines.findIndex((l, i) => i > table && l.trim() === group.label)
      expect(block, group.label).toBeGreaterThan(0)
      const frequencies = valuesAfter(block, 'Brukerfrekvens', n).map(plainNumber)
      const users = valuesAfter(block, 'Brukere', n).map(plainNumber)
      const rows = data.users.rows.filter((r) => r.ageGroup === group.id)
      expect(
        rows.map((r) => r.frequencyPercent),
        group.label,
      ).toEqual(frequencies)
      expect(
        rows.map((r) => r.users),
        group.label,
      ).toEqual(users)
    }
  })

  it('the population matches SSB table 07459 as shipped with the sources', () => {
    const [head, ...rows] = sourceCsv('befolkning-aldersgrupper-1-januar.csv')
    expect(head).toEqual(['year', 'age_0_49', 'age_50_66', 'age_67_79', 'age_80_89', 'age_90_plus'])
    for (const row of data.population.rows) {
      const csv = rows.find((r) => Number(r[0]) === row.year)
      expect(csv, String(row.year)).toBeDefined()
      expect(data.population.ageGroups.map((a) => row.population[a])).toEqual(
        csv!.slice(1).map(Number),
      )
    }
  })

  it('the 2023 full-time shares match the SSB table in the sources', () => {
    const [, ...rows] = sourceCsv('ssb-heltidsandel-fagutdanning-2023.csv')
    const ours = [...data.fullTime2023.rows, data.fullTime2023.all]
    expect(ours.map((r) => [r.group, r.percent2023, r.changeSince2022, r.changeSince2016])).toEqual(
      rows.map(([g, a, b, c]) => [g, Number(a), Number(b), Number(c)]),
    )
  })

  it('the 2021 full-time shares are in the sentence quoted from the plan', () => {
    expect(lines.some((l) => l.includes(data.fullTime2021.quote))).toBe(true)
    for (const row of data.fullTime2021.rows) {
      expect(data.fullTime2021.quote).toContain(`${row.percent}`)
    }
  })

  const isHeading = (line: string) =>
    line.trim().length > 2 && line.trim().length < 110 && !/[.:]\s*$/.test(line.trim())

  /** The quote stands verbatim in the plan, and the nearest heading above it is `heading`. */
  function expectQuotedUnderHeading(quote: string, heading: string) {
    const quoteLine = lines.findIndex((l) => l.includes(quote))
    expect(quoteLine, 'the quote is in the plan').toBeGreaterThan(0)
    const headingLine = lines.findIndex((l) => l.trim() === heading)
    expect(headingLine, 'the heading is in the plan').toBeGreaterThan(0)
    expect(headingLine).toBeLessThan(quoteLine)
    const between = lines
      .slice(headingLine + 1, quoteLine)
      .filter((l) => isHeading(l) && !/^(Kilde|Merknad|\[image|\s|http)/.test(l))
      // A figure's caption repeats the [image: …] line above it; it is not a heading.
      .filter((l) => !lines.includes(`[image: ${l.trim()}]`))
    expect(between, 'no other heading between heading and quote').toEqual([])
  }

  it.each(data.keyFigures.figures.map((f) => [f.id, f] as const))(
    '%s: quoted verbatim, with its number, under its heading',
    (_id, figure) => {
      expectQuotedUnderHeading(figure.quote, figure.heading)
      const number = formatDecimal(figure.value, decimalsOf(figure.value)).replace(/\u00a0/g, ' ')
      expect(figure.quote, 'the number is in the quote').toContain(number)
      if (figure.qualifier) {
        // The plan once writes "i overkant 10" for "i overkant av 10".
        const quote = figure.quote.toLowerCase().replace('i overkant 10', 'i overkant av 10')
        expect(quote).toContain(`${figure.qualifier} ${number}`)
      }
    },
  )

  it.each(data.keyFigures.statements.map((s) => [s.id, s] as const))(
    'statement %s: quoted verbatim under its heading',
    (_id, statement) => {
      expectQuotedUnderHeading(statement.quote, statement.heading)
    },
  )

  it('each provenance that names a table names one in the plan', () => {
    for (const d of [data.arsverk, data.users]) {
      expect(lines.map((l) => l.trim())).toContain(d.provenance.table)
    }
  })

  it('the plan cites SSB table 06969 for the users', () => {
    expect(lines.join('\n')).toContain(`tabell ${data.users.provenance.ssbTable}`)
  })
})
