import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeWorkplace } from '@/metrics/workplace-link'
import {
  ARSVERK_COLUMNS,
  DEFAULT_VIEW,
  FULL_TIME_COLUMNS,
  PARAMS,
  SECTIONS,
  type ViewState,
} from '@/state/view-state'
import { parseView, serializeView } from '@/state/view-url'

const keys = Object.values(PARAMS)

/** Query strings made of our own keys (and strangers) with hostile and malformed values. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '%00',
    '__proto__',
    'constructor',
    '<script>',
    '1e3',
    '-1',
    'NaN',
    '',
    ',',
  ),
  fc
    .array(fc.constantFrom('a', '0', '-', '+', ',', '%2C', '9', 'ø'), { maxLength: 80 })
    .map((p) => p.join('')),
)
const query = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), hostileValue), {
      maxLength: 12,
    }),
    fc.constantFrom('&', '&&', ';'),
  )
  .map(([pairs, separator]) => `?${pairs.map(([k, v]) => `${k}=${v}`).join(separator)}`)

function isValidView(view: ViewState): void {
  const ids = /^[a-z0-9][a-z0-9+-]{0,63}$/
  for (const list of [view.groups, view.ageGroups, view.handout]) {
    if (list !== null) for (const id of list) expect(id).toMatch(ids)
  }
  expect(typeof view.byLevel).toBe('boolean')
  expect(['antall', 'andel']).toContain(view.measure)
  expect(ARSVERK_COLUMNS).toContain(view.arsverkSort.column)
  expect(FULL_TIME_COLUMNS).toContain(view.fullTimeSort.column)
  expect(['brukere', 'frekvens']).toContain(view.usersMeasure)
  for (const year of [view.fromYear, view.toYear]) {
    if (year !== null) expect(year >= 1900 && year <= 2100).toBe(true)
  }
  expect(view.scenarioTarget >= 1 && view.scenarioTarget <= 100).toBe(true)
  expect(['mal', 'niva']).toContain(view.scenarioKind)
  if (view.slide !== null) expect(Number.isInteger(view.slide) && view.slide >= 1).toBe(true)
  if (view.section !== null) expect(SECTIONS.map((s) => s.id)).toContain(view.section)
}

describe('property: links never break the page', () => {
  it('any query string parses to a valid view, without throwing (2 000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string(), fc.string({ unit: 'binary' })), (search) => {
        isValidView(parseView(search))
      }),
      { numRuns: 2_000 },
    )
  })

  it('any parsed view writes a link that reads back the same (1 000 cases)', () => {
    fc.assert(
      fc.property(query, (search) => {
        const view = parseView(search)
        expect(parseView(serializeView(view))).toEqual(view)
      }),
      { numRuns: 1_000 },
    )
  })

  it('the default view writes an empty query', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('')
  })

  it('any fragment decodes to rows or nothing, without throwing (1 000 cases)', () => {
    const groups = [{ id: 'sykepleier', name: 'Sykepleier' }]
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string().map(encodeURIComponent)),
        (fragment) => {
          const rows = decodeWorkplace(fragment, groups)
          expect(rows.length).toBeLessThanOrEqual(200)
          for (const row of rows) expect(['sykepleier', 'annen']).toContain(row.group)
        },
      ),
      { numRuns: 1_000 },
    )
  })
})
