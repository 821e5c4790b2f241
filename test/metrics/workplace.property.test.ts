import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { figuresByGroup, validateRow, type ValidRow, workplaceFigures } from '@/metrics/workplace'
import { parseWorkplaceCsv, workplaceToCsv } from '@/metrics/workplace-csv'

const groups = [
  { id: 'helsefagarbeider', name: 'Helsefagarbeidere' },
  { id: 'sykepleier', name: 'Sykepleier' },
]

const validRow = fc.record({
  group: fc.constantFrom('helsefagarbeider', 'sykepleier', 'annen'),
  employees: fc.integer({ min: 0, max: 100_000 }),
  percent: fc.integer({ min: 1, max: 1000 }).map((tenths) => tenths / 10),
})

describe('property: the workplace calculator', () => {
  it('totals are consistent for any valid rows (1 000 cases)', () => {
    fc.assert(
      fc.property(fc.array(validRow, { maxLength: 40 }), (rows: ValidRow[]) => {
        const f = workplaceFigures(rows)
        const employees = rows.reduce((s, r) => s + r.employees, 0)
        expect(f.employees).toBe(employees)
        expect(f.arsverk).toBeLessThanOrEqual(employees + 1e-6)
        expect(f.arsverk + f.potential).toBeCloseTo(employees, 3)
        if (employees > 0) {
          expect(f.averagePositionSize).toBeGreaterThan(0)
          expect(f.averagePositionSize).toBeLessThanOrEqual(1 + 1e-9)
        } else {
          expect(f.averagePositionSize).toBeNull()
        }
        // Per group adds up to the whole.
        const parts = figuresByGroup(rows)
        expect(parts.reduce((s, p) => s + p.figures.employees, 0)).toBe(employees)
        expect(parts.reduce((s, p) => s + p.figures.arsverk, 0)).toBeCloseTo(f.arsverk, 3)
      }),
      { numRuns: 1_000 },
    )
  })

  it('any typed text validates without throwing, and only sane numbers pass (2 000 cases)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (employees, percent) => {
        const { value, issues } = validateRow({ id: 'r', group: 'annen', employees, percent })
        if (value) {
          expect(Number.isInteger(value.employees) && value.employees >= 0).toBe(true)
          expect(value.percent > 0 && value.percent <= 100).toBe(true)
          expect(issues).toEqual({})
        } else {
          expect(Object.keys(issues).length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 2_000 },
    )
  })

  it('any CSV text: no throw, every non-empty line is a row or a reported error (1 000 cases)', () => {
    const line = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom('Sykepleier', 'helsefagarbeidere', 'Lege'),
          fc.integer({ min: -5, max: 200 }),
          fc.double({ min: -10, max: 150, noNaN: true }),
        )
        .map(([g, n, p]) => `${g};${n};${String(Math.round(p * 10) / 10).replace('.', ',')}`),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n')
        const result = parseWorkplaceCsv(text, groups)
        const counted = text
          .split(/\r\n|\r|\n/)
          .filter(
            (l, i) =>
              l.trim() !== '' &&
              !/^kilde:/i.test(l.trim()) &&
              !(i === 0 && /^(gruppe|yrkesgruppe|utdanningsgruppe|stilling)/i.test(l.trim())),
          )
        expect(result.rows.length + result.errors.length).toBe(counted.length)
      }),
      { numRuns: 1_000 },
    )
  })

  it('exported rows read back unchanged (500 cases)', () => {
    fc.assert(
      fc.property(fc.array(validRow, { minLength: 1, maxLength: 20 }), (rows) => {
        const typed = rows.map((r) => ({
          group: r.group,
          employees: String(r.employees),
          percent: String(r.percent).replace('.', ','),
        }))
        const back = parseWorkplaceCsv(workplaceToCsv(typed, groups), groups)
        expect(back.errors).toEqual([])
        expect(back.rows).toEqual(typed)
      }),
      { numRuns: 500 },
    )
  })
})
